package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalExtractionCommandTest {

    private static final String PAGE = "<html><head><title>Ferry service resumes | Island News</title></head><body>"
            + "<nav><a href=/>Home</a></nav><div class=\"article-body\">"
            + "<p>The ferry between the two islands resumed on Monday after repairs to the landing stage.</p>"
            + "<p>Crossings run every hour until the summer timetable starts in June.</p></div><footer>Imprint</footer></body></html>";

    @TempDir
    Path dir;

    private static String run(String... args) {
        return CliRun.stdout(args);
    }

    private static void gzip(Path file, String text) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresBothSetsAndWritesPredictionsForTheReferenceScorer() throws Exception {
        Path sh = Files.createDirectories(dir.resolve("sh/html"));
        gzip(sh.resolve("abc.html.gz"), PAGE);
        Files.writeString(dir.resolve("sh/ground-truth-dev.json"), "{\"abc\": {\"url\": \"https://example.com/ferry\", \"articleBody\": "
                + "\"The ferry between the two islands resumed on Monday after repairs to the landing stage. "
                + "Crossings run every hour until the summer timetable starts in June.\"}}");
        Path tr = Files.createDirectories(dir.resolve("tr/html"));
        gzip(tr.resolve("island.html.gz"), PAGE);
        Files.writeString(dir.resolve("tr/evaldata-dev.json"), "{\"https://example.com/ferry\": {\"file\": \"island.html\", "
                + "\"with\": [\"two islands\"], \"without\": [\"Imprint\"], \"title\": \"Ferry service resumes\"}}");
        Path pred = dir.resolve("pred/p.jsonl");
        String out = run("eval", "extraction", "--scrapinghub", dir.resolve("sh").toString(),
                "--trafilatura", dir.resolve("tr").toString(), "--pred-out", pred.toString(), "--n-bootstrap", "20");
        assertThat(out).contains("f1         1.000 ± 0.000").contains("title      exact match 1.000 over 1 gold values");
        assertThat(out.strip()).endsWith("1.0000");
        assertThat(Files.readString(dir.resolve("pred/p-scrapinghub.jsonl"))).contains("\"id\":\"abc\"");
        assertThat(Files.readString(dir.resolve("pred/p-trafilatura.jsonl"))).contains("\"id\":\"island.html\"")
                .contains("\"title\":\"Ferry service resumes\"");
    }

    @Test
    void asksForAtLeastOneSet() {
        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("eval", "extraction")).isEqualTo(ExitCodes.USAGE);
        } finally {
            System.setErr(err);
        }
    }
}
