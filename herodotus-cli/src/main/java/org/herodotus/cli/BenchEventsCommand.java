package org.herodotus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herodotus.Herodotus;
import org.herodotus.eval.events.StageTimes;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus bench events}: the time the events stage adds to the nlp stage, both timed on
 * the same articles in one run of the full pipeline.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Times the events stage beside the nlp stage on the same articles, in one run of the",
                "analysis pipeline; prints each stage's time and the events stage as a share of nlp."})
final class BenchEventsCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Articles (any input analyze reads).")
    Path corpus;

    @Option(names = "--articles", description = "Articles timed (default: ${DEFAULT-VALUE}).")
    int articles = 300;

    @Option(names = "--warmup", description = "Untimed articles first (default: ${DEFAULT-VALUE}).")
    int warmup = 10;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        List<Article> all = new ArrayList<>();
        Herodotus.extract(List.of(corpus.toString()), a -> {
            if (a.ok() && !a.text().isBlank()) {
                all.add(a);
            }
        });
        List<Article> sample = BenchNlpCommand.spread(all, articles);
        System.err.printf("bench events: %d of %d articles from %s, %d threads%n", sample.size(), all.size(), corpus,
                threads);
        Pipeline pipeline = Herodotus.pipeline();
        StageTimes.time(pipeline, BenchNlpCommand.spread(sample, warmup), threads);
        StageTimes.Result r = StageTimes.time(pipeline, sample, threads);
        System.out.printf("%-10s %10s%n", "stage", "seconds");
        r.nanos().forEach((stage, ns) -> System.out.printf(Locale.ROOT, "%-10s %10.2f%n", stage, ns / 1e9));
        System.out.printf(Locale.ROOT, "articles %d, events %d%n", r.articles(), r.events());
        System.out.printf(Locale.ROOT, "events stage / nlp stage: %.1f %%%n", r.percent("events", "nlp"));
        System.out.printf(Locale.ROOT, "%.2f%n", r.percent("events", "nlp"));
        return ExitCodes.OK;
    }
}
