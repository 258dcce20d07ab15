package org.herodotus.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.herodotus.model.Article;
import org.herodotus.source.SourceDocument;

/** The HTML and text fixtures under src/test/resources/org/herodotus/extract, and one shared extractor. */
final class Fixtures {

    /** Loading Lingua's models takes a second or two: one extractor for all tests. */
    static final Extractor EXTRACTOR = new Extractor();

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static SourceDocument html(String name) {
        return new SourceDocument(name.replace(".html", ""), name, null, SourceDocument.Format.HTML, bytes(name),
                null, null, null, null);
    }

    static SourceDocument html(String id, String markup) {
        return new SourceDocument(id, id + ".html", null, SourceDocument.Format.HTML,
                markup.getBytes(StandardCharsets.UTF_8), null, null, null, null);
    }

    static Article extract(String name) {
        return EXTRACTOR.extract(html(name));
    }

    static Article extractMarkup(String markup) {
        return EXTRACTOR.extract(html("inline", markup));
    }
}
