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
                "Exit status: 0 all inputs fine, 1 some inputs had errors, 2 usage error, 3 the run could not finish."})
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

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor = Herodotus.extractor();
        Pipeline pipeline;
        try {
            pipeline = pipelineOptions.build();
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus analyze: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        AtomicInteger failed = new AtomicInteger();
        LanguageCheck languages = new LanguageCheck("herodotus analyze");
        try (Writer out = output.open();
             OrderedParallel<SourceDocument, Analysis> run = new OrderedParallel<>(
                     Math.max(1, threads), timeLimit.budget(), doc -> pipeline.analyze(published.orDefault(extractor.extract(doc))),
                     AnalyzeCommand::failed, analysis -> {
                         languages.check(analysis);
                         if (!analysis.errors().isEmpty()) {
                             failed.incrementAndGet();
                             analysis.errors().forEach(System.err::println);
                         }
                         ExtractCommand.write(out, AnalysisJson.toLine(analysis));
                     })) {
            new Sources().read(inputs, run::submit);
        }
        languages.summarise();
        return failed.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    /** The analysis of an input the pipeline failed on: no findings, one error naming it. */
    static Analysis failed(SourceDocument doc, Throwable e) {
        return Analysis.of(Article.failed(doc.id(), doc.url(), TimeLimitOption.describe(doc.origin(), "analysis", e)));
    }
}
