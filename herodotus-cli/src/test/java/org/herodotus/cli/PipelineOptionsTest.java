package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that runs the pipeline takes the same options and reads them the same way. */
class PipelineOptionsTest {

    private record Run(int exit, String stderr) {
    }

    private static Run run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.run(args), buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    private static Path badTriggers(Path dir) throws Exception {
        Path bad = dir.resolve("bad-triggers.txt");
        Files.writeString(bad, "ASSAULT V attack\nBOMBARD V shell\n");
        return bad;
    }

    @Test
    void ingestRefusesAMalformedTriggerFileAsAnalyzeDoesBeforeOpeningTheStore(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("story.txt");
        Files.writeString(input, "Police fired tear gas at protesters in the capital on Sunday.\n");
        Path store = dir.resolve("store.duckdb");
        Path bad = badTriggers(dir);

        Run ingest = run("ingest", input.toString(), "--triggers", bad.toString(), "--db", store.toString());
        Run analyze = run("analyze", input.toString(), "--triggers", bad.toString());

        assertThat(ingest.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(ingest.stderr()).contains("herodotus ingest: ").contains("bad-triggers.txt:2");
        assertThat(analyze.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(analyze.stderr()).contains("herodotus analyze: ").contains("bad-triggers.txt:2");
        assertThat(store).doesNotExist();
    }

    @Test
    void evalEventsReadsItsFormerLexiconOptionAsTriggerFiles(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id": "P1", "event": "ASSAULT", "source": [{"code": "ISR"}], "target": [{"code": "LBN"}], "text": "Israel shelled Lebanon."}
                """);
        Path bad = badTriggers(dir);

        Run triggers = run("eval", "events", "--gold", gold.toString(), "--triggers", bad.toString());
        Run lexicon = run("eval", "events", "--gold", gold.toString(), "--lexicon", bad.toString());

        assertThat(triggers.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(triggers.stderr()).contains("bad-triggers.txt:2");
        assertThat(lexicon.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(lexicon.stderr()).contains("bad-triggers.txt:2");
    }
}
