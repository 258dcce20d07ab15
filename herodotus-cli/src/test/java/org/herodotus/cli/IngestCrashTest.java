package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.store.IncidentFilter;
import org.herodotus.store.Store;
import org.herodotus.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code herodotus ingest} process in the middle of its work, then runs it again:
 * everything it reported stored survives, and after the rerun the store holds exactly what an
 * uninterrupted run stores, without duplicates.
 */
class IngestCrashTest {

    private static final int ARTICLES = 240;
    private static final int KILL_AFTER = 60;

    @TempDir
    Path tmp;

    @Test
    void killedIngestLosesNothingReportedAndRerunCompletesWithoutDuplicates() throws Exception {
        Path input = tmp.resolve("analyses.jsonl");
        Map<String, Analysis> byUrl = new LinkedHashMap<>();
        SyntheticCorpus corpus = new SyntheticCorpus(11).expecting(ARTICLES);
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                Analysis a = corpus.next();
                byUrl.put(a.url(), a);
                w.write(AnalysisJson.toLine(a));
                w.write('\n');
            }
        }
        String db = tmp.resolve("crash.duckdb").toString();

        Process child = ingest(input, db);
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    reported.add(line.split("\\s+")[1]);
                }
                if (reported.size() == KILL_AFTER) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(reported).hasSize(KILL_AFTER);

        try (Store store = Store.open(db)) {
            for (String url : reported) {
                assertThat(store.article(url)).as(url).isPresent();
            }
            long articles = store.counts().get("articles");
            assertThat(articles).isBetween((long) KILL_AFTER, (long) ARTICLES - 1);
            // Every stored article is whole: exactly the events of its analysis.
            assertThat(store.counts().get("events")).isEqualTo(eventsOfStored(store, byUrl));
        }

        Process rerun = ingest(input, db);
        String output = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(l -> l.startsWith("unchanged "))).hasSizeGreaterThanOrEqualTo(KILL_AFTER);

        String reference = tmp.resolve("reference.duckdb").toString();
        try (Store clean = Store.open(reference)) {
            for (Analysis a : byUrl.values()) {
                clean.ingest(a);
            }
        }
        try (Store store = Store.open(db); Store clean = Store.open(reference)) {
            Map<String, Long> counts = store.counts();
            assertThat(counts.get("articles")).isEqualTo(ARTICLES);
            assertThat(counts).isEqualTo(clean.counts());
            for (Analysis a : byUrl.values()) {
                assertThat(store.analysisJson(a.url())).as(a.url()).contains(AnalysisJson.toLine(a));
            }
            assertThat(summary(store)).isEqualTo(summary(clean));
        }
    }

    private Process ingest(Path input, String db) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.herodotus.cli.Main", "ingest", "--analysed", input.toString(), "--db", db)
                .redirectError(tmp.resolve("stderr-" + System.nanoTime() + ".txt").toFile())
                .start();
    }

    private static long eventsOfStored(Store store, Map<String, Analysis> byUrl) throws Exception {
        long n = 0;
        for (Analysis a : byUrl.values()) {
            if (store.article(a.url()).isPresent()) {
                n += a.events().size();
            }
        }
        return n;
    }

    private static List<String> summary(Store store) throws Exception {
        return store.incidents(IncidentFilter.all()).stream()
                .map(i -> i.event() + "|" + i.place() + "|" + i.dateFrom() + "|" + i.dateTo() + "|" + i.events() + "|"
                        + i.articles() + "|" + i.sources() + "|" + i.label())
                .sorted().toList();
    }

}
