package org.herodotus.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.herodotus.Herodotus;
import org.herodotus.eval.nlp.NlpBenchmark;
import org.herodotus.eval.nlp.Warmup;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.source.SourceDocument;
import org.herodotus.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus bench pipeline}: what {@code ingest} does, end to end (extraction, every
 * analysis stage, the store), timed with one worker and with N on the same articles (the two
 * runs taking turns, a quarter of the articles at a time: {@link TimedIngest}), side by side in
 * one JVM with plain CoreNLP (default English annotators) and, on a sample, a
 * Phoenix-style pipeline (constituency parser); time per stage, peak heap, and for each ingest
 * run the CPU time of its workers, of the storing thread and of the JVM's compiler and collector
 * ({@link CpuAccount}).
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Times ingest end to end (extract, analyse, store in a fresh DuckDB file) with N threads and 1,",
                "taking turns a quarter of the articles at a time (N 1 1 N N 1 1 N),",
                "against plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse) on the same texts and threads,",
                "and a Phoenix-style pipeline (constituency parse) on a sample; prints ratios, time per stage, peak heap,",
                "and where each ingest run's CPU went (workers, storing thread, JIT compiler, collector)."})
final class BenchPipelineCommand implements Callable<Integer> {

    /** The N-thread and the 1-thread runs take turns, this many parts of the articles each. */
    private static final int PARTS = 4;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Articles (any input ingest reads).")
    Path corpus;

    @Option(names = "--articles", description = "Articles timed (default: ${DEFAULT-VALUE}).")
    int articles = 300;

    @Option(names = "--phoenix-articles", description = "Articles timed for the Phoenix-style baseline (default: ${DEFAULT-VALUE}; 0: skip).")
    int phoenixArticles = 12;

    @Option(names = "--threads", description = "Worker threads of the N-thread runs (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", paramLabel = "N", description = "At least N untimed articles before each timed run, "
            + "so that each pipeline is timed with its code compiled (default: ${DEFAULT-VALUE}). More follow, "
            + Warmup.ROUND + " at a time, until the JIT compiler is quiet or --max-warmup is reached.")
    int warmup = NlpBenchmark.DEFAULT_WARMUP;

    @Option(names = "--max-warmup", paramLabel = "N", description = "At most N untimed articles before each timed run "
            + "(default: ${DEFAULT-VALUE}; equal to --warmup: a fixed warm-up).")
    int maxWarmup = 3000;

    @Option(names = "--no-single", description = "Skip the 1-thread run.")
    boolean noSingle;

    @Option(names = "--no-baselines", description = "Skip the plain CoreNLP and Phoenix-style runs: time ingest alone "
            + "(with N threads and with 1, for their ratio).")
    boolean noBaselines;

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles per store transaction, as ingest --batch (default: ${DEFAULT-VALUE}, as ingest).")
    int batch = IngestCommand.DEFAULT_BATCH;

