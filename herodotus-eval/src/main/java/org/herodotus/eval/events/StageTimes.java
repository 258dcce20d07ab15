package org.herodotus.eval.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;

/**
 * Times each stage of a pipeline on the same articles in one run, so that one stage's cost can be
 * read as a share of another's (the events stage beside the nlp stage).
 */
public final class StageTimes {

    private StageTimes() {
    }

    /**
     * What a timed run measured.
     *
     * @param nanos    time spent in each stage, by stage name, in pipeline order
     * @param articles articles analysed
     * @param events   events coded
     */
    public record Result(Map<String, Long> nanos, int articles, long events) {

        /** Time of stage {@code a} as a share of stage {@code b}, in per cent. */
        public double percent(String a, String b) {
            long nb = nanos.getOrDefault(b, 0L);
            return nb == 0 ? 0.0 : 100.0 * nanos.getOrDefault(a, 0L) / nb;
        }
    }

    /** Runs every stage of {@code pipeline} over {@code articles} with {@code threads} workers. */
    public static Result time(Pipeline pipeline, List<Article> articles, int threads) {
        List<Stage> stages = pipeline.stages();
        AtomicLongArray nanos = new AtomicLongArray(stages.size());
        AtomicLong events = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    Doc doc = Doc.of(a);
                    for (int i = 0; i < stages.size(); i++) {
                        long t0 = System.nanoTime();
                        doc = stages.get(i).apply(doc);
                        nanos.addAndGet(i, System.nanoTime() - t0);
                    }
                    events.addAndGet(doc.events().size());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("timing interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("timing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            byStage.merge(stages.get(i).name(), nanos.get(i), Long::sum);
        }
        return new Result(byStage, articles.size(), events.get());
    }
}
