package org.herodotus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.json.AnalysisJson;
import org.herodotus.store.Store;
import org.herodotus.store.bench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus bench store}: fills a store with synthetic events and measures the ingest
 * rate (store work only, no analysis) and the latency of filtered queries.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Fills a store with synthetic analysed articles (about ten events each) until it holds --events",
                "events, reports the ingest rate (articles/s, store work only), then runs filtered queries of ten kinds",
                "(actor, country, type, box, radius, text, …; first page of 100 rows) and reports their p50/p95 in ms.",
                "Default store: a new DuckDB file in a temporary folder, deleted afterwards."})
final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "Store to fill (DuckDB file or jdbc:postgresql://…); an existing store is topped up to --events.")
    String db;

    @Option(names = "--events", paramLabel = "N", description = "Events the store should hold (default 1000000).")
    long events = 1_000_000;

    @Option(names = "--queries", paramLabel = "N", description = "Queries of each kind (default 50).")
    int queries = 50;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction while filling (default 1).")
    int batch = 1;

    @Option(names = "--seed", description = "Seed of the synthetic corpus and queries (default 42).")
    long seed = 42;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path tmp = null;
        String where = db;
        if (where == null) {
            tmp = Files.createTempDirectory("herodotus-bench");
            where = tmp.resolve("bench.duckdb").toString();
        }
        try (Store store = Store.open(where)) {
            StoreBenchmark.Result r = new StoreBenchmark(seed).run(store, events, queries, Math.max(1, batch),
                    line -> System.err.println(line));
            if (json) {
                System.out.println(AnalysisJson.toLine(r));
            } else {
                System.out.printf("store: %s (%s)%n", where, store.dialect().name().toLowerCase(java.util.Locale.ROOT));
                System.out.printf("ingest: %,d articles, %,d events in the store; %.1f articles/s, %.0f events/s"
                        + " (batch %d, store work only)%n", r.articles(), r.events(), r.articlesPerSecond(),
                        r.eventsPerSecond(), batch);
                System.out.printf("%-42s %6s %9s %9s %9s %9s%n", "query (first 100 rows)", "runs", "p50 ms", "p95 ms",
                        "max ms", "rows");
                for (Map.Entry<String, StoreBenchmark.Latency> e : r.queries().entrySet()) {
                    StoreBenchmark.Latency l = e.getValue();
                    System.out.printf("%-42s %6d %9.1f %9.1f %9.1f %9.1f%n", e.getKey(), l.runs(), l.p50(), l.p95(), l.max(),
                            l.meanRows());
                }
                StoreBenchmark.Latency all = r.allQueries();
                System.out.printf("%-42s %6d %9.1f %9.1f %9.1f%n", "all filtered queries", all.runs(), all.p50(), all.p95(),
                        all.max());
            }
            return ExitCodes.OK;
        } catch (SQLException e) {
            System.err.println("herodotus bench store: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            if (tmp != null) {
                try (var files = Files.walk(tmp)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
