package org.herodotus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.herodotus.Herodotus;
import org.herodotus.eval.nlp.NlpBenchmark;
import org.herodotus.model.Article;
import org.herodotus.nlp.NlpStage;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code herodotus bench nlp}: the analyze path against plain CoreNLP (default English
 * annotators) and a Phoenix-style pipeline (constituency parser), on the same texts in one run.
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = {"Times `analyze` against plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse, default options)",
                "and a Phoenix-style pipeline (CoreNLP with the constituency parser) on the same texts, in one JVM."})
final class BenchNlpCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Articles (any input analyze reads).")
    Path corpus;

    @Option(names = "--articles", description = "Articles timed for analyze and plain CoreNLP (default: ${DEFAULT-VALUE}).")
    int articles = 300;

    @Option(names = "--phoenix-articles", description = "Articles timed for the Phoenix-style baseline (default: ${DEFAULT-VALUE}; 0: skip).")
    int phoenixArticles = 12;

    @Option(names = "--threads", description = "Worker threads for every pipeline (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", description = "Untimed articles before each timed run, so that each "
            + "pipeline is timed with its code compiled (default: ${DEFAULT-VALUE}).")
    int warmup = NlpBenchmark.DEFAULT_WARMUP;

    @Option(names = "--variants", description = "Also time annotator choices one by one on --variant-articles articles.")
    boolean variants;

    @Option(names = "--variant-articles", description = "Articles for --variants (default: ${DEFAULT-VALUE}).")
    int variantArticles = 60;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || phoenixArticles < 0 || warmup < 0) {
            System.err.printf("herodotus bench nlp: --articles must be at least 1, --phoenix-articles and --warmup at least 0"
                    + " (given %d, %d and %d)%n", articles, phoenixArticles, warmup);
            return ExitCodes.USAGE;
        }
        List<Article> all = new ArrayList<>();
        Herodotus.extract(List.of(corpus.toString()), a -> {
            // The corpus's own README files are not articles.
            if (a.ok() && !a.text().isBlank() && !a.id().toLowerCase(java.util.Locale.ROOT).startsWith("readme")) {
                all.add(a);
            }
        });
        List<Article> sample = spread(all, articles);
        List<String> texts = sample.stream().map(Article::text).toList();
        System.err.printf("bench nlp: %d of %d articles from %s, %d threads%n", sample.size(), all.size(), corpus, threads);
        Properties tokenizeOnly = new Properties();
        tokenizeOnly.setProperty("annotators", "tokenize,ssplit");
        Function<String, Long> counter = NlpBenchmark.coreNlp(tokenizeOnly);
        long[] tokens = texts.stream().mapToLong(counter::apply).toArray();
        NlpBenchmark bench = new NlpBenchmark(threads, warmup);

        Pipeline pipeline = Herodotus.pipeline();
        NlpBenchmark.Run ours = bench.time("herodotus analyze", sample, tokens, pipeline::analyze);
        NlpBenchmark.Run plain = bench.time("plain CoreNLP", texts, tokens, NlpBenchmark.coreNlp(NlpBenchmark.plainCoreNlp()));
        System.gc();

        List<NlpBenchmark.Run> runs = new ArrayList<>(List.of(ours, plain));
        NlpBenchmark.Run oursSmall = null;
        NlpBenchmark.Run phoenix = null;
        if (phoenixArticles > 0) {
            List<Article> small = spread(sample, phoenixArticles);
            List<String> smallTexts = small.stream().map(Article::text).toList();
            long[] smallTokens = smallTexts.stream().mapToLong(counter::apply).toArray();
            oursSmall = bench.time("herodotus analyze (Phoenix sample)", small, smallTokens, pipeline::analyze);
            phoenix = bench.time("Phoenix-style CoreNLP (parse)", smallTexts, smallTokens,
                    NlpBenchmark.coreNlp(NlpBenchmark.phoenixStyle()));
            runs.add(oursSmall);
            runs.add(phoenix);
        }

        System.out.printf("%-40s %8s %10s %12s %10s %9s%n", "pipeline", "articles", "articles/s", "tokens/s", "seconds", "peak heap");
        for (NlpBenchmark.Run r : runs) {
            print(r);
        }
        System.out.printf("ratio analyze / plain CoreNLP (%d articles): %.2fx%n", ours.texts(),
                ours.tokensPerSecond() / plain.tokensPerSecond());
        if (phoenix != null) {
            System.out.printf("ratio analyze / Phoenix-style (%d articles): %.2fx%n", oursSmall.texts(),
                    oursSmall.tokensPerSecond() / phoenix.tokensPerSecond());
        }
        if (variants) {
            variants(bench, sample, counter);
        }
        System.out.printf("%.3f%n", ours.tokensPerSecond() / plain.tokensPerSecond());
        return ExitCodes.OK;
    }

    private void variants(NlpBenchmark bench, List<Article> sample, Function<String, Long> counter) throws Exception {
        List<Article> some = spread(sample, variantArticles);
        List<String> texts = some.stream().map(Article::text).toList();
        long[] tokens = texts.stream().mapToLong(counter::apply).toArray();
        List<NlpBenchmark.Run> runs = new ArrayList<>();
        runs.add(bench.time("plain: tokenize..ner (3 CRFs, SUTime, fine-grained)", texts, tokens,
                NlpBenchmark.coreNlp(props("tokenize,ssplit,pos,lemma,ner"))));
        Properties noFine = props("tokenize,ssplit,pos,lemma,ner");
        noFine.setProperty("ner.applyFineGrained", "false");
        runs.add(bench.time("  ner without fine-grained", texts, tokens, NlpBenchmark.coreNlp(noFine)));
        Properties noSutime = new Properties();
        noSutime.putAll(noFine);
        noSutime.setProperty("ner.useSUTime", "false");
        noSutime.setProperty("ner.applyNumericClassifiers", "false");
        runs.add(bench.time("  ... and without SUTime/numeric", texts, tokens, NlpBenchmark.coreNlp(noSutime)));
        Properties oneModel = NlpStage.defaultProperties();
        runs.add(bench.time("  ... and one CRF model (3-class)", texts, tokens, NlpBenchmark.coreNlp(oneModel)));
        Properties noInvertible = NlpStage.defaultProperties();
        noInvertible.setProperty("tokenize.options", "invertible=false");
        runs.add(bench.time("  ... and tokenizer invertible=false", texts, tokens, NlpBenchmark.coreNlp(noInvertible)));
        runs.add(bench.time("plain: depparse alone on top", texts, tokens,
                NlpBenchmark.coreNlp(props("tokenize,ssplit,pos,lemma,ner,depparse"))));
        NlpStage all = new NlpStage(ParseFilter.ALL);
        runs.add(bench.time("nlp stage, every sentence parsed, dates", texts, tokens, t -> all.parse(t, null)));
        NlpStage none = new NlpStage(s -> false);
        runs.add(bench.time("nlp stage, no sentence parsed, dates", texts, tokens, t -> none.parse(t, null)));
        NlpStage half = new NlpStage(s -> s.index() % 2 == 0);
        runs.add(bench.time("nlp stage, every other sentence parsed", texts, tokens, t -> half.parse(t, null)));
        System.out.printf("%nannotator choices on %d articles%n", some.size());
        for (NlpBenchmark.Run r : runs) {
            print(r);
        }
    }

    private static Properties props(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        return p;
    }

    private static void print(NlpBenchmark.Run r) {
        System.out.printf("%-40s %8d %10.2f %12.0f %10.1f %8dM%n", r.name(), r.texts(), r.textsPerSecond(),
                r.tokensPerSecond(), r.seconds(), r.peakHeap() >> 20);
    }

    /** {@code n} items spread evenly over {@code all}, so every part of the corpus is represented. */
    static <T> List<T> spread(List<T> all, int n) {
        if (n >= all.size()) {
            return List.copyOf(all);
        }
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(all.get((int) ((long) i * all.size() / n)));
        }
        return out;
    }
}