    @Override
    public Integer call() throws Exception {
        if (batch < 1) {
            System.err.println("herodotus bench pipeline: --batch must be at least 1");
            return ExitCodes.USAGE;
        }
        if (articles < 1 || phoenixArticles < 0) {
            System.err.printf("herodotus bench pipeline: --articles must be at least 1 and --phoenix-articles at least 0"
                    + " (given %d and %d)%n", articles, phoenixArticles);
            return ExitCodes.USAGE;
        }
        if (warmup < 0 || maxWarmup < warmup) {
            System.err.printf("herodotus bench pipeline: --warmup must be at least 0 and --max-warmup at least --warmup"
                    + " (given %d and %d)%n", warmup, maxWarmup);
            return ExitCodes.USAGE;
        }
        List<SourceDocument> docs = new ArrayList<>();
        new Sources().read(corpus.toString(), d -> {
            if (d.error() == null && !d.id().toLowerCase(Locale.ROOT).startsWith("readme")) {
                docs.add(d);
            }
        });
        List<SourceDocument> sample = BenchNlpCommand.spread(docs, articles);
        ArticleExtractor extractor = Herodotus.extractor();
        List<String> texts = sample.stream().map(d -> extractor.extract(d).text()).toList();
        Properties tokenizeOnly = new Properties();
        tokenizeOnly.setProperty("annotators", "tokenize,ssplit");
        Function<String, Long> counter = NlpBenchmark.coreNlp(tokenizeOnly);
        long[] tokens = texts.stream().mapToLong(counter::apply).toArray();
        System.err.printf("bench pipeline: %d of %d articles from %s, %d threads, %d cores, load average %.2f%n",
                sample.size(), docs.size(), corpus, threads, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long t0 = System.nanoTime();
        Pipeline pipeline = Herodotus.pipeline();
        double ourLoad = (System.nanoTime() - t0) / 1e9;

        Path dir = Files.createTempDirectory("herodotus-bench-pipeline");
        List<NlpBenchmark.Run> runs = new ArrayList<>();
        long[] live = new long[PARTS];
        TimedIngest manyThreads = new TimedIngest("ingest, " + threads + " threads", threads, batch, dir.resolve("many.duckdb"),
                extractor, pipeline);
        TimedIngest oneThread = noSingle ? null
                : new TimedIngest("ingest, 1 thread", 1, batch, dir.resolve("one.duckdb"), extractor, pipeline);
        double manyCpu;
        try (manyThreads; oneThread) {
            // The N-thread warm-up first: the 1-thread warm-up after it finds the code compiled.
            long cpu0 = cpuNanos();
            manyThreads.warmUp(warmUp(), sample);
            manyCpu = (cpuNanos() - cpu0) / 1e9;
            if (oneThread != null) {
                oneThread.warmUp(warmUp(), sample);
            }
            // The two runs take turns, a part of the articles at a time, in the order N 1 1 N N 1 1 N:
            // whatever changes over the minutes they take (the compiler still recompiling, the
            // store growing, the machine) then weighs on both alike. Run one after the other,
            // the second found better compiled code and the ratio swung by a tenth from run to run.
            for (int i = 0; i < PARTS; i++) {
                int from = sample.size() * i / PARTS;
                int to = sample.size() * (i + 1) / PARTS;
                List<SourceDocument> part = sample.subList(from, to);
                long partTokens = Arrays.stream(tokens, from, to).sum();
                boolean oneFirst = i % 2 == 1;
                if (oneThread != null && oneFirst) {
                    oneThread.run(part, partTokens);
                }
                manyThreads.run(part, partTokens);
                live[i] = manyThreads.liveHeap();
                if (oneThread != null && !oneFirst) {
                    oneThread.run(part, partTokens);
                }
            }
            manyThreads.closeStore();
            if (oneThread != null) {
                oneThread.closeStore();
            }
        }
        manyCpu += manyThreads.cpu() == null ? 0 : manyThreads.cpu().process();
        NlpBenchmark.Run many = manyThreads.result();
        runs.add(many);
        printCpu(manyThreads);
        NlpBenchmark.Run single = oneThread == null ? null : oneThread.result();
        if (oneThread != null) {
            runs.add(single);
            printCpu(oneThread);
        }
        Map<String, Long> stageTotals = manyThreads.stageTotals();
        List<Long> partPeaks = manyThreads.partPeaks();
        long[] halves = new long[2];
        for (int i = 0; i < partPeaks.size(); i++) {
            int half = i < partPeaks.size() / 2 ? 0 : 1;
            halves[half] = Math.max(halves[half], partPeaks.get(i));
        }

        NlpBenchmark.Run core = null;
        double plainLoad = 0;
        double coreCpu = 0;
        if (!noBaselines) {
            System.gc();
            t0 = System.nanoTime();
            Function<String, Long> plain = NlpBenchmark.coreNlp(NlpBenchmark.plainCoreNlp());
            plainLoad = (System.nanoTime() - t0) / 1e9;
            long cpu0 = cpuNanos();
            core = new NlpBenchmark(threads, warmUp()).time("plain CoreNLP, " + threads + " threads", texts, tokens, plain);
            coreCpu = (cpuNanos() - cpu0) / 1e9;
            runs.add(core);
            plain = null;
            System.gc();
        }

        NlpBenchmark.Run oursSmall = null;
        NlpBenchmark.Run phoenix = null;
        if (phoenixArticles > 0 && !noBaselines) {
            List<SourceDocument> smallDocs = BenchNlpCommand.spread(sample, phoenixArticles);
            List<String> smallTexts = smallDocs.stream().map(d -> extractor.extract(d).text()).toList();
            long[] smallTokens = smallTexts.stream().mapToLong(counter::apply).toArray();
            try (TimedIngest small = new TimedIngest("ingest (Phoenix sample)", threads, batch, dir.resolve("small.duckdb"),
                    extractor, pipeline)) {
                small.warmUp(new Warmup(Math.min(warmup, 2), Math.min(warmup, 2)), smallDocs);
                small.run(smallDocs, Arrays.stream(smallTokens).sum());
                oursSmall = small.result();
                printCpu(small);
            }
            phoenix = new NlpBenchmark(threads, Math.min(warmup, 2)).time("Phoenix-style CoreNLP (parse)", smallTexts, smallTokens,
                    NlpBenchmark.coreNlp(NlpBenchmark.phoenixStyle()));
            runs.add(oursSmall);
            runs.add(phoenix);
        }

        System.out.printf("%-34s %8s %10s %12s %10s %9s%n", "run", "articles", "articles/s", "tokens/s", "seconds", "peak heap");
        for (NlpBenchmark.Run r : runs) {
            System.out.printf(Locale.ROOT, "%-34s %8d %10.2f %12.0f %10.1f %8dM%n", r.name(), r.texts(), r.textsPerSecond(),
                    r.tokensPerSecond(), r.seconds(), r.peakHeap() >> 20);
        }
        System.out.printf(Locale.ROOT, "model loading: herodotus %.1f s" + (core == null ? "%n" : ", plain CoreNLP %.1f s%n"), ourLoad,
                plainLoad);
        long stageSum = stageTotals.values().stream().mapToLong(Long::longValue).sum();
        System.out.print("time per stage (" + threads + "-thread run; extract and the stages on the workers, store on the"
                + " delivering thread; share of their sum):");
        stageTotals.forEach((k, v) -> System.out.printf(Locale.ROOT, " %s %.0f%%", k, 100.0 * v / Math.max(1, stageSum)));
        System.out.println();
        System.out.printf(Locale.ROOT, "peak heap (garbage included): first half of the %d-thread run %dM, second half %dM%n",
                threads, halves[0] >> 20, halves[1] >> 20);
        System.out.printf(Locale.ROOT, "live heap after a full collection, %d-thread run, after 1/4, 2/4, 3/4 and all of its"
                + " articles: %dM %dM %dM %dM%n", threads, live[0] >> 20, live[1] >> 20, live[2] >> 20, live[3] >> 20);
        if (core != null) {
            System.out.printf(Locale.ROOT, "ratio ingest / plain CoreNLP (%d articles, %d threads): %.2fx; with model loading: %.2fx%n",
                    many.texts(), threads, many.tokensPerSecond() / core.tokensPerSecond(),
                    (core.seconds() + plainLoad) / (many.seconds() + ourLoad));
            System.out.printf(Locale.ROOT, "CPU seconds of the process (warm-up included, same texts): ingest %.0f, plain CoreNLP %.0f;"
                    + " ratio of work per CPU second: %.2fx%n", manyCpu, coreCpu, coreCpu / manyCpu);
        }
        if (single != null) {
            System.out.printf(Locale.ROOT, "ratio %d threads / 1 thread (taking turns, a quarter"
                    + " of the articles at a time): %.2fx%n", threads, many.tokensPerSecond() / single.tokensPerSecond());
        }
        if (phoenix != null) {
            System.out.printf(Locale.ROOT, "ratio ingest / Phoenix-style (%d articles): %.2fx%n", oursSmall.texts(),
                    oursSmall.tokensPerSecond() / phoenix.tokensPerSecond());
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return ExitCodes.OK;
    }

    /** The warm-up before each timed run but the Phoenix-style pair's, whose texts are few and slow. */
    private Warmup warmUp() {
        return new Warmup(warmup, maxWarmup);
    }

    private static void printCpu(TimedIngest run) {
        System.out.printf(Locale.ROOT, "%s: %s%n", run.name(), run.cpu() == null ? "nothing timed" : run.cpu().describe());
    }

    /** CPU time used by this process so far (all threads, the collector's included). */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
