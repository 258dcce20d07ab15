package org.herodotus.eval.events;

import org.herodotus.eval.JsonLines;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads prediction files in the benchmark's format, so that predictions made by any tool can be
 * scored: one object per gold sentence, {@code {"id", "events": [{"event", "actor_country",
 * "recipient_country"}]}}, where a country field is a string, a list of strings, null, or a PLOVER
 * list of {@code {"country"}} or {@code {"code"}} objects under {@code actor} / {@code recipient}.
 */
public final class EventPredictions {

    private EventPredictions() {
    }

    /**
     * Reads a prediction file; a later line with the same id replaces an earlier one.
     *
     * @throws IllegalArgumentException naming file and line of a line that is not JSON or has no id
     */
    public static Map<String, Prediction> read(Path file) throws IOException {
        Map<String, Prediction> out = new LinkedHashMap<>();
        for (JsonLines.Line line : JsonLines.read(file)) {
            JsonNode rec = line.json();
            if (!rec.has("id")) {
                throw new IllegalArgumentException(JsonLines.where(file, line.number()) + ": prediction line without \"id\"");
            }
            List<PredictedEvent> events = new ArrayList<>();
            for (JsonNode e : rec.path("events")) {
                JsonNode actor = e.has("actor_country") ? e.get("actor_country") : e.get("actor");
                JsonNode recipient = e.has("recipient_country") ? e.get("recipient_country") : e.get("recipient");
                events.add(new PredictedEvent(e.path("event").asText(""), codes(actor), codes(recipient),
                        null, e.path("start").asInt(0), e.path("end").asInt(0)));
            }
            String id = rec.get("id").asText();
            out.put(id, new Prediction(id, events));
        }
        return out;
    }

    private static List<String> codes(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isEmpty())) {
            return out;
        }
        if (v.isTextual() || v.isObject()) {
            out.add(code(v));
            return out;
        }
        for (JsonNode x : v) {
            out.add(code(x));
        }
        return out;
    }

    private static String code(JsonNode v) {
        if (v.isObject()) {
            String c = v.path("country").asText("");
            return c.isEmpty() ? v.path("code").asText("") : c;
        }
        return v.asText("");
    }
}
