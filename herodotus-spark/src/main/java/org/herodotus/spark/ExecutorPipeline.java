package org.herodotus.spark;

import org.herodotus.extract.ArticleExtractor;
import org.herodotus.Herodotus;
import org.herodotus.pipeline.Pipeline;

/**
 * The one pipeline of an executor JVM: loaded by the first task that needs it, then shared by
 * every task the executor runs, at once and after (a pipeline is thread-safe). Never serialised:
 * tasks carry only the code that asks for it here, and the names of the user's dictionaries
 * ({@link PipelineFiles}). Built by {@code PipelineConfig}, as {@code herodotus analyze} builds its own.
 */
final class ExecutorPipeline {

    private static volatile Pipeline pipeline;
    private static volatile PipelineFiles builtWith;
    private static final ArticleExtractor EXTRACTOR = Herodotus.extractor();

    private ExecutorPipeline() {
    }

    /**
     * The pipeline with the bundled resources and {@code files}. An executor runs the tasks of one
     * job at a time in practice; a task with other files than the loaded pipeline's rebuilds it.
     */
    static Pipeline get(PipelineFiles files) {
        Pipeline p = pipeline;
        if (p == null || !files.equals(builtWith)) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null || !files.equals(builtWith)) {
                    p = files.executorConfig().build();
                    pipeline = p;
                    builtWith = files;
                }
            }
        }
        return p;
    }

    static ArticleExtractor extractor() {
        return EXTRACTOR;
    }
}
