package org.herodotus.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading gold files: role shapes, code-point offsets, and clear errors for bad lines. */
class PolnearGoldTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryRoleShapeAndCountsOffsetsInCodePoints() throws IOException {
        Path f = dir.resolve("g.jsonl");
        // "😀" is two Java chars but one code point: offsets after it shift by one.
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"😀 Esper said so.\",\"attributions\":["
                + "{\"source\":[[2,7]],\"cue\":[8,12],\"content\":null},"
                + "{\"source\":{\"start\":2,\"end\":7},\"cue\":[[8,12]],\"content\":[[13,15]]}]}\n");
        var docs = PolnearGold.read(f);
        assertThat(docs).hasSize(1);
        var rels = docs.get(0).relations();
        String text = docs.get(0).text();
        var src = rels.get(0).source().get(0);
        assertThat(text.substring(src.start(), src.end())).isEqualTo("Esper");
        assertThat(rels.get(0).content()).isEmpty();
        var cue = rels.get(1).cue().get(0);
        assertThat(text.substring(cue.start(), cue.end())).isEqualTo("said");
        assertThat(PolnearGold.toCodePoint(text, src.start())).isEqualTo(2);
    }

    @Test
    void malformedLineIsReportedWithFileAndLine() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, "{\"id\":\"a\",\"text\":\"x\"}\n{broken\n");
        assertThatThrownBy(() -> PolnearGold.read(f)).isInstanceOf(IOException.class).hasMessageContaining("bad.jsonl:2");
    }
}
