package org.herodotus.eval.nlp;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The untimed work before a timed run: at least a given number of items, then rounds of
 * {@link #ROUND} more until the JIT compiler is quiet, that is until it used at most
 * {@link #QUIET} of the machine's CPU during a round, or until {@code maximum} items.
 *
 * <p>Why not a fixed count: a pipeline's code called once per article or sentence (hundreds of
 * methods, some compiling to 50 KB or more) reaches the compiler's thresholds only after hundreds
 * of articles, and a run timed before that pays for compiling it. On a machine with as many
 * cores as workers that time is taken from the workers, while a run with fewer workers gets it
 * free on an idle core, so a ratio between the two measures when each was timed more than how
 * the workers scale (docs/watch.md has the figures). A rule that waits for the compiler adapts to
 * the pipeline and the machine; the compiler time left in each timed run is still reported.
 *
 * <p>Where the JVM cannot tell its compilation time, the warm-up is the minimum.
 */
public final class Warmup {

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    /** Items per round after the minimum. */
    public static final int ROUND = 200;

    /** The compiler's largest share of the machine's CPU, in the last round, for the warm-up to end. */
    public static final double QUIET = 0.05;

    /** The outcome of a warm-up: items run, and the compiler's share of the CPU in the last round. */
    public record Outcome(int items, double compilerShare) {

        /** One line for a report, such as "2,000 articles, JIT compiler 4.4% of the CPU in the last round". */
        public String describe(String unit) {
            return compilerShare < 0 ? String.format(Locale.ROOT, "%,d %s", items, unit)
                    : String.format(Locale.ROOT, "%,d %s, JIT compiler %.1f%% of the CPU in the last round", items, unit,
                            100 * compilerShare);
        }
    }

    /** Runs one round: the given items, to their end. */
    @FunctionalInterface
    public interface Round<T> {

        /**
         * Processes {@code items}; {@code pass} counts how many times the warm-up has gone through
         * the whole list before (0 the first time), for work that must not see an item twice.
         */
        void run(int pass, List<T> items) throws Exception;
    }

    private final int minimum;
    private final int maximum;

    /** A warm-up of at least {@code minimum} items and at most {@code maximum} (at least the minimum). */
    public Warmup(int minimum, int maximum) {
        this.minimum = Math.max(0, minimum);
        this.maximum = Math.max(this.minimum, maximum);
    }

    /**
     * Runs rounds over {@code items}, going through them again from the start when they run out,
     * until the warm-up ends. Nothing runs when the minimum is 0 or there are no items.
     */
    public <T> Outcome run(List<T> items, Round<T> round) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measured = jit != null && jit.isCompilationTimeMonitoringSupported();
        int cores = Runtime.getRuntime().availableProcessors();
        int done = 0;
        double share = -1;
        if (minimum == 0 || items.isEmpty()) {
            return new Outcome(0, share);
        }
        // The compiler's share is judged over whole windows: the minimum, then ROUND items at a
        // time, even when the end of the list cuts a round in two.
        int window = 0;
        long compiled = measured ? jit.getTotalCompilationTime() : 0;
        long start = System.nanoTime();
        while (true) {
            int from = done % items.size();
            int want = done < minimum ? minimum - done : ROUND - window;
            List<T> chunk = items.subList(from, Math.min(items.size(), from + Math.min(want, maximum - done)));
            round.run(done / items.size(), chunk);
            done += chunk.size();
            window += chunk.size();
            if (done < minimum || (done > minimum && window < ROUND && done < maximum)) {
                continue;
            }
            if (measured) {
                double wallMillis = (System.nanoTime() - start) / 1e6;
                share = (jit.getTotalCompilationTime() - compiled) / (wallMillis * cores);
                LOG.info("warm-up: {} items, JIT compiler {}% of the CPU in the last {}", done,
                        String.format(Locale.ROOT, "%.1f", 100 * share), window);
            }
            if (!measured || share <= QUIET || done >= maximum) {
                return new Outcome(done, share);
            }
            window = 0;
            compiled = measured ? jit.getTotalCompilationTime() : 0;
            start = System.nanoTime();
        }
    }
}
