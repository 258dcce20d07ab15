package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.store.Store;
import org.herodotus.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herodotus ingest} stores articles a batch per transaction, and a batch that is not
 * full is stored anyway once its first article has waited: articles read from a stream that
 * has gone quiet are stored and reported while the stream is still open.
 */
class IngestBatchTest {

    @TempDir
    Path tmp;

    @Test
    void aBatchNotYetFullIsStoredWhileTheInputIsStillOpen() throws Exception {
        String db = tmp.resolve("batch.duckdb").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ingest", "--analysed", "-", "--db", db)
                .redirectError(tmp.resolve("err.txt").toFile()).start();
        SyntheticCorpus corpus = new SyntheticCorpus(5).expecting(3);
        List<String> urls = new ArrayList<>();
        OutputStream in = p.getOutputStream();
        for (int i = 0; i < 3; i++) {
            Analysis a = corpus.next();
            urls.add(a.url());
            in.write((AnalysisJson.toLine(a) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        in.flush();
        // Three articles, far fewer than a batch, and the input left open.
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<List<String>> reported = CompletableFuture.supplyAsync(() -> {
            List<String> lines = new ArrayList<>();
            try {
                while (lines.size() < 3) {
                    String line = out.readLine();
                    if (line == null) {
                        break;
                    }
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return lines;
        });
        List<String> lines = reported.get(120, TimeUnit.SECONDS);
        assertThat(p.isAlive()).as("the input is still open, so the run goes on").isTrue();
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("stored"));
        assertThat(String.join("\n", lines)).contains(urls.get(0)).contains(urls.get(2));

        in.close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        try (Store store = Store.openReadOnly(db)) {
            assertThat(store.counts().get("articles")).isEqualTo(3);
        }
    }
}
