package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herodotus extract} run as users run it: files in, JSON Lines out, exit status. */
class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "<html><head><title>Ferry service resumes | Island News</title>"
            + "<meta property=\"article:published_time\" content=\"2021-06-01T08:00:00Z\"></head><body>"
            + "<a href=\"#main\">Skip to main content</a><nav><a href=/>Home</a></nav><main id=main><h1>Ferry service resumes</h1>"
            + "<div class=\"article-body\"><p>The ferry between the two islands resumed on Monday after repairs to the landing stage were finished.</p>"
            + "<div class=\"share\">Share this article</div>"
            + "<p>Crossings run every hour until the summer timetable starts in June, the operator said.</p></div></main>"
            + "<a href=\"#top\">Back to top</a></body></html>";

    @TempDir
    Path dir;

    private static List<JsonNode> lines(Path out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static int quietly(String... args) {
        PrintStream err = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void writesOneRecordPerPageAndExitsZeroWhenAllIsWell() throws Exception {
        Path page = Files.writeString(dir.resolve("ferry.html"), PAGE);
        Path seed = Files.writeString(dir.resolve("seed.txt"), "skip to Main Content\n\nTitle of the piece\n\nFirst paragraph of the piece.\n\nBack To Top");
        Path out = dir.resolve("out/articles.jsonl");
        assertThat(Main.run("extract", "--threads", "2", page.toString(), seed.toString(), "--out", out.toString())).isZero();
        List<JsonNode> records = lines(out);
        assertThat(records).hasSize(2);
        JsonNode a = records.get(0);
        assertThat(a.get("id").asText()).isEqualTo("ferry");
        assertThat(a.get("title").asText()).isEqualTo("Ferry service resumes");
        assertThat(a.get("published").asText()).isEqualTo("2021-06-01");
        assertThat(a.get("language").asText()).isEqualTo("en");
        assertThat(a.get("text").asText()).isEqualTo("The ferry between the two islands resumed on Monday after repairs to the landing stage were finished."
                + "\n\nCrossings run every hour until the summer timetable starts in June, the operator said.");
        assertThat(a.has("errors")).as("errors only when something went wrong").isFalse();
        assertThat(a.has("url") && a.has("byline")).isTrue();
        JsonNode s = records.get(1);
        assertThat(s.get("title").asText()).isEqualTo("Title of the piece");
        assertThat(s.get("text").asText()).isEqualTo("First paragraph of the piece.");
    }

    @Test
    void reportsBadInputsNamingThemKeepsGoingAndExitsOne() throws Exception {
        Path junk = dir.resolve("junk.html");
        byte[] bytes = new byte[3000];
        new java.util.Random(1).nextBytes(bytes);
        Files.write(junk, bytes);
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        Path arabic = dir.resolve("wrong.html");
        Files.write(arabic, ("<meta charset=\"utf-8\"><div class=\"article-body\"><p>"
                + "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في جنوب البلاد بسعة مئتي سرير وقسم للطوارئ.</p></div>")
                .getBytes(Charset.forName("windows-1256")));
        Path good = Files.writeString(dir.resolve("ferry.html"), PAGE);
        Path out = dir.resolve("out.jsonl");
        int status = quietly("extract", junk.toString(), empty.toString(), dir.resolve("nowhere.html").toString(),
                arabic.toString(), good.toString(), "--out", out.toString());
        assertThat(status).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        List<JsonNode> records = lines(out);
        assertThat(records).hasSize(5);
        assertThat(records.get(0).get("errors").get(0).asText()).isEqualTo(junk + ": binary data, not a text or HTML page");
        assertThat(records.get(1).get("errors").get(0).asText()).isEqualTo(empty + ": empty input");
        assertThat(records.get(2).get("errors").get(0).asText()).contains("nowhere.html").endsWith(": no such file");
        assertThat(records.get(3).get("text").asText()).startsWith("أعلنت وزارة الصحة");
        assertThat(records.get(3).get("errors").get(0).asText()).contains("wrong.html").contains("read as windows-1256");
        assertThat(records.get(4).has("errors")).isFalse();
    }
}
