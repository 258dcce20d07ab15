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
    void theClaimsStagesFinderAsAnalyzeRunsItFindsBothSpeakersAndSaysWhatItScored() throws IOException {
        String report = run("eval", "attribution", "--gold", fixture().toString(), "--model", "analyze");
        assertThat(report).contains("configuration: the claims stage's attribution finder as analyze runs it");
        assertBothRelationsExact(report);
    }

    /**
     * A wire story whose headline and first sentence are claims about a deed (the Analysis JSON's
     * {@code claims}) and whose last sentence is other reported speech (its {@code quotes}); the
     * gold text keeps spaces at line ends and an extra blank line that the article reader drops.
     */
    private static final String WIRE = "Rebels shelled Goma airport, army says  \n\n\n"
            + "The army said rebels shelled the airport in Goma on Tuesday night.  \n"
            + "The mayor said the bridge would reopen on Friday.";

    private Path wireFixture() throws IOException {
        String t = WIRE;
        int body = t.indexOf("The army");
        int mayor = t.indexOf("The mayor");
        String gold = "{\"id\":\"w1\",\"text\":\"" + t.replace("\n", "\\n") + "\",\"attributions\":["
                + "{\"source\":" + pair(t, "army") + ",\"cue\":" + pair(t, "says") + ",\"content\":" + pair(t, "Rebels shelled Goma airport") + "},"
                + "{\"source\":" + pair(t, "The army") + ",\"cue\":[[" + t.indexOf("said", body) + "," + (t.indexOf("said", body) + 4)
                + "]],\"content\":" + pair(t, "rebels shelled the airport in Goma on Tuesday night") + "},"
                + "{\"source\":" + pair(t, "The mayor") + ",\"cue\":[[" + t.indexOf("said", mayor) + "," + (t.indexOf("said", mayor) + 4)
                + "]],\"content\":" + pair(t, "the bridge would reopen on Friday") + "}]}\n";
        Path goldFile = dir.resolve("wire.jsonl");
        Files.writeString(goldFile, gold);
        return goldFile;
    }

    @Test
    void byDefaultScoresEveryClaimAndQuoteOfTheAnalysisJsonInGoldOffsets() throws IOException {
        Path pred = dir.resolve("wire-pred.jsonl");
        String report = run("eval", "attribution", "--gold", wireFixture().toString(), "--pred-out", pred.toString(),
                "--threads", "1");
        assertThat(report).contains("configuration: the claims and quotes of the Analysis JSON analyze writes");
        assertThat(report).contains("1 analysed texts differ from the gold text");
        assertThat(report).contains("source    exact span      1.000  1.000  1.000   3/0/0");
        assertThat(report).contains("cue       exact span      1.000  1.000  1.000   3/0/0");
        assertThat(report).contains("content   exact span      1.000  1.000  1.000   3/0/0");
        int mayor = WIRE.indexOf("The mayor");
        assertThat(Files.readString(pred)).startsWith("{\"id\":\"w1\",\"attributions\":[")
                .contains("{\"source\":[[" + mayor + "," + (mayor + 9) + "]]");
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
