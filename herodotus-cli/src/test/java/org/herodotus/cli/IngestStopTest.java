package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herodotus.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM during {@code herodotus ingest}, in a process of its own: the articles in flight are
 * stored and reported, the run says it stopped, and {@code --continue} goes on from there
 * without analysing the stored articles again.
 */
class IngestStopTest {

    @TempDir
    Path tmp;

    private Path err;

    private Process herodotus(String... args) throws Exception {
        err = tmp.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(err.toFile()).start();
    }

    @Test
    void sigtermStoresTheArticlesInFlightAndContinueGoesOnFromThere() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("stories"));
        for (int i = 1; i <= 12; i++) {
            Files.writeString(dir.resolve(String.format("story-%02d.txt", i)), "Dock workers strike in port number " + i + "\n\n"
                    + "Dock workers in port number " + i + " walked out on Tuesday over pay, the union said, halting the loading of ships. "
                    + "Managers said talks would resume on Thursday.\n");
        }
        String db = tmp.resolve("stop.duckdb").toString();
        // One article per transaction, so that the signal comes between two of them.
        Process p = herodotus("ingest", dir.toString(), "--db", db, "--threads", "1", "--batch", "1");
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            assertThat(first).startsWith("stored");
            reported.add(first);
            // SIGTERM, as a service manager or Ctrl-C sends (Process.destroy would also close our end of its output).
            assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor()).isZero();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                reported.add(line);
            }
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("the status of a process ended by SIGTERM").isEqualTo(128 + 15);
        assertThat(Files.readString(err)).contains("stopped by a signal; every article reported is stored")
                .contains("with --continue");
        assertThat(reported.size()).isLessThan(12);
        try (Store store = Store.openReadOnly(db)) {
            assertThat(store.counts().get("articles")).as("every article reported is stored, and only those")
                    .isEqualTo(reported.size());
        }

        String rest = CliRun.stdout("ingest", dir.toString(), "--db", db, "--threads", "1", "--continue");
        assertThat(rest.lines().filter(l -> l.contains("stored already; not analysed again")).count()).isEqualTo(reported.size());
        assertThat(rest.lines().filter(l -> l.startsWith("stored")).count()).isEqualTo(12 - reported.size());
        try (Store store = Store.openReadOnly(db)) {
            assertThat(store.counts().get("articles")).isEqualTo(12);
        }
    }
}
