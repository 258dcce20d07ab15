package org.herodotus.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.herodotus.Herodotus;
import org.herodotus.eval.nlp.HeapPeak;
import org.herodotus.eval.nlp.NlpBenchmark;
import org.herodotus.eval.nlp.Warmup;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.pipeline.StageContract;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.source.SourceDocument;
import org.herodotus.source.Sources;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus bench pipeline}: what {@code ingest} does, end to end (extraction, every
 * analysis stage, the store), timed with one worker and with N on the same articles, side by
 * side in one JVM with plain CoreNLP (default English annotators) and, on a sample, a
 * Phoenix-style pipeline (constituency parser); time per stage, peak heap, and for each ingest
 * run the CPU time of its workers, of the storing thread and of the JVM's compiler and collector
 * ({@link CpuAccount}).
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Times ingest end to end (extract, analyse, store in a fresh DuckDB file) with 1 and N threads,",
                "against plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse) on the same texts and threads,",
                "and a Phoenix-style pipeline (constituency parse) on a sample; prints ratios, time per stage, peak heap,",
                "and where each ingest run's CPU went (workers, storing thread, JIT compiler, collector)."})
final class BenchPipelineCommand implements Callable<Integer> {

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
        Pipeline plainPipeline = Herodotus.pipeline();
        double ourLoad = (System.nanoTime() - t0) / 1e9;
        Map<String, LongAdder> stageNanos = new LinkedHashMap<>();
        stageNanos.put("extract", new LongAdder());
        List<Stage> timed = new ArrayList<>();
        for (Stage s : plainPipeline.stages()) {
            LongAdder a = new LongAdder();
            stageNanos.put(s.name(), a);
            timed.add(new TimedStage(s, a));
        }
        stageNanos.put("store", new LongAdder());
        Pipeline pipeline = new Pipeline(timed);

        Path dir = Files.createTempDirectory("herodotus-bench-pipeline");
        List<NlpBenchmark.Run> runs = new ArrayList<>();
        // The N-thread run first: the 1-thread run after it finds the code compiled, so the
        // ratio between them is not flattered by a cold start of the first.
        long[] halves = new long[2];
        long[] live = new long[4];
        long cpu0 = cpuNanos();
        NlpBenchmark.Run many = ingest(threads, warmUp(), batch, "ingest, " + threads + " threads",
                dir.resolve("many.duckdb"), sample, tokens, extractor, pipeline, stageNanos, halves, live);
        runs.add(many);
        double manyCpu = (cpuNanos() - cpu0) / 1e9;
        Map<String, Long> stageTotals = new LinkedHashMap<>();
        stageNanos.forEach((k, v) -> stageTotals.put(k, v.sum()));
        NlpBenchmark.Run single = null;
        if (!noSingle) {
            single = ingest(1, warmUp(), batch, "ingest, 1 thread", dir.resolve("one.duckdb"), sample, tokens, extractor,
                    pipeline, stageNanos, null, null);
            runs.add(single);
        }

        NlpBenchmark.Run core = null;
        double plainLoad = 0;
        double coreCpu = 0;
        if (!noBaselines) {
            System.gc();
            t0 = System.nanoTime();
            Function<String, Long> plain = NlpBenchmark.coreNlp(NlpBenchmark.plainCoreNlp());
            plainLoad = (System.nanoTime() - t0) / 1e9;
            cpu0 = cpuNanos();
            core = new NlpBenchmark(threads, warmUp()).time("plain CoreNLP, " + threads + " threads", texts, tokens, plain);
            coreCpu = (cpuNanos() - cpu0) / 1e9;
            runs.add(core);
            plain = null;
            System.gc();
        }

