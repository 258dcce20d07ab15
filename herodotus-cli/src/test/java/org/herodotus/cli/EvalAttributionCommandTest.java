package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herodotus eval attribution} end to end on a two-sentence fixture written here. */
class EvalAttributionCommandTest {

    @TempDir
    Path dir;

    private static String pair(String text, String part) {
        int s = text.indexOf(part);
        return "[[" + s + "," + (s + part.length()) + "]]";
    }

    private Path fixture() throws IOException {
        String text = TEXT;
        String gold = "{\"id\":\"f1\",\"text\":\"" + text.replace("\"", "\\\"") + "\",\"attributions\":["
                + "{\"source\":" + pair(text, "Officials") + ",\"cue\":" + pair(text, "said")
                + ",\"content\":" + pair(text, "the bridge was closed") + "},"
                + "{\"source\":" + pair(text, "the mayor") + ",\"cue\":[[" + text.lastIndexOf("said") + ","
                + (text.lastIndexOf("said") + 4) + "]],\"content\":" + pair(text, "“We will reopen it soon,”") + "}]}\n";
        Path goldFile = dir.resolve("gold.jsonl");
        Files.writeString(goldFile, gold);
        return goldFile;
    }

    private static final String TEXT = "Officials said the bridge was closed. “We will reopen it soon,” the mayor said.";

    private static String run(String... args) {
        return CliRun.stdout(args);
    }

    /** Both relations of the fixture found with exact source, cue and content spans. */
    private static void assertBothRelationsExact(String report) {
        assertThat(report).contains("source    exact span      1.000  1.000  1.000   2/0/0");
        assertThat(report).contains("cue       exact span      1.000  1.000  1.000   2/0/0");
        assertThat(report).contains("content   exact span      1.000  1.000  1.000   2/0/0");
    }

    @Test
    void scoresWhatAnalyzeReportsByDefaultAndSaysSo() throws IOException {
        String report = run("eval", "attribution", "--gold", fixture().toString());
        assertThat(report).contains("configuration: the claims stage as analyze runs it");
        assertBothRelationsExact(report);
    }

    @Test
    void theBundledTaggerFindsBothSpeakersOfTheFixture() throws IOException {
        String report = run("eval", "attribution", "--gold", fixture().toString(), "--model", "tagger");
        assertThat(report).contains("not what analyze runs");
        assertBothRelationsExact(report);
    }

    @Test
    void scoresAFixtureAndWritesPredictionsTheReferenceScorerReads() throws IOException {
        Path pred = dir.resolve("pred.jsonl");
        String report = run("eval", "attribution", "--gold", fixture().toString(), "--pred-out", pred.toString(),
                "--model", "none");
        assertThat(report).contains("source    exact span      1.000  1.000  1.000   2/0/0");
        assertThat(report).contains("content   exact span      1.000  1.000  1.000   2/0/0");
        assertThat(report.strip()).endsWith("1.0000");
        assertThat(Files.readString(pred)).startsWith("{\"id\":\"f1\",\"attributions\":[{\"source\":[[0,9]]");
    }
}
