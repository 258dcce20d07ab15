package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress of a long run as a log file shows it, and how many articles a run will see. */
class ProgressTest {

    @TempDir
    Path tmp;

    @Test
    void logsPlainLinesWithTheShareDoneWhenNotOnATerminal() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), false, 4, 0);
        p.tick(true);
        p.tick(false);
        p.finish();
        List<String> lines = buf.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("progress: 1/4 articles (25%), ").contains("/s").contains("left");
        assertThat(lines.get(1)).startsWith("progress: 2/4 articles (50%), 1 failed, ");
        assertThat(buf.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
    }

    @Test
    void redrawsOneLineOnATerminal() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), true, 0, 30);
        p.tick(true);
        assertThat(p.line()).startsWith("1 articles, ").doesNotContain("left");
        p.finish();
        assertThat(buf.toString(StandardCharsets.UTF_8)).doesNotContain("\n");
    }

    @Test
    void countsOnePerPageOrTextFileAndGivesUpOnFilesOfManyArticles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve("b.txt.gz"), "b");
        Files.writeString(dir.resolve("notes.md"), "not read");
        assertThat(Progress.countArticles(List.of(dir.toString(), "https://news.example.org/a"))).isEqualTo(3);
        Files.writeString(tmp.resolve("many.jsonl"), "{}");
        assertThat(Progress.countArticles(List.of(dir.toString(), tmp.resolve("many.jsonl").toString()))).isZero();
        assertThat(Progress.countArticles(List.of("-"))).isZero();
    }
}
