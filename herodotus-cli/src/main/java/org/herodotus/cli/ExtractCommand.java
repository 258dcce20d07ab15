package org.herodotus.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.herodotus.Herodotus;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.extract.ExtractionRules;
import org.herodotus.extract.Extractor;
import org.herodotus.extract.LanguageIdentifier;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Article;
import org.herodotus.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herodotus extract}: article body and metadata, one JSON object per page. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts article text and metadata from pages, one JSON object per page.",
                "Inputs: .html/.htm (also .gz), .txt, directories, .jsonl, .warc(.gz), and - for standard input.",
                "Exit status: 0 all inputs fine, 1 some inputs had errors (see their \"errors\"), 2 usage error, 3 the run could not finish."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs;

    @Mixin
    OutputOption output;

    @Option(names = "--threads", converter = OptionConverters.PositiveInt.class, description = "Worker threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    TimeLimitOption timeLimit;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of extraction rule files (content.rules, boilerplate.rules, ...) replacing the shipped ones of the same name; see docs/extraction.md.")
    Path rules;

    @Override
    public Integer call() throws IOException {
        ArticleExtractor extractor;
        if (rules == null) {
            extractor = Herodotus.extractor();
        } else {
            if (!Files.isDirectory(rules)) {
                System.err.println("extract: --rules " + rules + " is not a folder");
                return ExitCodes.USAGE;
            }
            try {
                extractor = new Extractor(ExtractionRules.load(rules), LanguageIdentifier.shared());
            } catch (IllegalStateException | UncheckedIOException e) {
                System.err.println("extract: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        AtomicInteger failed = new AtomicInteger();
        try (Writer out = output.open();
             OrderedParallel<org.herodotus.source.SourceDocument, Article> run = new OrderedParallel<>(
                     Math.max(1, threads), timeLimit.budget(), extractor::extract,
                     (doc, e) -> Article.failed(doc.id(), doc.url(), TimeLimitOption.describe(doc.origin(), "extraction", e)),
                     article -> {
                         if (!article.ok()) {
                             failed.incrementAndGet();
                             article.errors().forEach(System.err::println);
                         }
                         write(out, AnalysisJson.toLine(article));
                     })) {
            new Sources().read(inputs, run::submit);
        }
        return failed.get() == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
