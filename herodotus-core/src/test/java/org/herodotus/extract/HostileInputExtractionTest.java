package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.herodotus.model.Article;
import org.herodotus.source.SourceDocument;
import org.junit.jupiter.api.Test;

/** Extraction tells the user what it did to an input that is not what it claims to be. */
class HostileInputExtractionTest {

    private final Extractor extractor = new Extractor();

    private Article text(byte[] bytes, String title) {
        return extractor.extract(new SourceDocument("t", "t.txt", null, SourceDocument.Format.TEXT, bytes, null, title, null, null));
    }

    @Test
    void reportsThatATextWhichIsNotUtf8WasReadInAGuessedCharset() {
        byte[] bytes = {'F', 'l', 'o', 'o', 'd', 's', '\n', '\n', 'T', 'h', 'e', ' ', 'r', 'i', 'v', 'e', 'r', ' ',
            (byte) 0xC3, (byte) 0x28, ' ', 'r', 'o', 's', 'e', (byte) 0xFF, '.'};
        Article a = text(bytes, null);
        assertThat(a.text()).startsWith("The river");
        assertThat(a.errors()).singleElement().asString().startsWith("t.txt: not valid UTF-8; read as ").endsWith("(a guess)");
    }

    @Test
    void readsValidUtf8WithoutComplaint() {
        Article a = text("Floods\n\nThe river rose in Zürich and Kraków.".getBytes(StandardCharsets.UTF_8), null);
        assertThat(a.errors()).isEmpty();
    }

    @Test
    void cutsAMillionCharacterTitleAndSaysSo() {
        String title = "Floods ".repeat(150_000);
        Article a = text("The river rose overnight and hundreds of families left their homes.".getBytes(StandardCharsets.UTF_8), title);
        assertThat(a.title().length()).isLessThanOrEqualTo(Extractor.MAX_TITLE);
        assertThat(title).startsWith(a.title());
        assertThat(a.errors()).containsExactly("t.txt: title of " + title.length() + " characters cut to its first " + a.title().length());
        assertThat(List.of(a.text())).containsExactly("The river rose overnight and hundreds of families left their homes.");
    }
}
