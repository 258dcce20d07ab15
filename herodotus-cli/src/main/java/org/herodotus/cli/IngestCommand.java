package org.herodotus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.herodotus.Herodotus;
import org.herodotus.PipelineConfig;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.source.InputLimits;
import org.herodotus.source.LineReader;
import org.herodotus.source.SourceDocument;
import org.herodotus.source.Sources;
import org.herodotus.store.IngestResult;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herodotus ingest}: analyses articles and stores them, a batch of articles per
 * transaction ({@link IngestBatches}); a line on standard output says what happened to each once
 * it is durably stored.
 *
 * <p>Batches: committing every article on its own made the store a fifth of an ingest's CPU
 * (DuckDB flushes its appenders and syncs at each commit); 50 per transaction made it 2 %
 * ({@code docs/watch.md}).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses articles and stores them with their events, claims and incidents.",
                "Inputs: as for analyze; with --analysed, Analysis JSON Lines written by analyze.",
                "Re-ingesting an article changes nothing, unless a failure left it not whole: then it is repaired.",
                "A changed article replaces its records.",
                "Prints one line per article once it is stored: stored, replaced, repaired, unchanged or rejected;",
                "on standard error the loading of the language models, progress and a summary line at the end.",
                "Ctrl-C or SIGTERM finishes the articles in flight and stops;",
                "run the same command with --continue to go on where it stopped.",
                "Exit status: 0 all inputs fine, 1 some inputs had errors, 2 usage error or no store,",
                "3 the run could not finish (the store failed: disk full, connection lost); 143 (130) stopped by SIGTERM (Ctrl-C)."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories, or - for standard input.")
    List<String> inputs;

    @Mixin
    DbOption db;

    @Mixin
    TimeLimitOption timeLimit;

    @Option(names = "--analysed", description = "Inputs are Analysis JSON Lines (from herodotus analyze); no analysis is run.")
    boolean analysed;

    @Mixin
    PublishedOption published;

    @Option(names = "--threads", converter = OptionConverters.PositiveInt.class, description = "Analysis worker threads sharing one pipeline (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--continue",
            description = "Skip, without analysing them again, articles whose text is stored already: to go on with a run that was stopped.")
    boolean resume;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "30",
            description = "When standard error is not a terminal, a progress line every SECONDS (default: ${DEFAULT-VALUE}; 0: none).")
    long progressEvery;

    /** Articles per transaction unless {@code --batch} says otherwise. */
    static final int DEFAULT_BATCH = 50;

    /** The longest an analysed article waits for its batch to fill before the batch is stored anyway. */
    static final Duration BATCH_WAIT = Duration.ofSeconds(5);

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}; a batch not yet full is stored after "
                    + "5 seconds). Larger batches load faster; a crash loses at most the unfinished batch, never an "
                    + "article already reported.")
    int batch = DEFAULT_BATCH;

    private int failed;
    private int skipped;
    private boolean stopped;
    private Progress progress;
    private final LanguageCheck languages = new LanguageCheck("herodotus ingest");
    private final RunSummary summary = new RunSummary();
    private Store store;
    private IngestBatches batches;
    private final PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);

    @Override
    public Integer call() throws IOException {
        // The signal handler waits until the run has stored what is in flight and said so.
        try (StopSignal stop = new StopSignal("ingest", 300)) {
            return run(stop);
        }
    }

    private int run(StopSignal stop) {
        if (batch < 1) {
            System.err.println("herodotus ingest: --batch must be at least 1");
            return ExitCodes.USAGE;
        }
        PipelineConfig pipeline = null;
        if (!analysed) {
            try {
                pipeline = pipelineOptions.config(); // reads the option files: a bad one is a usage error
            } catch (IllegalArgumentException e) {
                System.err.println("herodotus ingest: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        Store opened;
        try {
            opened = db.open();
        } catch (SQLException e) {
            System.err.println("herodotus ingest: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (opened; IngestBatches stored = new IngestBatches(opened, batch, BATCH_WAIT, out, this::error)) {
            store = opened;
            batches = stored;
            opened.runStatementsOnOneThread();
            if (analysed) {
                for (String input : inputs) {
                    readAnalyses(input);
                }
            } else {
                analyseAndStore(pipeline, stop);
            }
            stored.finish();
        } catch (SQLException e) {
            // Every article reported stored is stored; closing the store is what failed.
            System.err.println("herodotus ingest: the run could not finish: " + e.getMessage());
            return ExitCodes.RUN_FAILED;
        }
        Map<IngestResult.Status, Integer> counts = batches.counts();
        failed += batches.withErrors();
        int repaired = counts.getOrDefault(IngestResult.Status.REPAIRED, 0);
        System.err.printf("%d stored, %d replaced, %s%d unchanged, %s%d rejected or failed; store: %s%n",
                counts.getOrDefault(IngestResult.Status.STORED, 0), counts.getOrDefault(IngestResult.Status.REPLACED, 0),
                repaired == 0 ? "" : repaired + " repaired, ",
                counts.getOrDefault(IngestResult.Status.UNCHANGED, 0),
                skipped == 0 ? "" : skipped + " stored already (not analysed again), ", failed, db.where());
        languages.summarise();
        System.err.println(summary.line("herodotus ingest", failed));
        if (stopped) {
            System.err.println("herodotus ingest: stopped by a signal; every article reported is stored. Run the same command"
                    + " with --continue to go on where it stopped.");
            return ExitCodes.RUN_FAILED;
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    /** An article through the pipeline, or found stored already (with --continue): no analysis. */
    private record Outcome(Analysis analysis, String storedKey) {
    }

    private void analyseAndStore(PipelineConfig config, StopSignal stop) {
        ArticleExtractor extractor = Herodotus.extractor();
        Pipeline pipeline = ModelLoading.announce("herodotus ingest", config::build);
        progress = progressEvery <= 0 && System.console() == null ? null
                : new Progress(System.err, System.console() != null, Progress.countArticles(inputs), Math.max(1, progressEvery));
        try (OrderedParallel<SourceDocument, Outcome> run = new OrderedParallel<>(Math.max(1, threads), timeLimit.budget(),
                doc -> analyse(doc, extractor, pipeline), (doc, e) -> new Outcome(AnalyzeCommand.failed(doc, e), null),
                this::accept)) {
            new Sources().read(inputs, doc -> {
                stop.check();
                run.submit(doc);
            });
        } catch (StopSignal.Stopped e) {
            // The articles in flight were delivered and stored when the run closed.
            stopped = true;
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
    }

    private Outcome analyse(SourceDocument doc, ArticleExtractor extractor, Pipeline pipeline) {
        Article article = published.orDefault(extractor.extract(doc));
        if (resume && article.errors().isEmpty()) {
            Analysis bare = Analysis.of(article);
            try {
                if (store.holdsText(bare.url(), bare.body())) {
                    return new Outcome(null, bare.url() != null ? bare.url() : bare.id());
                }
            } catch (SQLException e) {
                // Cannot tell: analyse it, and the store will say it is unchanged.
            }
        }
        return new Outcome(pipeline.analyze(article), null);
    }

    private void accept(Outcome o) {
        if (o.analysis() == null) {
            skipped++;
            summary.addUnanalysed();
            out.printf("unchanged %s (stored already; not analysed again)%n", o.storedKey());
            out.flush();
            if (progress != null) {
                progress.tick(true);
            }
            return;
        }
        accept(o.analysis());
        if (progress != null) {
            progress.tick(o.analysis().errors().isEmpty());
        }
    }

    /** Reads Analysis JSON Lines from a file, a directory of .jsonl files, or standard input. */
    private void readAnalyses(String input) {
        if (input.equals("-")) {
            readLines("stdin", System.in);
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".jsonl")
                        || p.toString().endsWith(".jsonl.gz")).sorted().toList()) {
                    readAnalyses(p.toString());
                }
            } catch (IOException e) {
                error(input + ": cannot list directory: " + e.getMessage());
            }
            return;
        }
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = input.endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            readLines(input, in);
        } catch (IOException e) {
            error(input + ": cannot read: " + e.getMessage());
        }
    }

    private void readLines(String name, InputStream in) {
        try {
            // The line limit is enforced while reading: an endless line is skipped, never held whole.
            LineReader r = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), InputLimits.DEFAULT.maxDocumentBytes());
            for (LineReader.Line next = r.next(); next != null; next = r.next()) {
                int n = next.number();
                String line = next.text();
                if (next.tooLong()) {
                    error(name + ":" + n + ": line larger than the " + (InputLimits.DEFAULT.maxDocumentBytes() >> 20)
                            + " MiB limit for one document; skipped");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                Analysis a;
                try {
                    a = AnalysisJson.parseAnalysis(line);
                } catch (IOException | RuntimeException e) {
                    error(name + ":" + n + ": not an Analysis JSON object: " + firstLine(e.getMessage()));
                    continue;
                }
                accept(published.orDefault(a));
            }
        } catch (IOException e) {
            error(name + ": cannot read: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private void accept(Analysis a) {
        summary.add(a);
        if (!analysed) {
            languages.check(a);
        }
        if (!a.errors().isEmpty()) {
            a.errors().forEach(e -> System.err.println("warning: " + e));
        }
        a.notes().forEach(n -> System.err.println("note: " + n));
        batches.add(a);
    }

    // Also called by the batches' timer thread when a batch it stores fails.
    private synchronized void error(String message) {
        failed++;
        System.err.println(message);
    }
}
