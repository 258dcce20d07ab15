package org.herodotus.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.places.Gazetteer;
import org.herodotus.places.PlaceResolver;
import org.herodotus.places.PopulationBaseline;
import org.herodotus.places.ResolvedToponym;
import org.herodotus.places.Toponym;

/**
 * Measures the places stage's resources: gazetteer load time and heap, and resolution speed on
 * one thread (toponyms per second), side by side with the population baseline on the same
 * toponyms in the same run.
 */
public final class PlacesBenchmark {

    /**
     * The figures of one run.
     *
     * @param loadMillis       time to read the gazetteer from the class path, ms
     * @param heapMb           heap the loaded gazetteer holds, MB (used heap after GC, with minus without)
     * @param places           entries in the gazetteer
     * @param keys             distinct name keys
     * @param toponyms         toponyms resolved per pass
     * @param resolverPerSec   toponyms per second, coherent resolver, one thread
     * @param baselinePerSec   toponyms per second, population baseline, one thread
     */
    public record Result(long loadMillis, double heapMb, int places, int keys, int toponyms,
                         double resolverPerSec, double baselinePerSec) {

        /** The figures as text. */
        public String format() {
            return String.format("gazetteer    %d places, %d name keys; load %d ms; heap %.0f MB%n"
                            + "resolution   %.0f toponyms/s (coherent resolver, 1 thread, %d toponyms per pass)%n"
                            + "baseline     %.0f toponyms/s (largest population, exact name; same toponyms, same run)%n"
                            + "ratio        %.2f (resolver / baseline)%n",
                    places, keys, loadMillis, heapMb, resolverPerSec, toponyms, baselinePerSec,
                    resolverPerSec / baselinePerSec);
        }
    }

    private PlacesBenchmark() {
    }

    /** Loads the gazetteer, then resolves the gold toponyms of {@code docs} for about {@code seconds} per system. */
    public static Result run(List<GeoDoc> docs, double seconds) {
        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        Gazetteer g;
        ClassLoader cl = PlacesBenchmark.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(Gazetteer.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no gazetteer on the class path (" + Gazetteer.RESOURCE + ")");
            }
            g = Gazetteer.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long loadMillis = (System.nanoTime() - t0) / 1_000_000;
        long after = usedHeapAfterGc();
        double heapMb = (after - before) / (1024.0 * 1024.0);

        List<List<Toponym>> given = new ArrayList<>();
        int count = 0;
        for (GeoDoc d : docs) {
            List<Toponym> t = GeoEvaluation.given(d);
            given.add(t);
            count += t.size();
        }
        PlaceResolver resolver = new PlaceResolver(g);
        PopulationBaseline baseline = new PopulationBaseline(g);
        // warm up both, then measure each for about the same time, alternating
        resolverPass(resolver, docs, given);
        baselinePass(baseline, given);
        long resolverNanos = 0;
        long baselineNanos = 0;
        long resolved = 0;
        long baselined = 0;
        long budget = (long) (seconds * 1e9);
        int sink = 0;
        while (resolverNanos < budget || baselineNanos < budget) {
            long a = System.nanoTime();
            sink += resolverPass(resolver, docs, given);
            long b = System.nanoTime();
            sink += baselinePass(baseline, given);
            long c = System.nanoTime();
            resolverNanos += b - a;
            baselineNanos += c - b;
            resolved += count;
            baselined += count;
        }
        if (sink == 42) {
            System.err.print("");
        }
        return new Result(loadMillis, heapMb, g.size(), g.keyCount(), count, resolved / (resolverNanos / 1e9),
                baselined / (baselineNanos / 1e9));
    }

    private static int resolverPass(PlaceResolver resolver, List<GeoDoc> docs, List<List<Toponym>> given) {
        int n = 0;
        for (int i = 0; i < docs.size(); i++) {
            for (ResolvedToponym rt : resolver.resolve(docs.get(i).text(), given.get(i), List.of()).places()) {
                n += rt.place() & 1;
            }
        }
        return n;
    }

    private static int baselinePass(PopulationBaseline baseline, List<List<Toponym>> given) {
        int n = 0;
        for (List<Toponym> doc : given) {
            for (Toponym t : doc) {
                n += baseline.resolve(t.text()) & 1;
            }
        }
        return n;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
