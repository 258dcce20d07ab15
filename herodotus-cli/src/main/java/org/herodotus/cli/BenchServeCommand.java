package org.herodotus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.json.AnalysisJson;
import org.herodotus.server.bench.ServeBenchmark;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus bench serve}: a bounded load test of the REST API on loopback over a store of
 * synthetic events.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Fills a store with synthetic events (as bench store does) until it holds --events, starts the server",
                "on 127.0.0.1 and lets --clients clients send reads and searches of ten kinds back to back for --seconds.",
                "Reports requests per second, latency percentiles (p50, p95, p99) per kind and errors.",
                "Default store: a new DuckDB file in a temporary folder, deleted afterwards."})
final class BenchServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "PATH|URL", description = "Store to fill and serve; an existing store is topped up to --events.")
    String db;

    @Option(names = "--events", paramLabel = "N", description = "Events the store should hold (default 100000).")
    long events = 100_000;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default 50).")
    int clients = 50;

    @Option(names = "--seconds", paramLabel = "S", description = "How long the clients send requests (default 30, at most 600).")
    int seconds = 30;

    @Option(names = "--warmup", paramLabel = "S", description = "Seconds the clients send requests untimed first (default 10).")
    int warmup = 10;

    @Option(names = "--readers", paramLabel = "N", description = "Reader connections of the server (default: as serve).")
    Integer readers;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per transaction while filling (default 200).")
    int batch = 200;

    @Option(names = "--seed", description = "Seed of the synthetic corpus and requests (default 42).")
    long seed = 42;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (clients < 1 || clients > 500 || seconds < 1 || seconds > 600 || warmup < 0 || warmup > 600
                || (readers != null && (readers < 1 || readers > 64))) {
            System.err.println("herodotus bench serve: --clients 1 to 500, --seconds 1 to 600, --warmup 0 to 600, --readers 1 to 64");
            return ExitCodes.USAGE;
        }
        Path tmp = null;
        String where = db;
        if (where == null) {
            tmp = Files.createTempDirectory("herodotus-bench-serve");
            where = tmp.resolve("bench.duckdb").toString();
        }
        try (Store store = Store.open(where)) {
            ServeBenchmark.Result r = new ServeBenchmark(seed).run(store, events, batch, clients, warmup, seconds,
                    readers == null ? org.herodotus.server.ServerConfig.DEFAULT_READERS : readers, System.err::println);
            if (json) {
                System.out.println(AnalysisJson.toLine(r));
                return ExitCodes.OK;
            }
            System.out.printf("store: %s (%s), %,d events; %d clients for %d s on loopback after %d s of warm-up, %d reader connections%n",
                    where, store.dialect().name().toLowerCase(java.util.Locale.ROOT), r.events(), r.clients(), (int) r.seconds(), r.warmup(),
                    readers == null ? org.herodotus.server.ServerConfig.DEFAULT_READERS : readers);
            System.out.printf("%,d requests, %.1f requests/s, %d errors (warm-up included)%n", r.requests(), r.perSecond(), r.errors());
            System.out.printf("%-30s %8s %7s %9s %9s %9s %9s%n", "request", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
            for (Map.Entry<String, ServeBenchmark.Latency> e : r.kinds().entrySet()) {
                print(e.getKey(), e.getValue());
            }
            print("filtered event lists", r.filteredLists());
            print("all requests", r.all());
            return ExitCodes.OK;
        } catch (SQLException e) {
            System.err.println("herodotus bench serve: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            if (tmp != null) {
                try (var files = Files.walk(tmp)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void print(String name, ServeBenchmark.Latency l) {
        System.out.printf("%-30s %8d %7d %9.1f %9.1f %9.1f %9.1f%n", name, l.requests(), l.errors(), l.p50(), l.p95(), l.p99(),
                l.max());
    }
}
