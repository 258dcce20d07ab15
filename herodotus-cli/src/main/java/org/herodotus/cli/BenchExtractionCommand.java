package org.herodotus.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.herodotus.eval.extraction.ExtractionBenchmark;
import org.herodotus.eval.extraction.ExtractionBenchmark.Figure;
import org.herodotus.extract.ExtractionRules;
import org.herodotus.extract.Extractor;
import org.herodotus.extract.LanguageIdentifier;
import org.herodotus.model.Article;
import org.herodotus.source.SourceDocument;
import org.herodotus.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code herodotus bench extraction}: pages per second of the extractor on one thread, beside
 * jsoup parsing plus {@code text()} alone, measured in the same JVM in interleaved rounds.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Extraction throughput on one thread, beside a baseline (jsoup parse + text()), as a ratio.",
                "Pages are read into memory first; reading is not timed.",
                "--languages also compares Lingua's low- and high-accuracy modes (loads about 1 GB of models)."})
final class BenchExtractionCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Pages: files, directories (.html, .html.gz, .warc, .jsonl).")
    List<String> inputs;

    @Option(names = "--rounds", converter = OptionConverters.PositiveInt.class, description = "Timed rounds per variant (default: ${DEFAULT-VALUE}); the median is reported.")
    int rounds = 5;

    @Option(names = "--warmup", paramLabel = "SECONDS",
            description = "Least warm-up before timing (default: ${DEFAULT-VALUE}); it goes on until the JIT compiler is nearly idle, up to three times as long.")
    double warmupSeconds = 20;

    @Option(names = "--languages", description = "Also compare the language identifier as used with Lingua's high-accuracy mode.")
    boolean languages;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        List<SourceDocument> pages = new ArrayList<>();
        new Sources().read(inputs, doc -> {
            if (doc.error() == null) {
                pages.add(doc);
            }
        });
        if (pages.isEmpty()) {
            System.err.println("bench extraction: no readable pages in " + inputs);
            return ExitCodes.USAGE;
        }
        long bytes = pages.stream().mapToLong(p -> p.content().length).sum();
        out.printf(Locale.ROOT, "pages: %d (%.1f MB, mean %.0f KB); rounds: %d; one thread%n",
                pages.size(), bytes / 1e6, bytes / 1e3 / pages.size(), rounds);
        Extractor full = new Extractor();
        Extractor everyPage = new Extractor(ExtractionRules.defaults(), LanguageIdentifier.statisticalOnly());
        Extractor noLanguage = new Extractor(ExtractionRules.defaults(), null);
        Map<String, Function<SourceDocument, Object>> variants = new LinkedHashMap<>();
        variants.put("baseline: jsoup parse + text()", ExtractionBenchmark.jsoupBaseline());
        variants.put("herodotus extract", ExtractionBenchmark.extractor(full));
        variants.put("herodotus extract, Lingua on every page", ExtractionBenchmark.extractor(everyPage));
        variants.put("herodotus extract, no language id", ExtractionBenchmark.extractor(noLanguage));
        List<Figure> figures = ExtractionBenchmark.run(pages, variants, rounds, warmupSeconds,
                w -> out.printf(Locale.ROOT, "warm-up: %d rounds, %.0f s%s%n", w.rounds(), w.seconds(),
                        w.settled() ? "" : " (the JIT compiler was still busy: figures may be low)"));
        Figure base = figures.get(0);
        out.printf(Locale.ROOT, "%-40s %15s %6s   %14s %6s   %9s %6s   %8s %7s%n", "variant", "per process-cpu", "ratio",
                "per thread-cpu", "ratio", "pages/s", "ratio", "jit ms", "gc ms");
        boolean tooShort = false;
        for (Figure f : figures) {
            out.printf(Locale.ROOT, "%-40s %15s %6s   %14s %6s   %9s %6s   %8.0f %7.0f%n", f.name(),
                    rate(f.pagesPerCpuSecond()), ratio(f.pagesPerCpuSecond() / base.pagesPerCpuSecond()),
                    rate(f.pagesPerThreadCpuSecond()), ratio(f.pagesPerThreadCpuSecond() / base.pagesPerThreadCpuSecond()),
                    rate(f.pagesPerSecond()), ratio(f.pagesPerSecond() / base.pagesPerSecond()),
                    f.compileMillisPerRound(), f.gcMillisPerRound());
            tooShort |= Double.isNaN(f.pagesPerCpuSecond()) || Double.isNaN(f.pagesPerThreadCpuSecond())
                    || Double.isNaN(f.pagesPerSecond());
        }
        if (tooShort) {
            out.printf(Locale.ROOT, "too short: a round took too little time on that clock to measure a rate (the process"
                    + " CPU clock needs %.0f ms); give more pages.%n", ExtractionBenchmark.MIN_MEASURED_SECONDS * 1000);
        }
        out.println("per process-cpu: pages per CPU-second of the whole process (all threads: GC, JIT, helpers),"
                + " the one-core throughput. per thread-cpu: the extracting thread alone. pages/s: wall time,"
                + " one extracting thread (depends on machine load). jit ms, gc ms: per timed round.");
        if (languages) {
            List<String> texts = new ArrayList<>();
            List<String> declared = new ArrayList<>();
            for (SourceDocument p : pages) {
                Article a = noLanguage.extract(p);
                if (!a.text().isBlank()) {
                    texts.add(a.text());
                    declared.add(a.language());
                }
            }
            long t0 = System.nanoTime();
            LanguageIdentifier accurate = new LanguageIdentifier(java.util.List.of(), false, 3000, false);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            var c = ExtractionBenchmark.compareLanguages(texts, declared, LanguageIdentifier.shared(), accurate);
            out.printf(Locale.ROOT, "%nlanguage identification on %d article bodies:%n", c.texts());
            out.printf(Locale.ROOT, "  used (the language whose function words stand out, else low accuracy, %d languages, first %d characters): %.2f ms/text; agrees with <html lang> on %d of %d pages that declare one%n",
                    LanguageIdentifier.configured().size(), LanguageIdentifier.SAMPLE_CHARS,
                    c.fastMillisPerText(), c.fastAgreesWithDeclared(), c.declared());
            out.printf(Locale.ROOT, "  reference (high accuracy, all 75 languages, first 3000 characters): %.2f ms/text; agrees with <html lang> on %d of %d; models loaded in %.1f s%n",
                    c.accurateMillisPerText(), c.accurateAgreesWithDeclared(), c.declared(), loadSeconds);
            out.printf(Locale.ROOT, "  the two modes agree on %d of %d texts (%.1f%%)%n", c.agree(), c.texts(),
                    100.0 * c.agree() / Math.max(1, c.texts()));
        }
        return ExitCodes.OK;
    }

    /** A rate, or "too short" when too little time was measured for it. */
    static String rate(double value) {
        return Double.isNaN(value) ? "too short" : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A ratio of two rates, or "-" when either could not be measured. */
    static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
