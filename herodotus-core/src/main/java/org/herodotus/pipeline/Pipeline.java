package org.herodotus.pipeline;

import java.util.List;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages in order, applied to one article at a time. Thread-safe: a single pipeline, loaded
 * once, is shared by all worker threads. {@link org.herodotus.PipelineConfig} builds the one
 * {@code analyze} runs.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final List<Stage> stages;

    /**
     * A pipeline running {@code stages} in this order.
     *
     * @throws IllegalArgumentException when a stage would run before one that adds what it reads
     *                                  (see {@link Stage#contract()}); the message names both
     */
    public Pipeline(List<Stage> stages) {
        StageOrder.check(stages);
        this.stages = List.copyOf(stages);
    }

    /** The stages, in the order they run. */
    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage on {@code article}. A stage that fails on this article is recorded in the
     * analysis errors and the later stages still run on what there is. When the calling thread
     * is interrupted (a time budget ran out), the stages not yet begun are skipped.
     */
    public Analysis analyze(Article article) {
        Doc doc = Doc.of(article);
        if (article.text().isBlank()) {
            return doc.toAnalysis();
        }
        for (Stage stage : stages) {
            if (Thread.currentThread().isInterrupted()) {
                // Abandoned by a caller's time budget: stop at the next stage boundary.
                return doc.withError(article.id() + ": analysis abandoned before the " + stage.name() + " stage").toAnalysis();
            }
            try {
                doc = stage.apply(doc);
            } catch (RuntimeException | StackOverflowError e) {
                // A stack overflow unwinds completely: the stage failed on this article, nothing else did.
                LOG.warn("{}: stage {} failed", article.id(), stage.name(), e);
                doc = doc.withError(article.id() + ": " + stage.name() + " stage failed: " + e);
            }
        }
        return doc.toAnalysis();
    }
}
