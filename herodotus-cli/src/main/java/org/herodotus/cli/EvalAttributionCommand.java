package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.herodotus.Herodotus;
import org.herodotus.claims.ClaimLexicon;
import org.herodotus.claims.AttributionModel;
import org.herodotus.eval.attribution.AnalysisAttributions;
import org.herodotus.eval.attribution.AttributionEval;
import org.herodotus.eval.attribution.AttributionScorer;
import org.herodotus.eval.attribution.AttributionModelTrainer;
import org.herodotus.eval.attribution.PolnearGold;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.nlp.NlpStage;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.source.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus eval attribution}: source, cue and content spans scored on PolNeAR. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Scores claim attribution (source, cue, content spans) on a PolNeAR gold file.",
                "Prints exact-span and token-overlap P/R/F1 per role, relation exact match",
                "and the time taken; the last line is the mean exact-span F1 of the three",
                "roles. By default it scores what analyze outputs: the claims and quotes of",
                "the Analysis JSON it writes for each article's text (--model pipeline)."})
final class EvalAttributionCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "Gold JSON Lines (.gz accepted), e.g. .../attribution/polnear/gold-dev.jsonl.gz.")
    Path gold;

    @Option(names = "--pred-out", paramLabel = "FILE",
            description = "Also write the predictions in the reference scorer's format.")
    Path predOut;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Keep parses here between runs (re-scoring after a lexicon change then skips CoreNLP; not with --model pipeline).")
    Path cache;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles.")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--nested", description = "Also score attributions whose cue stands inside a quotation.")
    boolean nested;

    @Option(names = "--model", paramLabel = "pipeline|analyze|tagger|rules|none|FILE",
            description = {"What is scored: the full pipeline as analyze builds it, run on each",
                    "article's text, every claim and quote of its Analysis JSON (pipeline,",
                    "the default); the claims stage's attribution finder alone, on the",
                    "sentences the pipeline parses (analyze); the bundled sequence tagger",
                    "alone on full parses (tagger); the rules of the claims stage in broad",
                    "mode with the bundled cue model (rules), the rules alone (none), a tagger",
                    "FILE (.tsv.gz) or a cue model FILE (.tsv) for the rules."})
    String model = "pipeline";

    @Option(names = "--threads", paramLabel = "N",
            description = "With --model pipeline: worker threads sharing one pipeline (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--rule-cues", paramLabel = "bundled|none|FILE",
            description = "With the tagger: the cue model that picks extra cues among the rule finder's candidates (default ${DEFAULT-VALUE}).")
    String ruleCues = "bundled";

    @Option(names = "--train-tagger", paramLabel = "FILE",
            description = "Instead of scoring, train the sequence tagger on the --gold articles (use the train part) and write it here (.gz: compressed).")
    Path trainTagger;

    @Option(names = "--epochs", paramLabel = "N",
            description = "With --train-tagger: the most passes to try (the best on the last sixth of the articles is kept; default ${DEFAULT-VALUE}).")
    int epochs = 16;

    @Option(names = "--min-count", paramLabel = "N",
            description = "With --train-tagger: keep features seen at least N times (default ${DEFAULT-VALUE}).")
    int minCount = 3;

    @Option(names = "--train-model", paramLabel = "FILE",
            description = "Instead of scoring, train the cue model on the --gold articles (use the train part) and write it here.")
    Path trainModel;

    @Override
    public Integer call() {
        try {
            return run();
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            System.err.println("eval attribution: " + e.getMessage());
            return ExitCodes.SOME_INPUTS_FAILED;
        }
    }

    private Integer run() throws IOException {
        if (!Files.isRegularFile(gold)) {
            System.err.println("eval attribution: gold file not found: " + gold);
            return ExitCodes.USAGE;
        }
        List<PolnearGold.Document> docs = PolnearGold.read(gold);
        if (docs.size() > limit) {
            docs = docs.subList(0, limit);
        }
        if (model.equals("pipeline") && trainModel == null && trainTagger == null) {
            return scorePipeline(docs);
        }
        boolean asAnalyze = model.equals("analyze") && trainModel == null && trainTagger == null;
        // As analyze runs it: the nlp stage parses only the sentences a later stage reads.
        org.herodotus.nlp.ParseFilter pipelineFilter = asAnalyze ? pipelineOptions.config().parseFilter() : null;
        AttributionEval eval = new AttributionEval(asAnalyze ? () -> new NlpStage(pipelineFilter) : NlpStage::new,
                ClaimLexicon.defaults(), cache).withNested(nested);
        if (trainModel != null) {
            AttributionModel trained = new AttributionModelTrainer(ClaimLexicon.defaults()).train(docs, eval::parse);
            try (Writer w = Files.newBufferedWriter(trainModel, StandardCharsets.UTF_8)) {
                trained.write(w, "Trained by: herodotus eval attribution --gold " + gold.getFileName() + " --train-model FILE\n"
                        + docs.size() + " articles; threshold chosen on the last sixth of them.");
            }
            System.out.println("attribution model written to " + trainModel);
            return ExitCodes.OK;
        }
        if (trainTagger != null) {
            org.herodotus.claims.AttributionTagger trained = new org.herodotus.eval.attribution.AttributionTaggerTrainer(
                    ClaimLexicon.defaults(), epochs, minCount).train(docs, eval::parse);
            java.io.OutputStream raw = Files.newOutputStream(trainTagger);
            if (trainTagger.toString().endsWith(".gz")) {
                raw = new java.util.zip.GZIPOutputStream(raw);
            }
            try (Writer w = new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8)) {
                trained.write(w, "Trained by: herodotus eval attribution --gold " + gold.getFileName() + " --train-tagger FILE"
                        + " --epochs " + epochs + " --min-count " + minCount + "\n" + docs.size() + " articles; passes chosen on the last sixth of them.");
            }
            System.out.println("attribution tagger (" + trained.size() + " features) written to " + trainTagger);
            return ExitCodes.OK;
        }
        if (asAnalyze) {
            eval.withPipeline(pipelineFilter);
            return score(eval, docs, "the claims stage's attribution finder as analyze runs it (rules and tagger,"
                    + " pipeline parse); not the Analysis JSON analyze writes");
        }
        if (model.equals("tagger") || model.endsWith(".tsv.gz")) {
            org.herodotus.claims.AttributionTagger tagger;
            if (model.equals("tagger")) {
                tagger = org.herodotus.claims.AttributionTagger.bundled(ClaimLexicon.defaults());
                if (tagger == null) {
                    System.err.println("eval attribution: no tagger is bundled");
                    return ExitCodes.USAGE;
                }
            } else {
                try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(Path.of(model)))) {
                    tagger = org.herodotus.claims.AttributionTagger.read(in, ClaimLexicon.defaults());
                }
            }
            if (ruleCues.equals("none")) {
                tagger = tagger.withRuleCues(null);
            } else if (!ruleCues.equals("bundled")) {
                try (java.io.BufferedReader r = Files.newBufferedReader(Path.of(ruleCues), StandardCharsets.UTF_8)) {
                    tagger = tagger.withRuleCues(AttributionModel.read(r));
                }
            } else {
                tagger = tagger.withRuleCues(AttributionModel.bundled());
            }
            eval.withTagger(tagger);
            return score(eval, docs, "the attribution tagger alone (" + model + ", rule cues " + ruleCues
                    + "), every sentence parsed; not what analyze runs");
        }
        AttributionModel attributionModel;
        if (model.equals("none")) {
            attributionModel = null;
        } else if (model.equals("rules") || model.equals("bundled")) {
            attributionModel = AttributionModel.bundled();
        } else {
            try (java.io.BufferedReader r = Files.newBufferedReader(Path.of(model), StandardCharsets.UTF_8)) {
                attributionModel = AttributionModel.read(r);
            }
        }
        eval.withModel(attributionModel);
        return score(eval, docs, "the rule finder in broad mode with cue model " + model
                + ", every sentence parsed; not what analyze runs");
    }

    /** Scores {@code docs} as {@code eval} is configured, writing predictions when asked, and prints the figures. */
    private int score(AttributionEval eval, List<PolnearGold.Document> docs, String configuration) throws IOException {
        AttributionEval.Run run;
        if (predOut != null) {
            try (Writer w = Files.newBufferedWriter(predOut, StandardCharsets.UTF_8)) {
                run = eval.run(docs, w);
            }
        } else {
            run = eval.run(docs, null);
        }
        System.out.println("configuration: " + configuration);
        print(run.result(), gold.toString(), time(run));
        return ExitCodes.OK;
    }

    /** An article and the Analysis JSON line analyze writes for it. */
    private record Analysed(PolnearGold.Document doc, String line, List<String> errors) {
    }

    /**
     * Runs the pipeline analyze builds on each article's text, read as analyze reads a JSON Lines
     * object with only an id and a text, and scores every claim and quote of the Analysis JSON.
     */
    private int scorePipeline(List<PolnearGold.Document> docs) throws IOException {
        long t0 = System.nanoTime();
        Pipeline pipeline = pipelineOptions.load("herodotus eval attribution");
        ArticleExtractor extractor = Herodotus.extractor();
        long t1 = System.nanoTime();
        AttributionScorer scorer = new AttributionScorer();
        AtomicInteger moved = new AtomicInteger();
        Writer w = predOut == null ? null : Files.newBufferedWriter(predOut, StandardCharsets.UTF_8);
        try (w; OrderedParallel<PolnearGold.Document, Analysed> parallel = new OrderedParallel<>(Math.max(1, threads),
                doc -> {
                    Analysis analysis = pipeline.analyze(extractor.extract(source(doc)));
                    return new Analysed(doc, AnalysisJson.toLine(analysis), analysis.errors());
                }, a -> {
                    a.errors().forEach(System.err::println);
                    try {
                        JsonNode analysis = AnalysisJson.mapper().readTree(a.line());
                        if (!analysis.path("text").asText("").equals(a.doc().text())) {
                            moved.incrementAndGet();
                        }
                        List<AttributionScorer.Relation> predicted = AnalysisAttributions.relations(analysis, a.doc().text());
                        scorer.add(a.doc().text(), a.doc().relations(), predicted);
                        if (w != null) {
                            w.write(AnalysisAttributions.predictionLine(a.doc().id(), predicted, a.doc().text()));
                            w.write('\n');
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })) {
            docs.forEach(parallel::submit);
        }
        long t2 = System.nanoTime();
        System.out.println("configuration: the claims and quotes of the Analysis JSON analyze writes (full pipeline on"
                + " each article's text; " + moved.get() + " analysed texts differ from the gold text,"
                + " their offsets carried over to it)");
        print(scorer.result(), gold.toString(), String.format(Locale.ROOT,
                "time: pipeline loaded in %.1f s; %d articles analysed in %.1f s (%d threads)",
                (t1 - t0) / 1e9, docs.size(), (t2 - t1) / 1e9, Math.max(1, threads)));
        return ExitCodes.OK;
    }

    /** The document analyze reads from a JSON Lines object with only an id and a text. */
    private SourceDocument source(PolnearGold.Document doc) {
        return new SourceDocument(doc.id(), gold + ": item " + doc.id(), null, SourceDocument.Format.TEXT,
                doc.text().getBytes(StandardCharsets.UTF_8), "UTF-8", null, null, null);
    }

    private static String time(AttributionEval.Run run) {
        if (run.parsed() > 0) {
            return String.format(Locale.ROOT, "time: nlp stage %.1f s for %d articles; claims stage %.2f s (%.1f %% of nlp); "
                            + "attribution finder as scored %.2f s (%.1f %% of nlp)",
                    run.nlpNanos() / 1e9, run.parsed(), run.stageNanos() / 1e9,
                    100.0 * run.stageNanos() / Math.max(1, run.nlpNanos()), run.claimsNanos() / 1e9,
                    100.0 * run.claimsNanos() / Math.max(1, run.nlpNanos()));
        }
        return String.format(Locale.ROOT, "time: claims stage %.2f s, attribution finder as scored %.2f s (all parses from the cache)",
                run.stageNanos() / 1e9, run.claimsNanos() / 1e9);
    }

    static void print(AttributionScorer.Result r, String name, String time) {
        System.out.printf(Locale.ROOT, "gold: %s (%d documents, %d relations)%n", name, r.documents(),
                r.relation().tp() + r.relation().fn());
        System.out.printf(Locale.ROOT, "%-9s %-14s %6s %6s %6s   %s%n", "role", "match", "P", "R", "F1", "tp/fp/fn");
        for (int i = 0; i < 3; i++) {
            row(AttributionScorer.ROLES.get(i), "exact span", r.exact().get(i));
            row(AttributionScorer.ROLES.get(i), "token overlap", r.token().get(i));
        }
        row("relation", "exact (all 3)", r.relation());
        System.out.println(time);
        System.out.println("summary figure below: mean exact-span F1 of source, cue, content");
        System.out.printf(Locale.ROOT, "%.4f%n", r.summary());
    }

    private static void row(String role, String kind, AttributionScorer.Counts c) {
        System.out.printf(Locale.ROOT, "%-9s %-14s %6.3f %6.3f %6.3f   %d/%d/%d%n", role, kind, c.precision(),
                c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }

}
