package org.herodotus;

import java.util.List;
import java.util.function.Consumer;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.extract.Extractor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.source.Sources;

/**
 * The front door for library users.
 *
 * <pre>{@code
 * Pipeline pipeline = Herodotus.pipeline();          // load once, share between threads
 * Herodotus.extract(List.of("pages/"), article -> {
 *     Analysis analysis = pipeline.analyze(article);
 * });
 * }</pre>
 */
public final class Herodotus {

    private Herodotus() {
    }

    /** The default article extractor (stateless, thread-safe). */
    public static ArticleExtractor extractor() {
        return new Extractor();
    }

    /**
     * Reads every input (files, directories, .gz, .jsonl, .warc, "-") and hands each extracted
     * article to {@code sink}, in input order. Unreadable inputs arrive as articles with errors.
     */
    public static void extract(List<String> inputs, Consumer<Article> sink) {
        ArticleExtractor extractor = extractor();
        new Sources().read(inputs, doc -> sink.accept(extractor.extract(doc)));
    }

    /**
     * Loads the full analysis pipeline: nlp, places, actors, events, event places, claims. Loading takes
     * seconds and a few GB of heap; do it once. {@link PipelineConfig} builds it with other
     * resources or fewer stages.
     */
    public static Pipeline pipeline() {
        return PipelineConfig.defaults().build();
    }

    /**
     * Analyses one article with the full pipeline of {@link #pipeline()}. The pipeline is loaded on
     * the first call (seconds and a few GB of heap) and kept for every later call, from any
     * thread, so a script can call this in a loop; to choose resources or stages, build a
     * pipeline with {@link PipelineConfig} instead.
     */
    public static Analysis analyze(Article article) {
        return DefaultPipeline.INSTANCE.analyze(article);
    }

    /** The pipeline {@link #analyze} runs: loaded by the first call, as the JVM initialises a holder class. */
    private static final class DefaultPipeline {
        static final Pipeline INSTANCE = pipeline();
    }
}
