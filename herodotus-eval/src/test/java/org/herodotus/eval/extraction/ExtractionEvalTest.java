package org.herodotus.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.herodotus.eval.extraction.ExtractionSets.Page;
import org.herodotus.extract.ExtractionRules;
import org.herodotus.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two benchmark folder layouts, built small in a temporary folder, scored end to end. */
class ExtractionEvalTest {

    private static final String PAGE = "<html><head><title>Ferry service resumes | Island News</title></head><body>"
            + "<nav><a href=/>Home</a> <a href=/n>News</a></nav><div class=\"article-body\">"
            + "<p>The ferry between the two islands resumed on Monday after repairs to the landing stage.</p>"
            + "<p>Crossings run every hour until the summer timetable starts in June.</p></div>"
            + "<footer>Imprint</footer></body></html>";

    @TempDir
    Path dir;

    private static void gzip(Path file, String text) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresAScrapinghubFolder() throws Exception {
        Files.createDirectories(dir.resolve("html"));
        gzip(dir.resolve("html/abc.html.gz"), PAGE);
        Files.writeString(dir.resolve("ground-truth.json"), "{\"abc\": {\"url\": \"https://example.com/ferry\", \"articleBody\": "
                + "\"The ferry between the two islands resumed on Monday after repairs to the landing stage.\\n\\n"
                + "Crossings run every hour until the summer timetable starts in June.\"}}");
        List<Page> pages = ExtractionSets.scrapinghub(dir, null);
        var preds = ExtractionEval.predict(pages, new Extractor(ExtractionRules.defaults(), null));
        ShingleMetric.Result r = ExtractionEval.scoreScrapinghub(pages, preds, 10, 0);
        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.f1()).isEqualTo(1.0);
        assertThat(r.accuracy()).isEqualTo(1.0);
        assertThat(preds.get(0).toJsonLine()).startsWith("{\"id\":\"abc\",\"articleBody\":\"The ferry between");
    }

    @Test
    void scoresATrafilaturaFolderWithMetadata() throws Exception {
        Files.createDirectories(dir.resolve("html"));
        gzip(dir.resolve("html/island.html.gz"), PAGE);
        Files.writeString(dir.resolve("evaldata.json"), "{\"https://example.com/ferry\": {\"file\": \"island.html\", "
                + "\"with\": [\"ferry between the two islands\", \"every hour\"], \"without\": [\"Imprint\", \"Home\"], "
                + "\"title\": \"Ferry service resumes\", \"author\": \"\", \"date\": \"2021-06-01\"}}");
        List<Page> pages = ExtractionSets.trafilatura(dir, null);
        var preds = ExtractionEval.predict(pages, new Extractor(ExtractionRules.defaults(), null));
        SnippetMetric.Result r = ExtractionEval.scoreTrafilatura(pages, preds);
        assertThat(r.tp()).isEqualTo(2);
        assertThat(r.fp()).isZero();
        assertThat(r.f1()).isEqualTo(1.0);
        assertThat(r.titleExact()).isEqualTo(1.0);
        assertThat(r.dateGold()).isEqualTo(1);
        assertThat(r.dateExact()).isZero();
    }
}
