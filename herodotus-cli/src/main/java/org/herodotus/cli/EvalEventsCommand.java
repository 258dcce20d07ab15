package org.herodotus.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.PipelineConfig;
import org.herodotus.eval.events.EventEvaluation;
import org.herodotus.eval.events.EventGold;
import org.herodotus.eval.events.EventPredictions;
import org.herodotus.eval.events.EventScore;
import org.herodotus.eval.events.EventScorer;
import org.herodotus.eval.events.GoldSentence;
import org.herodotus.eval.events.Prediction;
import org.herodotus.events.CameoMapping;
import org.herodotus.events.CameoVerbDictionary;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code herodotus eval events}: PLOVER event coding scored on event gold files. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Scores PLOVER event coding on event gold files (JSON Lines): PLOVER records, or",
                "CAMEO-coded sentences such as the PETRARCH unit tests. Prints event-type and",
                "(actor country, recipient country, event) triple precision, recall and F1, and the",
                "time the events stage takes beside the nlp stage."})
final class EvalEventsCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "Gold file (JSON Lines, .gz accepted); repeat for several.")
    List<Path> gold;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "CAMEO-to-PLOVER table (CODE: TYPE, … lines) for CAMEO-coded gold; default: the cue-category table built in.")
    Path mapping;

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "Code with this CAMEO/PETRARCH verb dictionary instead of the trigger lexicon (PETRARCH-compatible coding; codes map with --mapping).")
    Path verbs;

    @Option(names = "--discards", paramLabel = "FILE",
            description = "CAMEO/PETRARCH discard list used with --verbs: phrases that make a sentence (or story, '+') uncodable.")
    Path discards;

    /** The former name of {@code --triggers}, kept so that existing scripts run. */
    @Option(names = "--lexicon", paramLabel = "FILE", hidden = true)
    List<Path> lexicons = new java.util.ArrayList<>();

    @Option(names = "--pred-out", paramLabel = "FILE",
            description = "Write the predictions as JSON Lines the benchmark's Python scorer reads.")
    Path predOut;

    @Option(names = "--pred", paramLabel = "FILE",
            description = "Score this prediction file (the benchmark's format) instead of running the pipeline.")
    Path pred;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        CameoMapping cameo = mapping == null ? CameoMapping.builtin() : CameoMapping.load(mapping);
        Map<Path, List<GoldSentence>> sets = new LinkedHashMap<>();
        for (Path g : gold) {
            if (!Files.isReadable(g)) {
                System.err.println("herodotus eval events: cannot read gold file " + g);
                return ExitCodes.USAGE;
            }
            try {
                sets.put(g, EventGold.read(g, cameo));
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("herodotus eval events: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        if (pred != null) {
            Map<String, Prediction> predictions;
            try {
                predictions = EventPredictions.read(pred);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("herodotus eval events: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            for (Map.Entry<Path, List<GoldSentence>> set : sets.entrySet()) {
                System.out.print(EventScorer.score(set.getValue(), predictions).report(set.getKey().toString()));
                System.out.println();
            }
            return ExitCodes.OK;
        }
        PipelineConfig config;
        try {
            pipelineOptions.triggers.addAll(lexicons);
            config = pipelineOptions.config();
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus eval events: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CameoVerbDictionary cameoVerbs = null;
        if (verbs != null) {
            try {
                cameoVerbs = CameoVerbDictionary.read(verbs, discards, cameo);
            } catch (IOException e) {
                System.err.println("herodotus eval events: cannot read " + verbs + ": " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        // the pipeline analyze runs, as far as the events stage
        PipelineConfig upToEvents = config.withCameoVerbs(cameoVerbs).upTo("events");
        Pipeline pipeline = ModelLoading.announce("herodotus eval events", upToEvents::build);
        EventEvaluation evaluation = new EventEvaluation(pipeline, threads);

        Map<String, Prediction> all = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (Map.Entry<Path, List<GoldSentence>> set : sets.entrySet()) {
            EventEvaluation.Result result = evaluation.run(set.getValue());
            all.putAll(result.predictions());
            result.stageNanos().forEach((k, v) -> nanos.merge(k, v, Long::sum));
            EventScore score = EventScorer.score(set.getValue(), result.predictions());
            System.out.print(score.report(set.getKey().toString()));
            System.out.println();
        }
        long nlp = nanos.getOrDefault("nlp", 0L);
        long coding = nanos.getOrDefault("events", 0L);
        System.out.printf(Locale.ROOT, "time: nlp %.1f s, events %.2f s (%.1f %% of nlp)%n", nlp / 1e9, coding / 1e9,
                nlp == 0 ? 0.0 : 100.0 * coding / nlp);
        if (predOut != null) {
            Path parent = predOut.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(predOut, StandardCharsets.UTF_8)) {
                EventEvaluation.writePredictions(all, w);
            }
            System.out.println("predictions: " + predOut);
        }
        return ExitCodes.OK;
    }
}
