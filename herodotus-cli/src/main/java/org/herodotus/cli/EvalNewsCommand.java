package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.Herodotus;
import org.herodotus.eval.news.NewsMisses;
import org.herodotus.eval.news.NewsScore;
import org.herodotus.eval.news.NewsScorer;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.source.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herodotus eval news}: the whole analysis scored on a news gold set, with the figures and
 * matching rules of the benchmark's score_news.py. The pipeline is the one {@code analyze} runs,
 * on each gold item's id and text; the Analysis JSON it would print is what gets scored.
 */
@Command(name = "news", mixinStandardHelpOptions = true,
        description = {"Scores the full analysis on a news gold set (JSON Lines with id, text, events,",
                "claims, places) as score_news.py does, and prints what it prints: event-type F1,",
                "(event, actor country) F1, claim cue F1, attribution F1, certainty accuracy,",
                "place F1, and last the mean of event-type and attribution F1. Runs the analyze",
                "pipeline on each item's id and text, or scores an analyze output (--pred)."})
final class EvalNewsCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "News gold set (JSON Lines, .gz accepted).")
    Path gold;

    @Option(names = "--pred", paramLabel = "FILE",
            description = "Score this analyze output (Analysis JSON Lines) instead of running the pipeline.")
    Path pred;

    @Option(names = "--pred-out", paramLabel = "FILE", description = "Write the Analysis JSON Lines that were scored.")
    Path predOut;

    @Option(names = "--misses", description = "Before the figures, list per item what was missed and what was spurious.")
    boolean misses;

    @Option(names = "--json", description = "Print the figures as score_news.py --json does.")
    boolean json;

    @Option(names = "--threads", description = "Worker threads sharing one pipeline (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    PipelineOptions pipelineOptions;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(gold)) {
            System.err.println("herodotus eval news: cannot read gold file " + gold);
            return ExitCodes.USAGE;
        }
        Map<String, JsonNode> goldItems = NewsScorer.load(gold);
        Map<String, JsonNode> predicted;
        List<String> lines = new ArrayList<>();
        if (pred != null) {
            if (!Files.isReadable(pred)) {
                System.err.println("herodotus eval news: cannot read prediction file " + pred);
                return ExitCodes.USAGE;
            }
            predicted = NewsScorer.load(pred);
        } else {
            long t0 = System.nanoTime();
            Pipeline pipeline;
            try {
                pipeline = pipelineOptions.load("herodotus eval news");
            } catch (IllegalArgumentException e) {
                System.err.println("herodotus eval news: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            long t1 = System.nanoTime();
            predicted = run(pipeline, goldItems, lines);
            long t2 = System.nanoTime();
            System.err.printf("herodotus eval news: pipeline loaded in %.1f s; %d items analysed in %.1f s (%d threads)%n",
                    (t1 - t0) / 1e9, goldItems.size(), (t2 - t1) / 1e9, Math.max(1, threads));
        }
        if (predOut != null) {
            write(predOut, pred != null ? predictionLines(predicted) : lines);
        }
        if (misses) {
            System.out.print(NewsMisses.report(goldItems, predicted));
        }
        NewsScore score = NewsScorer.score(goldItems, predicted);
        System.out.print(json ? score.json() : score.report());
        return ExitCodes.OK;
    }

    /** Analyses each gold item's id and text as analyze analyses a JSON Lines input; fills {@code lines} with the output. */
    private Map<String, JsonNode> run(Pipeline pipeline, Map<String, JsonNode> goldItems, List<String> lines)
            throws IOException {
        ArticleExtractor extractor = Herodotus.extractor();
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (OrderedParallel<SourceDocument, Analysis> parallel = new OrderedParallel<>(Math.max(1, threads),
                doc -> pipeline.analyze(extractor.extract(doc)), analysis -> {
                    analysis.errors().forEach(System.err::println);
                    lines.add(AnalysisJson.toLine(analysis));
                })) {
            for (Map.Entry<String, JsonNode> item : goldItems.entrySet()) {
                parallel.submit(source(item.getKey(), item.getValue()));
            }
        }
        for (String line : lines) {
            JsonNode node = AnalysisJson.mapper().readTree(line);
            out.put(NewsScorer.id(node), node);
        }
        return out;
    }

    /** The document analyze reads from a JSON Lines object with only an id and a text. */
    private SourceDocument source(String id, JsonNode item) {
        String where = gold + ": item " + id;
        JsonNode text = item.get("text");
        if (text == null || text.isNull()) {
            return SourceDocument.failed(id, where, null, where + ": object has no \"text\"");
        }
        return new SourceDocument(id, where, null, SourceDocument.Format.TEXT,
                text.asText().getBytes(StandardCharsets.UTF_8), "UTF-8", null, null, null);
    }

    private static List<String> predictionLines(Map<String, JsonNode> predicted) {
        return predicted.values().stream().map(AnalysisJson::toLine).toList();
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
    }
}
