package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    @Test
    void scoresAFixtureAndWritesPredictionsTheReferenceScorerReads() throws IOException {
        String text = "Officials said the bridge was closed. “We will reopen it soon,” the mayor said.";
        String gold = "{\"id\":\"f1\",\"text\":\"" + text.replace("\"", "\\\"") + "\",\"attributions\":["
                + "{\"source\":" + pair(text, "Officials") + ",\"cue\":" + pair(text, "said")
                + ",\"content\":" + pair(text, "the bridge was closed") + "},"
                + "{\"source\":" + pair(text, "the mayor") + ",\"cue\":[[" + text.lastIndexOf("said") + ","
                + (text.lastIndexOf("said") + 4) + "]],\"content\":" + pair(text, "“We will reopen it soon,”") + "}]}\n";
        Path goldFile = dir.resolve("gold.jsonl");
        Files.writeString(goldFile, gold);
        Path pred = dir.resolve("pred.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int rc;
        try {
            rc = Main.run("eval", "attribution", "--gold", goldFile.toString(), "--pred-out", pred.toString(),
                    "--model", "none");
        } finally {
            System.setOut(old);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(rc).isZero();
        assertThat(report).contains("source    exact span      1.000  1.000  1.000   2/0/0");
        assertThat(report).contains("content   exact span      1.000  1.000  1.000   2/0/0");
        assertThat(report.strip()).endsWith("1.0000");
        assertThat(Files.readString(pred)).startsWith("{\"id\":\"f1\",\"attributions\":[{\"source\":[[0,9]]");
    }
}
