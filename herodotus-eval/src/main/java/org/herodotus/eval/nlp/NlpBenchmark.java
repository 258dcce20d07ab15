package org.herodotus.eval.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times text-processing pipelines side by side on the same texts in one JVM: the same worker
 * threads, a warm-up before each timed run, and the peak heap of each run.
 */
public final class NlpBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(NlpBenchmark.class);

    /**
     * Untimed texts before each timed run, by default. The pipelines compared share CoreNLP's
     * tokenizer, tagger and NER, so with a short warm-up the one timed first pays the JIT
     * compilation of that shared code and the one timed second does not: with 5 texts, analyze on
     * 150 BBC articles took 21.9 s; with 60, 17.1 s, while plain CoreNLP stayed at 62-64 s.
     */
    public static final int DEFAULT_WARMUP = 50;

    private final int threads;
    private final Warmup warmup;

    /** A benchmark running {@code threads} workers, after {@code warmup} untimed texts. */
    public NlpBenchmark(int threads, int warmup) {
        this(threads, new Warmup(warmup, warmup));
    }

    /** A benchmark running {@code threads} workers, after the given warm-up. */
    public NlpBenchmark(int threads, Warmup warmup) {
        this.threads = Math.max(1, threads);
        this.warmup = warmup;
    }

    /**
     * The outcome of one timed run.
     *
     * @param name     what ran
     * @param texts    texts processed
     * @param tokens   tokens in those texts (by the plain CoreNLP tokenizer)
     * @param seconds  wall-clock seconds
     * @param peakHeap peak heap in bytes during the run
     */
    public record Run(String name, int texts, long tokens, double seconds, long peakHeap) {

        /** Texts per second. */
        public double textsPerSecond() {
            return texts / seconds;
        }

        /** Tokens per second. */
        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /** Plain CoreNLP with its default English annotators and default options. */
    public static Properties plainCoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        return p;
    }

    /** A Phoenix-style pipeline: CoreNLP with the constituency parser, as PETRARCH coding needs. */
    public static Properties phoenixStyle() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse");
        return p;
    }

    /** A CoreNLP pipeline as a function over texts, returning its token count. */
    public static Function<String, Long> coreNlp(Properties properties) {
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        return text -> {
            Annotation a = new Annotation(text);
            pipeline.annotate(a);
            return (long) a.get(CoreAnnotations.TokensAnnotation.class).size();
        };
    }

    /**
     * Runs {@code work} over {@code texts} on the worker threads after a warm-up; the token count
     * is the sum of {@code tokens} (one number per text, the same for every pipeline compared).
     */
    public <T> Run time(String name, List<T> texts, long[] tokens, Function<T, ?> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (HeapPeak heap = new HeapPeak()) {
            Warmup.Outcome warmed = warmup.run(texts, (pass, round) -> {
                List<Future<?>> warm = new ArrayList<>();
                for (T t : round) {
                    warm.add(pool.submit(() -> work.apply(t)));
                }
                for (Future<?> f : warm) {
                    f.get();
                }
            });
            LOG.info("{}: warm-up of {}", name, warmed.describe("texts"));
            System.gc();
            heap.takeAndReset();
            AtomicLong done = new AtomicLong();
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (T t : texts) {
                futures.add(pool.submit(() -> {
                    Object r = work.apply(t);
                    long n = done.incrementAndGet();
                    if (n % 50 == 0) {
                        LOG.info("{}: {} of {} texts", name, n, texts.size());
                    }
                    return r;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long total = 0;
            for (long n : tokens) {
                total += n;
            }
            return new Run(name, texts.size(), total, seconds, heap.takeAndReset());
        } finally {
            pool.shutdownNow();
        }
    }
}
