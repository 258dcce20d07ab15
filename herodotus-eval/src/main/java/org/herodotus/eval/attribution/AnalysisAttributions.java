package org.herodotus.eval.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.eval.attribution.AttributionScorer.Fragment;
import org.herodotus.eval.attribution.AttributionScorer.Relation;

/**
 * The attributions an Analysis JSON object reports, as PolNeAR relations: every item of
 * {@code claims} and of {@code quotes} is one relation, its {@code source} span (none when the
 * source is unnamed), its {@code cue} and its {@code content}. The Analysis offsets point into the
 * analysed {@code text}, which may differ from the gold text a little (a headline set off by a blank
 * line, spaces at line ends dropped); they are carried over to the gold text by {@link TextAlignment}.
 */
public final class AnalysisAttributions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisAttributions() {
    }

    /** The relations {@code analysis} reports, in offsets of {@code goldText}. */
    public static List<Relation> relations(JsonNode analysis, String goldText) {
        TextAlignment align = TextAlignment.of(analysis.path("text").asText(""), goldText);
        List<Relation> out = new ArrayList<>();
        for (String array : List.of("claims", "quotes")) {
            for (JsonNode item : analysis.path(array)) {
                out.add(new Relation(span(item.get("source"), align), span(item.get("cue"), align),
                        span(item.get("content"), align)));
            }
        }
        return out;
    }

    /** {@code {"start", "end"}} as one fragment of the gold text; none when absent or without a start. */
    private static List<Fragment> span(JsonNode span, TextAlignment align) {
        if (span == null || !span.hasNonNull("start") || !span.hasNonNull("end")) {
            return List.of();
        }
        int start = align.start(span.get("start").asInt());
        int end = align.end(span.get("end").asInt());
        return start < end ? List.of(new Fragment(start, end)) : List.of();
    }

    /** One line of the reference scorer's prediction format: offsets in code points of {@code goldText}. */
    public static String predictionLine(String id, List<Relation> relations, String goldText) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("id", id);
        ArrayNode arr = line.putArray("attributions");
        for (Relation r : relations) {
            ObjectNode o = arr.addObject();
            put(o, "source", r.source(), goldText);
            put(o, "cue", r.cue(), goldText);
            put(o, "content", r.content(), goldText);
        }
        return line.toString();
    }

    private static void put(ObjectNode o, String role, List<Fragment> fragments, String text) {
        ArrayNode arr = o.putArray(role);
        for (Fragment f : fragments) {
            arr.addArray().add(PolnearGold.toCodePoint(text, f.start())).add(PolnearGold.toCodePoint(text, f.end()));
        }
    }
}
