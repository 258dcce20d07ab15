package org.herodotus.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
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
import org.herodotus.store.Store;

/**
 * One timed ingest of {@code bench pipeline}, as {@code herodotus ingest} runs it: a number of
 * workers extract and analyse, in order, with a bounded number in flight ({@link OrderedParallel}),
 * while the calling thread stores the analyses in a DuckDB file of this run's own, a batch per
 * transaction ({@link IngestBatches}).
 *
 * <p>The articles are timed a part at a time ({@link #run}), so that two runs can take turns on
 * the same machine and meet the same conditions: the JIT compiler's state, which still changes
 * long after the warm-up, and whatever else the machine does. The clock runs only inside
 * {@link #run} and {@link #closeStore}; a run's time is the sum of its parts, and so is its CPU
 * account.
 */
final class TimedIngest implements AutoCloseable {

    private final String name;
    private final int threads;
    private final int batch;
    private final Path db;
    private final Map<String, LongAdder> stageNanos = new LinkedHashMap<>();
    private final LongAdder workerCpu = new LongAdder();
    private final Function<SourceDocument, Analysis> analyse;
    private Store store;
    private IngestBatches batches;
    private int articles;
    private long tokens;
    private double seconds;
    private final List<Long> partPeaks = new ArrayList<>();
    private CpuAccount.Summary cpu;

    /**
     * @param plain the pipeline; each stage is timed for this run alone ({@link #stageShares()})
     * @param db    the DuckDB file this run stores into; its warm-up's stores go beside it
     */
    TimedIngest(String name, int threads, int batch, Path db, ArticleExtractor extractor, Pipeline plain) {
        this.name = name;
        this.threads = threads;
        this.batch = batch;
        this.db = db;
        LongAdder extract = new LongAdder();
        stageNanos.put("extract", extract);
        List<Stage> timed = new ArrayList<>();
        for (Stage s : plain.stages()) {
            LongAdder a = new LongAdder();
            stageNanos.put(s.name(), a);
            timed.add(new TimedStage(s, a));
        }
        stageNanos.put("store", new LongAdder());
        Pipeline pipeline = new Pipeline(timed);
        this.analyse = doc -> {
            long cpuStart = CpuAccount.threadNanos();
            long a = System.nanoTime();
            Article article = extractor.extract(doc);
            extract.add(System.nanoTime() - a);
            Analysis analysis = pipeline.analyze(article);
            workerCpu.add(CpuAccount.threadNanos() - cpuStart);
            return analysis;
        };
    }

    String name() {
        return name;
    }

    /**
     * Runs everything that is timed, storing included, untimed, so that the store's code (run once
     * per article, like much of the pipeline's) is compiled before the clock starts. Into stores
     * of its own, a fresh one each time it goes through the articles again: the timed parts, like
     * the warm-up, store each of their articles for the first time.
     */
    Warmup.Outcome warmUp(Warmup warmup, List<SourceDocument> docs) throws Exception {
        Warmup.Outcome warmed = warmup.run(docs, (pass, round) -> {
            try (Store s = openStore(db.resolveSibling("warmup-" + pass + "-" + db.getFileName()));
                 IngestBatches b = batches(s, batch)) {
                try (OrderedParallel<SourceDocument, Analysis> warm = new OrderedParallel<>(threads, analyse, b::add)) {
                    round.forEach(warm::submit);
                }
                b.finish();
            }
        });
        System.err.printf(Locale.ROOT, "bench pipeline: %s: warm-up of %s%n", name, warmed.describe("articles"));
        stageNanos.values().forEach(LongAdder::reset);
        workerCpu.reset();
        return warmed;
    }

    /**
     * Times one part of the articles: from the first handed to a worker until the last is stored
     * and committed. Collects the garbage first, untimed, so that no part pays for another's. An
     * empty part times nothing.
     *
     * @param partTokens the tokens of {@code part}
     */
    void run(List<SourceDocument> part, long partTokens) throws Exception {
        if (part.isEmpty()) {
            return;
        }
        if (store == null) {
            store = openStore(db);
            batches = batches(store, batch);
        }
        System.gc();
        try (HeapPeak heap = new HeapPeak()) {
            heap.takeAndReset();
            long workers0 = workerCpu.sum();
            LongAdder storeNanos = stageNanos.get("store");
            CpuAccount account = CpuAccount.start();
            long start = System.nanoTime();
            try (OrderedParallel<SourceDocument, Analysis> run = new OrderedParallel<>(threads, analyse, analysis -> {
                long c = System.nanoTime();
                batches.add(analysis);
                storeNanos.add(System.nanoTime() - c);
            })) {
                part.forEach(run::submit);
            }
            long c = System.nanoTime();
            batches.storePending();
            storeNanos.add(System.nanoTime() - c);
            seconds += (System.nanoTime() - start) / 1e9;
            CpuAccount.Summary used = account.stop(workerCpu.sum() - workers0);
            cpu = cpu == null ? used : cpu.plus(used);
            long peak = heap.takeAndReset();
            partPeaks.add(peak);
        }
        articles += part.size();
        tokens += partTokens;
        System.err.printf(Locale.ROOT, "bench pipeline: %s: %d articles timed, %.1f s in all%n", name, articles, seconds);
    }

    /**
     * Closes the store, timed as a part of the run: an ingest ends only when its store is closed,
     * and DuckDB writes what its log holds into the file then (its last checkpoint).
     */
    void closeStore() throws Exception {
        if (store == null) {
            return;
        }
        CpuAccount account = CpuAccount.start();
        long start = System.nanoTime();
        close();
        seconds += (System.nanoTime() - start) / 1e9;
        CpuAccount.Summary used = account.stop(0);
        cpu = cpu == null ? used : cpu.plus(used);
    }

    /** The heap still in use after a full collection (untimed): what the run keeps. */
    long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The peak heap (garbage included) of each part so far, in bytes. */
    List<Long> partPeaks() {
        return List.copyOf(partPeaks);
    }

    /** The parts timed so far, as one run. */
    NlpBenchmark.Run result() {
        long peakHeap = partPeaks.stream().mapToLong(Long::longValue).max().orElse(0);
        return new NlpBenchmark.Run(name, articles, tokens, seconds, peakHeap);
    }

    /** Where the CPU time of the parts went (null before the first part). */
    CpuAccount.Summary cpu() {
        return cpu;
    }

    /** Time spent in extraction, each stage and the store, in nanoseconds, over the timed parts. */
    Map<String, Long> stageTotals() {
        Map<String, Long> out = new LinkedHashMap<>();
        stageNanos.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Stores what is pending and closes the store, if still open. */
    @Override
    public void close() throws Exception {
        if (batches != null) {
            batches.finish();
            batches = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** A store as {@code ingest} opens it: its statements on the storing thread alone. */
    private static Store openStore(Path file) throws SQLException {
        Store s = Store.open(file.toString());
        try {
            s.runStatementsOnOneThread();
            return s;
        } catch (SQLException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static IngestBatches batches(Store store, int batch) {
        return new IngestBatches(store, batch, IngestCommand.BATCH_WAIT, new PrintStream(OutputStream.nullOutputStream()),
                problem -> {
                    throw new IllegalStateException("the store failed: " + problem);
                });
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
