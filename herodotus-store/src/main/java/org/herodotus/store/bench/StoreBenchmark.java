package org.herodotus.store.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.herodotus.model.Analysis;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Incident;
import org.herodotus.store.IncidentFilter;
import org.herodotus.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures a store: ingests synthetic articles until the store holds the requested number of
 * events (timing only the store's work, not the corpus generation), then runs filtered queries
 * of each kind a user runs and reports their latency percentiles.
 */
public final class StoreBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBenchmark.class);

    /** The measurements of one run. */
    public record Result(String store, int articles, long events, double ingestSeconds, double articlesPerSecond,
                         double eventsPerSecond, Map<String, Latency> queries, Latency allQueries) {
    }

    /** Latency of one kind of query, in milliseconds. */
    public record Latency(int runs, double p50, double p95, double max, double meanRows) {
    }

    private final long seed;

    /** A benchmark whose corpus and queries are fixed by {@code seed}. */
    public StoreBenchmark(long seed) {
        this.seed = seed;
    }

    /**
     * Ingests until {@code store} holds {@code events} events (counting what it already holds, so
     * a run can continue an earlier one), {@code batch} articles per transaction, then runs
     * {@code runs} queries of each kind.
     */
    public Result run(Store store, long events, int runs, int batch, java.util.function.Consumer<String> progress)
            throws SQLException {
        // A fixed pace of publication (100,000 articles over two years), so a continued run extends
        // the same corpus whatever its target.
        SyntheticCorpus corpus = new SyntheticCorpus(seed).expecting(100_000);
        long have = store.counts().get("events");
        int articles = 0;
        long stored = 0;
        long nanos = 0;
        long lastReport = System.nanoTime();
        // Regenerate the part of the corpus an earlier run stored, so a continued run stays deterministic.
        long skip = have;
        while (skip > 0) {
            skip -= corpus.next().events().size();
        }
        List<Analysis> pending = new ArrayList<>();
        while (have + stored < events) {
            pending.clear();
            while (pending.size() < batch && have + stored < events) {
                Analysis a = corpus.next();
                pending.add(a);
                stored += a.events().size();
            }
            long t = System.nanoTime();
            if (batch == 1) {
                store.ingest(pending.get(0));
            } else {
                store.ingest(pending);
            }
            nanos += System.nanoTime() - t;
            articles += pending.size();
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                progress.accept(String.format("%,d events stored (%.0f articles/s)", have + stored, articles / (nanos / 1e9)));
            }
        }
        double seconds = nanos / 1e9;
        store.analyze();
        Map<String, Latency> latencies = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        Random r = new Random(seed + 1);
        List<String> countries = SyntheticCorpus.countries();
        LocalDate first = corpus.firstDay();
        List<Incident> someIncidents = store.incidents(IncidentFilter.all().withLimit(1000));
        Map<String, Function<Random, EventQuery>> kinds = new LinkedHashMap<>();
        kinds.put("actor", x -> EventQuery.all().withActor(corpus.actorName(x.nextInt(400))));
        kinds.put("actor country + sector", x -> EventQuery.all().withActorCountry(countries.get(x.nextInt(countries.size())))
                .withSector(SyntheticCorpus.SECTORS[x.nextInt(SyntheticCorpus.SECTORS.length)]));
        kinds.put("country + 30 days", x -> {
            LocalDate d = first.plusDays(x.nextInt(700));
            return EventQuery.all().withCountry(countries.get(x.nextInt(countries.size()))).withDates(d, d.plusDays(30));
        });
        kinds.put("type + 7 days", x -> {
            LocalDate d = first.plusDays(x.nextInt(720));
            return EventQuery.all().withTypes(List.of(SyntheticCorpus.TYPES[x.nextInt(SyntheticCorpus.TYPES.length)]))
                    .withDates(d, d.plusDays(7));
        });
        kinds.put("bounding box 1 degree", x -> {
            Object[] c = SyntheticCorpus.COUNTRIES[x.nextInt(SyntheticCorpus.COUNTRIES.length)];
            double lat = (double) c[1] + x.nextGaussian();
            double lon = (double) c[2] + x.nextGaussian();
            return EventQuery.all().withBbox(new EventQuery.BoundingBox(lat - 0.5, lon - 0.5, lat + 0.5, lon + 0.5));
        });
        kinds.put("radius 50 km", x -> {
            Object[] c = SyntheticCorpus.COUNTRIES[x.nextInt(SyntheticCorpus.COUNTRIES.length)];
            return EventQuery.all().withNear(new EventQuery.Circle((double) c[1] + x.nextGaussian(),
                    (double) c[2] + x.nextGaussian(), 50));
        });
        kinds.put("text word", x -> EventQuery.all().withText(corpus.word(x.nextInt(4000))));
        kinds.put("text + country + year", x -> {
            LocalDate d = first.plusDays(x.nextInt(365));
            return EventQuery.all().withText(corpus.word(x.nextInt(1500))).withCountry(countries.get(x.nextInt(countries.size())))
                    .withDates(d, d.plusDays(365));
        });
        kinds.put("type + country + actor sector + 90 days", x -> {
            LocalDate d = first.plusDays(x.nextInt(640));
            return EventQuery.all().withTypes(List.of(SyntheticCorpus.TYPES[x.nextInt(SyntheticCorpus.TYPES.length)]))
                    .withCountry(countries.get(x.nextInt(countries.size())))
                    .withSector(SyntheticCorpus.SECTORS[x.nextInt(SyntheticCorpus.SECTORS.length)]).withDates(d, d.plusDays(90));
        });
        if (!someIncidents.isEmpty()) {
            kinds.put("incident", x -> EventQuery.all().withIncident(someIncidents.get(x.nextInt(someIncidents.size())).id()));
        }
        // Warm caches and the JIT with a few queries of every kind first.
        for (Function<Random, EventQuery> k : kinds.values()) {
            for (int i = 0; i < 3; i++) {
                store.events(k.apply(r).withLimit(100));
            }
        }
        for (Map.Entry<String, Function<Random, EventQuery>> k : kinds.entrySet()) {
            double[] ms = new double[runs];
            long rows = 0;
            for (int i = 0; i < runs; i++) {
                EventQuery q = k.getValue().apply(r).withLimit(100);
                long t = System.nanoTime();
                rows += store.events(q).size();
                ms[i] = (System.nanoTime() - t) / 1e6;
                all.add(ms[i]);
            }
            latencies.put(k.getKey(), latency(ms, rows / (double) runs));
            LOG.debug("{}: {}", k.getKey(), latencies.get(k.getKey()));
        }
        double[] every = all.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(store.location(), articles, have + stored, seconds, articles / seconds, stored / seconds,
                latencies, latency(every, Double.NaN));
    }

    private static Latency latency(double[] ms, double meanRows) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Latency(sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1], meanRows);
    }

    private static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
