package org.herodotus.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconFileTest {

    private static LexiconFile read(String text) throws Exception {
        return LexiconFile.read("hedges.tsv", new StringReader(text));
    }

    @Test
    void entriesSkipCommentsAndBlankLinesButKeepTheirLineNumbers() throws Exception {
        LexiconFile f = read("# Hedges: words that soften a claim\n\nreportedly\tpossible\n  \nallegedly\tpossible\n");
        assertThat(f.entries()).extracting(LexiconLine::number).containsExactly(3, 5);
        assertThat(f.entries().get(1).columns()).containsExactly("allegedly", "possible");
        assertThat(f.lines()).hasSize(5);
    }

    @Test
    void aShortRowIsRefusedNamingFileAndLine() throws Exception {
        LexiconLine line = read("# two columns\nsuspect\n").entries().get(0);
        assertThatThrownBy(() -> line.columns(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hedges.tsv:2: expected 2 TAB-separated columns, got 1");
    }

    @Test
    void allColumnsKeepsEmptyTrailingColumnsThatColumnsDrops() throws Exception {
        LexiconLine line = read("ORG\tHamas\tPSE\t\t\n").entries().get(0);
        assertThat(line.columns()).hasSize(3);
        assertThat(line.allColumns()).hasSize(5);
    }

    @Test
    void aHashInsideALineIsNoComment() throws Exception {
        assertThat(read("#MeToo\tnoun\n said # he\n").entries()).extracting(LexiconLine::text).containsExactly(" said # he");
    }

    @Test
    void aUsersFileIsNamedByItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-agents.tsv");
        Files.writeString(file, "# my agents\nmilitiaman\tREB\n");
        LexiconLine line = LexiconFile.of(file).entries().get(0);
        assertThat(line.where()).isEqualTo(file + ":2");
        assertThat(line.error("unknown sector").getMessage()).isEqualTo(file + ":2: unknown sector");
    }

    @Test
    void aMissingBundledFileIsABrokenBuildWhileAnOptionalOneIsEmpty() {
        assertThatThrownBy(() -> LexiconFile.resource(LexiconFileTest.class, "no-such.tsv"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such.tsv");
        assertThat(LexiconFile.optionalResource(LexiconFileTest.class, "no-such.tsv")).isEmpty();
    }

    @Test
    void aReaderStreamsEntriesAndStopsWhereItsCallerStops() throws Exception {
        LexiconReader r = new LexiconReader("chain.tsv", new StringReader("# weights\nroles\tcue\nend\nroles\tsource\n"));
        assertThat(r.nextEntry().text()).isEqualTo("roles\tcue");
        assertThat(r.nextEntry().text()).isEqualTo("end");
        LexiconLine next = r.nextEntry();
        assertThat(List.of(next.number(), next.text())).containsExactly(4, "roles\tsource");
        assertThat(r.nextEntry()).isNull();
    }
}
