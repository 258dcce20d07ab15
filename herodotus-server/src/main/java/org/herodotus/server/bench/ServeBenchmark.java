package org.herodotus.server.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.herodotus.server.DeskServer;
import org.herodotus.server.ServerConfig;
import org.herodotus.store.Incident;
import org.herodotus.store.IncidentFilter;
import org.herodotus.store.Store;
import org.herodotus.store.bench.StoreBenchmark;
import org.herodotus.store.bench.SyntheticCorpus;

/**
 * A load test of the desk on loopback: fills a store with synthetic events (the store
 * benchmark's corpus), starts the server on 127.0.0.1, and lets {@code clients} threads send
 * reads and searches of ten kinds back to back for a bounded time. Reports throughput, latency
 * percentiles per kind and errors (any answer but 200, or no answer).
 */
public final class ServeBenchmark {

    /** Latency of one kind of request, in milliseconds. */
    public record Latency(long requests, long errors, double p50, double p95, double p99, double max) {
    }

    /** The measurements of one run. */
    public record Result(long events, int clients, int warmup, double seconds, long requests, long errors, double perSecond,
                         Latency all, Latency filteredLists, Map<String, Latency> kinds) {
    }

    private final long seed;

    /** A benchmark whose corpus and requests are fixed by {@code seed}. */
    public ServeBenchmark(long seed) {
        this.seed = seed;
    }

    /**
     * Tops {@code store} up to {@code events} events ({@code batch} articles per transaction),
     * then runs {@code clients} clients against a server on loopback with {@code readers} reader
     * connections: {@code warmup} seconds untimed, then {@code seconds} seconds measured. The
     * warm-up is the server's first seconds of a long life: the JIT compiler takes most of a core
     * for the first half minute, and the database's caches fill.
     */
    public Result run(Store store, long events, int batch, int clients, int warmup, int seconds, int readers,
            Consumer<String> progress) throws SQLException, InterruptedException {
        new StoreBenchmark(seed).run(store, events, 1, Math.max(1, batch), progress);
        long stored = store.counts().get("events");
        SyntheticCorpus corpus = new SyntheticCorpus(seed).expecting(100_000);
        List<String> countries = SyntheticCorpus.countries();
        List<String> types = SyntheticCorpus.types();
        List<double[]> centres = SyntheticCorpus.centres();
        LocalDate first = corpus.firstDay();
        List<Incident> incidents = store.incidents(IncidentFilter.all().withLimit(1000));
        Map<String, Function<Random, String>> kinds = new LinkedHashMap<>();
        kinds.put("events newest", x -> "/api/events?limit=100");
        kinds.put("events by actor", x -> "/api/events?limit=100&actor=" + enc(corpus.actorName(x.nextInt(400))));
        kinds.put("events by country + 30 days", x -> {
            LocalDate d = first.plusDays(x.nextInt(700));
            return "/api/events?limit=100&country=" + countries.get(x.nextInt(countries.size())) + "&from=" + d + "&to=" + d.plusDays(30);
        });
        kinds.put("events by type + 7 days", x -> {
            LocalDate d = first.plusDays(x.nextInt(720));
            return "/api/events?limit=100&type=" + types.get(x.nextInt(types.size())) + "&from=" + d
                    + "&to=" + d.plusDays(7);
        });
        kinds.put("events in a 1-degree box", x -> {
            double[] c = centres.get(x.nextInt(centres.size()));
            double lat = c[0] + x.nextGaussian();
            double lon = c[1] + x.nextGaussian();
            return String.format(java.util.Locale.ROOT, "/api/events?limit=100&bbox=%.3f,%.3f,%.3f,%.3f", lat - 0.5, lon - 0.5,
                    lat + 0.5, lon + 0.5);
        });
        kinds.put("events by text", x -> "/api/events?limit=100&text=" + enc(corpus.word(x.nextInt(4000))));
        kinds.put("timeline by country", x -> "/api/events/days?country=" + countries.get(x.nextInt(countries.size())));
        kinds.put("incidents", x -> "/api/incidents?limit=100");
        kinds.put("search", x -> "/api/search?limit=20&q=" + enc(corpus.word(x.nextInt(1500))));
        if (!incidents.isEmpty()) {
            kinds.put("incident with board", x -> "/api/incidents/" + incidents.get(x.nextInt(incidents.size())).id());
        }
        List<String> names = new ArrayList<>(kinds.keySet());
        Map<String, List<long[]>> samples = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        try (DeskServer desk = DeskServer.start(ServerConfig.of(store).withReaders(readers))) {
            String base = desk.url().substring(0, desk.url().length() - 1);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            progress.accept(String.format("%,d events stored; %d clients for %d s of warm-up, then %d s measured, against %s",
                    stored, clients, warmup, seconds, base));
            long from = System.nanoTime() + warmup * 1_000_000_000L;
            long deadline = from + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                Random random = new Random(seed * 1000 + t);
                Thread thread = new Thread(() -> {
                    Map<String, List<long[]>> mine = new LinkedHashMap<>();
                    while (System.nanoTime() < deadline) {
                        String kind = names.get(random.nextInt(names.size()));
                        String path = kinds.get(kind).apply(random);
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            ok = r.statusCode() == 200;
                        } catch (java.io.IOException e) {
                            ok = false;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        if (!ok) {
                            errors.incrementAndGet(); // those of the warm-up too: a run has zero errors or it has not
                        }
                        if (start >= from) {
                            mine.computeIfAbsent(kind, k -> new ArrayList<>()).add(new long[] {System.nanoTime() - start, ok ? 0 : 1});
                        }
                    }
                    mine.forEach((k, v) -> samples.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .addAll(v));
                }, "bench-client-" + t);
                threads.add(thread);
                thread.start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        Map<String, Latency> byKind = new LinkedHashMap<>();
        List<long[]> all = new ArrayList<>();
        List<long[]> lists = new ArrayList<>();
        for (String k : names) {
            List<long[]> s = samples.getOrDefault(k, List.of());
            byKind.put(k, latency(s));
            all.addAll(s);
            if (k.startsWith("events by")) {
                lists.addAll(s);
            }
        }
        long requests = all.size();
        return new Result(stored, clients, warmup, seconds, requests, errors.get(), requests / (double) seconds, latency(all),
                latency(lists), byKind);
    }

    private static Latency latency(List<long[]> samples) {
        if (samples.isEmpty()) {
            return new Latency(0, 0, 0, 0, 0, 0);
        }
        double[] ms = samples.stream().mapToDouble(s -> s[0] / 1e6).toArray();
        Arrays.sort(ms);
        long errors = samples.stream().filter(s -> s[1] != 0).count();
        return new Latency(ms.length, errors, pct(ms, 0.50), pct(ms, 0.95), pct(ms, 0.99), ms[ms.length - 1]);
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