        NlpBenchmark.Run oursSmall = null;
        NlpBenchmark.Run phoenix = null;
        if (phoenixArticles > 0 && !noBaselines) {
            List<SourceDocument> small = BenchNlpCommand.spread(sample, phoenixArticles);
            List<String> smallTexts = small.stream().map(d -> extractor.extract(d).text()).toList();
            long[] smallTokens = smallTexts.stream().mapToLong(counter::apply).toArray();
            oursSmall = ingest(threads, new Warmup(Math.min(warmup, 2), Math.min(warmup, 2)), batch, "ingest (Phoenix sample)",
                    dir.resolve("small.duckdb"), small, smallTokens, extractor, pipeline, stageNanos, null, null);
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
        System.out.printf(Locale.ROOT, "live heap after a full collection, %d-thread run, after 1/4, 2/4, 3/4 and all of the"
                + " articles: %dM %dM %dM %dM%n", threads, live[0] >> 20, live[1] >> 20, live[2] >> 20, live[3] >> 20);
        if (core != null) {
            System.out.printf(Locale.ROOT, "ratio ingest / plain CoreNLP (%d articles, %d threads): %.2fx; with model loading: %.2fx%n",
                    many.texts(), threads, many.tokensPerSecond() / core.tokensPerSecond(),
                    (core.seconds() + plainLoad) / (many.seconds() + ourLoad));
            System.out.printf(Locale.ROOT, "CPU seconds of the process (warm-up included, same texts): ingest %.0f, plain CoreNLP %.0f;"
                    + " ratio of work per CPU second: %.2fx%n", manyCpu, coreCpu, coreCpu / manyCpu);
        }
        if (single != null) {
            System.out.printf(Locale.ROOT, "ratio %d threads / 1 thread: %.2fx%n", threads, many.tokensPerSecond() / single.tokensPerSecond());
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

    /**
     * One timed ingest, as {@code herodotus ingest} runs it: {@code threads} workers extract and
     * analyse, in order, with a bounded number in flight ({@link OrderedParallel}), while the
     * calling thread stores the analyses in a fresh DuckDB file, {@code batch} per transaction.
     * The warm-up runs before, the same way, into stores of its own. {@code halves}, when given, receives
     * the peak heap of the first and the second half of the timed run; {@code live}, when given,
     * the heap still in use after a full collection once each quarter of the articles is stored:
     * what the run keeps, which is what must stay flat, where the peak also counts garbage not
     * yet collected. The collections' pauses are left out of the run's time.
     */
    private static NlpBenchmark.Run ingest(int threads, Warmup warmup, int batch, String name, Path db, List<SourceDocument> docs,
                                           long[] tokens, ArticleExtractor extractor, Pipeline pipeline,
                                           Map<String, LongAdder> stageNanos, long[] halves, long[] live) throws Exception {
        LongAdder workerCpu = new LongAdder();
        Function<SourceDocument, Analysis> analyse = doc -> {
            long cpu = CpuAccount.threadNanos();
            long a = System.nanoTime();
            Article article = extractor.extract(doc);
            stageNanos.get("extract").add(System.nanoTime() - a);
            Analysis analysis = pipeline.analyze(article);
            workerCpu.add(CpuAccount.threadNanos() - cpu);
            return analysis;
        };
        // The warm-up runs all that is timed, storing included, so that the store's code (run
        // once per article, like much of the pipeline's) is compiled before the clock starts.
        // Into stores of its own, a fresh one each time it goes through the articles again: the
        // timed run, like the warm-up, must store each of its articles for the first time.
        Warmup.Outcome warmed = warmup.run(docs, (pass, round) -> {
            try (Store store = Store.open(db.resolveSibling("warmup-" + pass + "-" + db.getFileName()).toString());
                 IngestBatches batches = batches(store, batch)) {
                try (OrderedParallel<SourceDocument, Analysis> warm = new OrderedParallel<>(threads, analyse, batches::add)) {
                    round.forEach(warm::submit);
                }
                batches.finish();
            }
        });
        System.err.printf(Locale.ROOT, "bench pipeline: %s: warm-up of %s%n", name, warmed.describe("articles"));
        // Stored by ingest's own batches, so that what is timed is what ingest runs.
        try (Store store = Store.open(db.toString()); IngestBatches batches = batches(store, batch);
             HeapPeak heap = new HeapPeak()) {
            AtomicInteger stored = new AtomicInteger();
            int half = docs.size() / 2;
            long[] pauses = new long[1];
            java.util.function.Consumer<Analysis> sink = analysis -> {
                long c = System.nanoTime();
                batches.add(analysis);
                stageNanos.get("store").add(System.nanoTime() - c);
                int n = stored.incrementAndGet();
                if (halves != null && n == half) {
                    halves[0] = heap.takeAndReset();
                }
                if (live != null && n % Math.max(1, docs.size() / 4) == 0 && n / Math.max(1, docs.size() / 4) <= 4) {
                    c = System.nanoTime();
                    batches.storePending();
                    stageNanos.get("store").add(System.nanoTime() - c);
                    c = System.nanoTime();
                    System.gc();
                    live[n / Math.max(1, docs.size() / 4) - 1] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    pauses[0] += System.nanoTime() - c;
                }
            };
            stageNanos.values().forEach(LongAdder::reset);
            System.gc();
            heap.takeAndReset();
            workerCpu.reset();
            CpuAccount cpu = CpuAccount.start();
            long start = System.nanoTime();
            try (OrderedParallel<SourceDocument, Analysis> run = new OrderedParallel<>(threads, analyse, sink)) {
                docs.forEach(run::submit);
            }
            long c = System.nanoTime();
            batches.finish();
            stageNanos.get("store").add(System.nanoTime() - c);
            double seconds = (System.nanoTime() - start - pauses[0]) / 1e9;
            CpuAccount.Summary used = cpu.stop(workerCpu.sum());
            long peak = heap.takeAndReset();
            if (halves != null) {
                halves[1] = peak;
            }
            long total = 0;
            for (long n : tokens) {
                total += n;
            }
            System.err.printf(Locale.ROOT, "bench pipeline: %s: %d articles in %.1f s%n", name, docs.size(), seconds);
            System.out.printf(Locale.ROOT, "%s: %s%n", name, used.describe());
            return new NlpBenchmark.Run(name, docs.size(), total, seconds, halves == null ? peak : Math.max(peak, halves[0]));
        }
    }

    /** The warm-up before each timed run but the Phoenix-style pair's, whose texts are few and slow. */
    private Warmup warmUp() {
        return new Warmup(warmup, maxWarmup);
    }

    private static IngestBatches batches(Store store, int batch) {
        return new IngestBatches(store, batch, IngestCommand.BATCH_WAIT, new PrintStream(OutputStream.nullOutputStream()),
                problem -> {
                    throw new IllegalStateException("the store failed: " + problem);
                });
    }

    /** CPU time used by this process so far (all threads, the collector's included). */
    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** A stage that adds the time it takes to a counter, and otherwise is the stage it wraps. */
    private record TimedStage(Stage stage, LongAdder nanos) implements Stage {

        @Override
        public Doc apply(Doc doc) {
            long start = System.nanoTime();
            try {
                return stage.apply(doc);
            } finally {
                nanos.add(System.nanoTime() - start);
            }
        }

        @Override
        public String name() {
            return stage.name();
        }

        @Override
        public StageContract contract() {
            return stage.contract();
        }

        @Override
        public ParseFilter parseFilter() {
            return stage.parseFilter();
        }
    }
}
