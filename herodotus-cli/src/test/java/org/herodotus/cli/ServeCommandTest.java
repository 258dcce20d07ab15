package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.json.AnalysisJson;
import org.herodotus.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code bench serve} as a script runs them. */
class ServeCommandTest {

    @TempDir
    Path tmp;

    private static CliRun.Result run(String... args) {
        return CliRun.result(args);
    }

    @Test
    void checkStartsTheDeskPrintsItsUrlAndExits() throws Exception {
        Path input = tmp.resolve("analyses.jsonl");
        SyntheticCorpus corpus = new SyntheticCorpus(5).expecting(5);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(AnalysisJson.toLine(corpus.next()));
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        String db = tmp.resolve("store.duckdb").toString();
        assertThat(run("ingest", "--analysed", input.toString(), "--db", db).status()).isZero();

        CliRun.Result check = run("serve", "--db", db, "--port", "0", "--check");
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.out()).containsPattern("Herodotus desk: http://127\\.0\\.0\\.1:\\d+/")
                .contains("writes disabled").contains("GET /api/health -> 200").contains("GET / -> 200");
    }

    @Test
    void refusesATokenFileWithTooShortAToken() throws Exception {
        Path token = Files.writeString(tmp.resolve("token"), "short\n");
        CliRun.Result r = run("serve", "--db", tmp.resolve("s.duckdb").toString(), "--port", "0", "--check", "--token-file", token.toString());
        assertThat(r.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("at least 16 characters");
    }

    @Test
    void benchServeReportsThroughputLatencyAndErrors() {
        CliRun.Result r = run("bench", "serve", "--events", "300", "--clients", "2", "--warmup", "1", "--seconds", "2",
                "--batch", "50");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("after 1 s of warm-up").contains("requests/s, 0 errors (warm-up included)").contains("p99 ms")
                .contains("filtered event lists");
        CliRun.Result bad = run("bench", "serve", "--warmup", "-1");
        assertThat(bad.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--warmup 0 to 600");
    }
}
