package org.herodotus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.herodotus.Herodotus;
import org.herodotus.eval.extraction.ExtractionEval;
import org.herodotus.eval.extraction.ExtractionEval.Prediction;
import org.herodotus.eval.extraction.ExtractionSets;
import org.herodotus.eval.extraction.ExtractionSets.Page;
import org.herodotus.eval.extraction.ShingleMetric;
import org.herodotus.eval.extraction.SnippetMetric;
import org.herodotus.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus eval extraction}: scores article extraction on the ScrapingHub and trafilatura
 * benchmark folders with the same metrics as the reference scorer {@code score_extraction.py}.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Scores article extraction on benchmark folders, with the metrics of score_extraction.py.",
                "ScrapingHub: shingle precision/recall/F1 and exact accuracy (± bootstrap sd).",
                "trafilatura: with/without snippet precision/recall/F1/accuracy, and title/author/date exact match.",
                "The last line printed is the F1 of the last set scored."})
final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--scrapinghub", paramLabel = "DIR",
            description = "ScrapingHub folder: ground-truth*.json and html/<id>.html.gz.")
    Path scrapinghub;

    @Option(names = "--trafilatura", paramLabel = "DIR",
            description = "trafilatura folder: evaldata*.json and html/<file>.gz.")
    Path trafilatura;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold file to use instead of the one found in the folder (one set only).")
    Path gold;

    @Option(names = "--pred-out", paramLabel = "FILE",
            description = "Write predictions as JSON Lines for score_extraction.py --pred; with both sets, -scrapinghub and -trafilatura are added to the name.")
    Path predOut;

    @Option(names = "--per-page", paramLabel = "FILE", description = "Write per-page figures (TSV); with both sets, the set name is added to the name.")
    Path perPage;

    @Option(names = "--n-bootstrap", paramLabel = "N", description = "Bootstrap resamples for the ± figures (default: ${DEFAULT-VALUE}, as the reference).")
    int bootstrap = 1000;

    @Option(names = "--seed", description = "Bootstrap seed (default: ${DEFAULT-VALUE}, as the reference).")
    long seed = 0;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (scrapinghub == null && trafilatura == null) {
            System.err.println("eval extraction: give --scrapinghub DIR and/or --trafilatura DIR");
            return ExitCodes.USAGE;
        }
        if (gold != null && scrapinghub != null && trafilatura != null) {
            System.err.println("eval extraction: --gold applies to one set; give only one of --scrapinghub, --trafilatura");
            return ExitCodes.USAGE;
        }
        boolean both = scrapinghub != null && trafilatura != null;
        ArticleExtractor extractor = Herodotus.extractor();
        if (scrapinghub != null) {
            List<Page> pages = ExtractionSets.scrapinghub(scrapinghub, gold);
            long t0 = System.nanoTime();
            List<Prediction> preds = ExtractionEval.predict(pages, extractor);
            double secs = (System.nanoTime() - t0) / 1e9;
            ShingleMetric.Result r = ExtractionEval.scoreScrapinghub(pages, preds, bootstrap, seed);
            writePredictions(preds, both ? suffixed(predOut, "scrapinghub") : predOut);
            if (perPage != null) {
                try (Writer w = Files.newBufferedWriter(both ? suffixed(perPage, "scrapinghub") : perPage, StandardCharsets.UTF_8)) {
                    ExtractionEval.writePerPage(pages, preds, w);
                }
            }
            out.printf(Locale.ROOT, "scrapinghub: %s%n", scrapinghub);
            out.printf(Locale.ROOT, "pages: %d (missing predictions scored empty: %d); extracted in %.1f s%n", r.pages(), r.missing(), secs);
            out.printf(Locale.ROOT, "%-10s %.3f ± %.3f%n", "precision", r.precision(), r.precisionStd());
            out.printf(Locale.ROOT, "%-10s %.3f ± %.3f%n", "recall", r.recall(), r.recallStd());
            out.printf(Locale.ROOT, "%-10s %.3f ± %.3f%n", "f1", r.f1(), r.f1Std());
            out.printf(Locale.ROOT, "%-10s %.3f ± %.3f%n", "accuracy", r.accuracy(), r.accuracyStd());
            if (trafilatura == null) {
                out.printf(Locale.ROOT, "%.4f%n", r.f1());
            }
        }
        if (trafilatura != null) {
            List<Page> pages = ExtractionSets.trafilatura(trafilatura, gold);
            long t0 = System.nanoTime();
            List<Prediction> preds = ExtractionEval.predict(pages, extractor);
            double secs = (System.nanoTime() - t0) / 1e9;
            SnippetMetric.Result r = ExtractionEval.scoreTrafilatura(pages, preds);
            writePredictions(preds, both ? suffixed(predOut, "trafilatura") : predOut);
            if (perPage != null) {
                try (Writer w = Files.newBufferedWriter(both ? suffixed(perPage, "trafilatura") : perPage, StandardCharsets.UTF_8)) {
                    ExtractionEval.writePerPageSnippets(pages, preds, w);
                }
            }
            if (scrapinghub != null) {
                out.println();
            }
            out.printf(Locale.ROOT, "trafilatura: %s%n", trafilatura);
            out.printf(Locale.ROOT, "pages: %d (without prediction: %d); extracted in %.1f s%n", r.pages(), r.missing(), secs);
            out.printf(Locale.ROOT, "segments: tp=%d fp=%d fn=%d tn=%d%n", r.tp(), r.fp(), r.fn(), r.tn());
            out.printf(Locale.ROOT, "%-10s %.3f%n", "precision", r.precision());
            out.printf(Locale.ROOT, "%-10s %.3f%n", "recall", r.recall());
            out.printf(Locale.ROOT, "%-10s %.3f%n", "f1", r.f1());
            out.printf(Locale.ROOT, "%-10s %.3f%n", "accuracy", r.accuracy());
            out.printf(Locale.ROOT, "%-10s exact match %.3f over %d gold values%n", "title", r.titleExact(), r.titleGold());
            out.printf(Locale.ROOT, "%-10s exact match %.3f over %d gold values%n", "author", r.authorExact(), r.authorGold());
            out.printf(Locale.ROOT, "%-10s exact match %.3f over %d gold values%n", "date", r.dateExact(), r.dateGold());
            out.printf(Locale.ROOT, "%.4f%n", r.f1());
        }
        return ExitCodes.OK;
    }

    private static void writePredictions(List<Prediction> preds, Path file) throws IOException {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Prediction p : preds) {
                w.write(p.toJsonLine());
                w.write('\n');
            }
        }
    }

    /** "preds.jsonl" with "scrapinghub" → "preds-scrapinghub.jsonl". */
    static Path suffixed(Path file, String set) {
        if (file == null) {
            return null;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + "-" + set + name.substring(dot) : name + "-" + set;
        return file.resolveSibling(renamed);
    }
}
