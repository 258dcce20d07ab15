package org.herodotus.eval.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import org.herodotus.events.PloverCodebook;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Actor;
import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;

/**
 * Runs the pipeline over the sentences of event gold files and turns what it codes into
 * predictions the scorer compares with the gold. Only events that are said to have happened or to
 * be coming are predicted: negated, hypothetical and intended ones are left out, as an event data
 * set would leave them out. An event coming is predicted as PLOVER codes it (an announced attack
 * as THREATEN, promised aid as AGREE), since the gold files follow PLOVER; the analysis keeps its
 * own type, marked future. Measures the time each stage takes.
 */
public final class EventEvaluation {

    /** The modalities of events predicted. */
    static final Set<Modality> PREDICTED_MODALITIES = EnumSet.of(Modality.ASSERTED, Modality.FUTURE);

    private static final PloverCodebook CODEBOOK = PloverCodebook.builtin();

    private final Pipeline pipeline;
    private final int threads;

    /** An evaluation of {@code pipeline}, analysing with {@code threads} worker threads. */
    public EventEvaluation(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    /**
     * What the evaluation produced.
     *
     * @param predictions by gold id, in gold order
     * @param stageNanos  total time spent in each stage, by stage name, in pipeline order
     */
    public record Result(Map<String, Prediction> predictions, Map<String, Long> stageNanos) {
    }

    /** Analyses every gold sentence. */
    public Result run(List<GoldSentence> gold) {
        List<Stage> stages = pipeline.stages();
        AtomicLongArray nanos = new AtomicLongArray(stages.size());
        Map<String, Prediction> predictions = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Prediction>> futures = new ArrayList<>();
            for (GoldSentence g : gold) {
                futures.add(pool.submit(() -> predict(g, stages, nanos)));
            }
            for (Future<Prediction> f : futures) {
                Prediction p = f.get();
                predictions.put(p.id(), p);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("evaluation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            byStage.merge(stages.get(i).name(), nanos.get(i), Long::sum);
        }
        return new Result(predictions, byStage);
    }

    private static Prediction predict(GoldSentence g, List<Stage> stages, AtomicLongArray nanos) {
        Article article = new Article(g.id(), null, null, null, g.date(), "en", g.text(), List.of());
        Doc doc = Doc.of(article);
        for (int i = 0; i < stages.size(); i++) {
            long t0 = System.nanoTime();
            doc = stages.get(i).apply(doc);
            nanos.addAndGet(i, System.nanoTime() - t0);
        }
        return prediction(g.id(), doc.actors(), doc.events());
    }

    /** The prediction for one sentence from the actors and events the pipeline found. */
    static Prediction prediction(String id, List<Actor> actors, List<Event> events) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        List<PredictedEvent> out = new ArrayList<>();
        for (Event e : events) {
            if (e.negated() || !PREDICTED_MODALITIES.contains(e.modality())) {
                continue;
            }
            String type = e.event();
            String mode = e.mode();
            if (e.modality() == Modality.FUTURE) {
                // analyze keeps an announced action's own type and marks it future, as the news
                // guidelines do; PLOVER codes it as the promise or threat of it, and so does its gold
                PloverCodebook.Coding plover = CODEBOOK.announced(type, mode);
                type = plover.type();
                mode = plover.mode();
            }
            out.add(new PredictedEvent(type, countries(e.actors(), byId), countries(e.recipients(), byId),
                    mode, e.trigger().start(), e.trigger().end()));
        }
        return new Prediction(id, out);
    }

    /**
     * The countries of the actors {@code ids}; actors of unknown country count only when no actor's
     * country is known (a triple with an unknown side cannot be right when a known one is there).
     */
    private static List<String> countries(List<String> ids, Map<String, Actor> byId) {
        List<String> out = new ArrayList<>();
        boolean unknown = false;
        for (String id : ids) {
            Actor a = byId.get(id);
            if (a == null || a.country() == null) {
                unknown = true;
            } else if (!out.contains(a.country())) {
                out.add(a.country());
            }
        }
        if (out.isEmpty() && unknown) {
            out.add("");
        }
        return out;
    }

    /**
     * Writes predictions as the benchmark's Python scorer reads them: one JSON object per line,
     * {@code {"id", "events": [{"event", "actor_country": [...], "recipient_country": [...], …}]}}.
     */
    public static void writePredictions(Map<String, Prediction> predictions, Writer out) throws IOException {
        ObjectMapper json = AnalysisJson.mapper();
        for (Prediction p : predictions.values()) {
            ObjectNode line = json.createObjectNode();
            line.put("id", p.id());
            ArrayNode events = line.putArray("events");
            for (PredictedEvent e : p.events()) {
                ObjectNode o = events.addObject();
                o.put("event", e.event());
                ArrayNode a = o.putArray("actor_country");
                e.actorCountries().forEach(a::add);
                ArrayNode r = o.putArray("recipient_country");
                e.recipientCountries().forEach(r::add);
                o.put("mode", e.mode());
                o.put("start", e.start());
                o.put("end", e.end());
            }
            out.write(json.writeValueAsString(line));
            out.write('\n');
        }
    }
}
