package org.herodotus.eval.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.extract.LanguageIdentifier;
import org.herodotus.model.Article;
import org.herodotus.source.SourceDocument;
import org.jsoup.Jsoup;

/**
 * Extraction throughput, measured side by side with a baseline in one JVM on one thread: every
 * variant runs over the same pages in memory, in interleaved rounds so that machine noise hits
 * all variants alike, first until the JIT compiler has settled (warm-up), then timed. Reported
 * per variant: the median pages per second of wall time, of the extracting thread's CPU time,
 * and of the process's CPU time, with the JIT compilation and garbage collection time that fell
 * into the timed rounds.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    /**
     * One variant's figures: pages per second of wall time, of the measuring thread's CPU time
     * (what one core delivers), and of the whole process's CPU time (with the garbage collector's,
     * the JIT compiler's and helper threads' work); and the milliseconds per timed round the JIT
     * compiler and the garbage collector took (their own clocks, for explaining the gap). A rate
     * is NaN when a round took too little time on its clock to tell (see {@link #MIN_MEASURED_SECONDS}).
     */
    public record Figure(String name, double pagesPerSecond, double pagesPerThreadCpuSecond, double pagesPerCpuSecond,
                         long pages, double compileMillisPerRound, double gcMillisPerRound) {
    }

    /** How the warm-up went: interleaved rounds run and seconds spent before timing began. */
    public record Warmup(int rounds, double seconds, boolean settled) {
    }

    /** Share of a warm-up round's wall time the JIT compiler may still take for it to count as settled. */
    private static final double SETTLED_COMPILE_SHARE = 0.02;

    /** The baseline: jsoup's own decoding and parsing, then the whole page's text. */
    public static Function<SourceDocument, Object> jsoupBaseline() {
        return doc -> {
            try {
                return Jsoup.parse(new ByteArrayInputStream(doc.content()), doc.charset(), "").text();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** An extractor as a benchmark variant. */
    public static Function<SourceDocument, Object> extractor(ArticleExtractor extractor) {
        return extractor::extract;
    }

    /**
     * Runs every variant over {@code pages}: interleaved warm-up rounds (each variant passes over
     * all pages once) for at least {@code minWarmupSeconds} and then until one round passes with
     * the JIT compiler nearly idle (or three times the minimum has gone by), then {@code rounds}
     * timed rounds. Variants are named by the map's keys. {@code warmup}, when not null, receives
     * how the warm-up went.
     */
    public static List<Figure> run(List<SourceDocument> pages, Map<String, Function<SourceDocument, Object>> variants,
                                   int rounds, double minWarmupSeconds, java.util.function.Consumer<Warmup> warmup) {
        long w0 = System.nanoTime();
        int warmRounds = 0;
        boolean settled = false;
        while (true) {
            long c0 = compileMillis();
            long r0 = System.nanoTime();
            for (var e : variants.values()) {
                pass(pages, e);
            }
            warmRounds++;
            double roundSeconds = (System.nanoTime() - r0) / 1e9;
            double compiled = (compileMillis() - c0) / 1e3;
            double elapsed = (System.nanoTime() - w0) / 1e9;
            settled = compiled <= SETTLED_COMPILE_SHARE * roundSeconds;
            if (elapsed >= minWarmupSeconds && settled || elapsed >= 3 * minWarmupSeconds) {
                break;
            }
        }
        if (warmup != null) {
            warmup.accept(new Warmup(warmRounds, (System.nanoTime() - w0) / 1e9, settled));
        }
        Map<String, List<double[]>> samples = new LinkedHashMap<>();
        for (String name : variants.keySet()) {
            samples.put(name, new ArrayList<>());
        }
        for (int r = 0; r < rounds; r++) {
            for (var e : variants.entrySet()) {
                samples.get(e.getKey()).add(pass(pages, e.getValue()));
            }
        }
        List<Figure> out = new ArrayList<>();
        for (var e : samples.entrySet()) {
            double[] wall = e.getValue().stream().mapToDouble(x -> x[0]).sorted().toArray();
            double[] cpu = e.getValue().stream().mapToDouble(x -> x[1]).sorted().toArray();
            double[] thread = e.getValue().stream().mapToDouble(x -> x[2]).sorted().toArray();
            double jit = e.getValue().stream().mapToDouble(x -> x[3]).average().orElse(0);
            double gc = e.getValue().stream().mapToDouble(x -> x[4]).average().orElse(0);
            // Wall and thread clocks count nanoseconds; the process CPU clock counts ticks.
            out.add(new Figure(e.getKey(), rate(pages.size(), median(wall), 1e-6), rate(pages.size(), median(thread), 1e-6),
                    rate(pages.size(), median(cpu), MIN_MEASURED_SECONDS), pages.size(), jit, gc));
        }
        return out;
    }

    /**
     * Shortest process CPU time a rate is computed from. The process CPU clock advances in ticks
     * (10 ms on Linux), so a pass over a handful of pages may measure zero or one tick, and pages
     * divided by that is a meaningless figure in the billions.
     */
    public static final double MIN_MEASURED_SECONDS = 0.05;

    /** Pages per second, or NaN when less than {@code minSeconds} was measured, too little to tell. */
    static double rate(long pages, double seconds, double minSeconds) {
        return seconds < minSeconds ? Double.NaN : pages / seconds;
    }

    /** As {@link #run(List, Map, int, double, java.util.function.Consumer)} with a warm-up of at least 20 seconds. */
    public static List<Figure> run(List<SourceDocument> pages, Map<String, Function<SourceDocument, Object>> variants,
                                   int rounds) {
        return run(pages, variants, rounds, 20, null);
    }

    /**
     * Seconds of wall time, process CPU time and this thread's CPU time for one pass, and the
     * milliseconds of JIT compilation and garbage collection during it.
     */
    private static double[] pass(List<SourceDocument> pages, Function<SourceDocument, Object> variant) {
        var threads = ManagementFactory.getThreadMXBean();
        long jit0 = compileMillis();
        long gc0 = gcMillis();
        long th0 = threads.getCurrentThreadCpuTime();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        int sink = 0;
        for (SourceDocument doc : pages) {
            Object result = variant.apply(doc);
            sink += result == null ? 0 : result.hashCode() & 1;
        }
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        long th1 = threads.getCurrentThreadCpuTime();
        long jit1 = compileMillis();
        long gc1 = gcMillis();
        if (sink < 0) {
            throw new IllegalStateException("unreachable; keeps the results alive");
        }
        return new double[] {(t1 - t0) / 1e9, Math.max(0, cpu1 - cpu0) / 1e9, Math.max(0, th1 - th0) / 1e9,
                jit1 - jit0, gc1 - gc0};
    }

    private static long compileMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long gcMillis() {
        long total = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return System.nanoTime();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** How the fast and the accurate language identifier compare on the same texts. */
    public record LanguageComparison(int texts, int agree, double fastMillisPerText, double accurateMillisPerText,
                                     int declared, int fastAgreesWithDeclared, int accurateAgreesWithDeclared) {
    }

    /**
     * Identifies every text with both detectors, timing each, and compares them with each
     * other and with the language the page declared (where it did). Both read the text alone, as
     * the extractor's detector does (it falls back on the declared language only when the
     * detector says nothing).
     */
    public static LanguageComparison compareLanguages(List<String> texts, List<String> declared,
                                                      LanguageIdentifier fast, LanguageIdentifier accurate) {
        for (int i = 0; i < Math.min(20, texts.size()); i++) {
            fast.identify(texts.get(i));
            accurate.identify(texts.get(i));
        }
        List<String> a = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < texts.size(); i++) {
            a.add(fast.identify(texts.get(i)));
        }
        long t1 = System.nanoTime();
        List<String> b = new ArrayList<>();
        for (String t : texts) {
            b.add(accurate.identify(t));
        }
        long t2 = System.nanoTime();
        int agree = 0;
        int decl = 0;
        int fastOk = 0;
        int accOk = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (java.util.Objects.equals(a.get(i), b.get(i))) {
                agree++;
            }
            String d = declared.get(i);
            if (d != null) {
                decl++;
                fastOk += d.equals(a.get(i)) ? 1 : 0;
                accOk += d.equals(b.get(i)) ? 1 : 0;
            }
        }
        int n = Math.max(1, texts.size());
        return new LanguageComparison(texts.size(), agree, (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, decl, fastOk, accOk);
    }

    /** The bodies of extracted articles, for language comparisons. */
    public static List<String> bodies(List<Article> articles) {
        return articles.stream().map(Article::text).toList();
    }
}
