package org.herodotus.spark;

import org.herodotus.PipelineConfig;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.Herodotus;
import org.herodotus.pipeline.Pipeline;

/**
 * The one pipeline of an executor JVM: loaded by the first task that needs it, then shared by
 * every task the executor runs, at once and after (a pipeline is thread-safe). Never serialised:
 * tasks carry only the code that asks for it here. Built by {@link PipelineConfig}, as {@code
 * herodotus analyze} builds its own.
 */
final class ExecutorPipeline {

    private static volatile Pipeline pipeline;
    private static final ArticleExtractor EXTRACTOR = Herodotus.extractor();

    private ExecutorPipeline() {
    }

    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    p = PipelineConfig.defaults().build();
                    pipeline = p;
                }
            }
        }
        return p;
    }

    static ArticleExtractor extractor() {
        return EXTRACTOR;
    }
}
