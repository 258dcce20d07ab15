package org.herodotus.cli;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.model.Analysis;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.source.SourceDocument;

/**
 * The pipeline as the watcher's analyser: failures become the Analysis's errors, and an
 * article over the time budget is abandoned (its thread interrupted: the pipeline stops at
 * the next stage boundary) with an error naming it.
 */
final class TimeBudgetAnalyser implements Function<SourceDocument, Analysis> {

    private final Pipeline pipeline;
    private final ArticleExtractor extractor;
    private final PublishedOption published;
    private final Duration budget;
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "herodotus-watch-analysis");
        t.setDaemon(true);
        return t;
    });

    TimeBudgetAnalyser(Pipeline pipeline, ArticleExtractor extractor, PublishedOption published, Duration budget) {
        this.pipeline = pipeline;
        this.extractor = extractor;
        this.published = published;
        this.budget = budget;
    }

    @Override
    public Analysis apply(SourceDocument doc) {
        if (budget.isZero()) {
            return analyse(doc);
        }
        Future<Analysis> f = runner.submit(() -> analyse(doc));
        try {
            return f.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return AnalyzeCommand.failed(doc, new TimeoutException("took longer than the time budget of "
                    + budget.toSeconds() + " s; abandoned"));
        } catch (ExecutionException e) {
            return AnalyzeCommand.failed(doc, e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            return AnalyzeCommand.failed(doc, e);
        }
    }

    private Analysis analyse(SourceDocument doc) {
        try {
            return pipeline.analyze(published.orDefault(extractor.extract(doc)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return AnalyzeCommand.failed(doc, e);
        }
    }
}
