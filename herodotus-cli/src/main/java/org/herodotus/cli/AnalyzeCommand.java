package org.herodotus.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.herodotus.Herodotus;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.source.SourceDocument;
import org.herodotus.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herodotus analyze}: the full pipeline, one Analysis JSON object per article. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses articles: actors, events, places and claims, one Analysis JSON object per article.",
                "Inputs: as for extract, plus .txt and .jsonl objects with \"text\".",
                "On standard error: the loading of the language models, progress, and at the end one summary line",
                "(articles, events, claims, errors, time). Ctrl-C or SIGTERM writes the articles in flight and stops.",
                "Exit status: 0 all inputs fine, 1 some inputs had errors, 2 usage error, 3 the run could not finish,",
                "143 (130) stopped by SIGTERM (Ctrl-C)."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs;

    @Mixin
    OutputOption output;

    @Mixin
    PublishedOption published;

    @Option(names = "--threads", converter = OptionConverters.PositiveInt.class, description = "Worker threads sharing one pipeline (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    PipelineOptions pipelineOptions;

    @Mixin
    TimeLimitOption timeLimit;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "30",
            description = "When standard error is not a terminal, a progress line every SECONDS (default: ${DEFAULT-VALUE}; 0: none).")
    long progressEvery;

    @Override
    public Integer call() throws IOException {
        // The signal handler waits until the articles in flight are written.
        try (StopSignal stop = new StopSignal("analyze", 300)) {
            return run(stop);
        }
    }

    private int run(StopSignal stop) throws IOException {
        ArticleExtractor extractor = Herodotus.extractor();
        Pipeline pipeline;
        try {
            pipeline = pipelineOptions.load("herodotus analyze");
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus analyze: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        AtomicInteger failed = new AtomicInteger();
        RunSummary summary = new RunSummary();
        Progress progress = progressEvery <= 0 && System.console() == null ? null
                : new Progress(System.err, System.console() != null, Progress.countArticles(inputs), Math.max(1, progressEvery));
        boolean stopped = false;
        LanguageCheck languages = new LanguageCheck("herodotus analyze");
        try (Writer out = output.open();
             OrderedParallel<SourceDocument, Analysis> run = new OrderedParallel<>(
                     Math.max(1, threads), timeLimit.budget(), doc -> pipeline.analyze(published.orDefault(extractor.extract(doc))),
                     AnalyzeCommand::failed, analysis -> {
                         languages.check(analysis);
                         summary.add(analysis);
                         if (!analysis.errors().isEmpty()) {
                             failed.incrementAndGet();
                             analysis.errors().forEach(System.err::println);
                         }
                         // analysed whole: told, but neither a failure nor a reason to exit 1
                         analysis.notes().forEach(n -> System.err.println("note: " + n));
                         ExtractCommand.write(out, AnalysisJson.toLine(analysis));
                         if (progress != null) {
                             progress.tick(analysis.errors().isEmpty());
                         }
                     })) {
            new Sources().read(inputs, doc -> {
                stop.check();
                run.submit(doc);
            });
        } catch (StopSignal.Stopped e) {
            stopped = true; // the articles in flight were written when the run closed
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        if (stopped) {
            System.err.println(summary.line("herodotus analyze", failed.get()));
            System.err.println("herodotus analyze: stopped by a signal after " + (progress == null ? "the" : progress.done())
                    + " articles written; the inputs after them were not read.");
            return ExitCodes.RUN_FAILED;
        }
        languages.summarise();
        System.err.println(summary.line("herodotus analyze", failed.get()));
        return failed.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    /** The analysis of an input the pipeline failed on: no findings, one error naming it. */
    static Analysis failed(SourceDocument doc, Throwable e) {
        return Analysis.of(Article.failed(doc.id(), doc.url(), TimeLimitOption.describe(doc.origin(), "analysis", e)));
    }
}
