package org.herodotus.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.herodotus.nlp.NlpStage;

/** One CoreNLP pipeline for all claims tests (loading it takes seconds), and the seed article. */
final class SeedParse {

    private static NlpStage nlp;

    private SeedParse() {
    }

    static synchronized NlpStage nlp() {
        if (nlp == null) {
            nlp = new NlpStage();
        }
        return nlp;
    }

    /** The seed article: attacks on US bases in Iraq and three competing attributions. */
    static String seedArticle() {
        try (InputStream in = SeedParse.class.getResourceAsStream("/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
