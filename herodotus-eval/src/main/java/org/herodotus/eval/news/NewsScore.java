package org.herodotus.eval.news;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.herodotus.eval.Counts;

/**
 * The news figures over a gold set, micro-averaged over items, and their two printed forms: the
 * reference scorer's text lines and its {@code --json} object, character for character.
 *
 * @param events          event types (multiset per item, negated events left out)
 * @param eventActors     (event, actor country) pairs
 * @param claimCues       claim cues (overlapping cue text)
 * @param attributions    responsibility, accusation and denial claims keyed by the attributed actor
 * @param places          places (surface text and country)
 * @param certaintyRight  matched attributions whose certainty is the gold one
 * @param certaintyCount  matched attributions
 * @param items           gold items
 * @param predictedItems  gold items that have a prediction
 */
public record NewsScore(Counts events, Counts eventActors, Counts claimCues, Counts attributions, Counts places,
                        int certaintyRight, int certaintyCount, int items, int predictedItems) {

    /** Certainty accuracy on matched attributions (0 when none matched). */
    public double certaintyAccuracy() {
        return certaintyCount == 0 ? 0.0 : (double) certaintyRight / certaintyCount;
    }

    /** The figures by the reference scorer's names, in its order. */
    public Map<String, Counts> figures() {
        Map<String, Counts> m = new LinkedHashMap<>();
        m.put("event_type", events);
        m.put("event_actor_country", eventActors);
        m.put("claim_cue", claimCues);
        m.put("attribution", attributions);
        m.put("place", places);
        return m;
    }

    /** The summary figure: the mean of the (rounded) event-type F1 and attribution F1, rounded. */
    public double summary() {
        return round3((round3(events.f1()) + round3(attributions.f1())) / 2);
    }

    /** The reference scorer's text output: one line per figure, then the summary. */
    public String report() {
        StringBuilder b = new StringBuilder();
        figures().forEach((name, c) -> b.append(name).append(" {'p': ").append(repr(c.precision()))
                .append(", 'r': ").append(repr(c.recall())).append(", 'f1': ").append(repr(c.f1())).append("}\n"));
        b.append("certainty_acc ").append(repr(certaintyAccuracy())).append('\n');
        b.append("items ").append(items).append('\n');
        b.append("predicted_items ").append(predictedItems).append('\n');
        b.append(repr(summary())).append('\n');
        return b.toString();
    }

    /** The reference scorer's {@code --json} output ({@code json.dumps(indent=1)}). */
    public String json() {
        StringBuilder b = new StringBuilder("{\n");
        figures().forEach((name, c) -> b.append(" \"").append(name).append("\": {\n")
                .append("  \"p\": ").append(repr(c.precision())).append(",\n")
                .append("  \"r\": ").append(repr(c.recall())).append(",\n")
                .append("  \"f1\": ").append(repr(c.f1())).append("\n },\n"));
        b.append(" \"certainty_acc\": ").append(repr(certaintyAccuracy())).append(",\n");
        b.append(" \"items\": ").append(items).append(",\n");
        b.append(" \"predicted_items\": ").append(predictedItems).append(",\n");
        b.append(" \"summary\": ").append(repr(summary())).append("\n}\n");
        return b.toString();
    }

    /**
     * Python's {@code round(x, 3)}: the double nearest the decimal that the exact binary value
     * rounds to, half to even.
     */
    static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Python's {@code repr(round(x, 3))}: the shortest decimal, with at least one fraction digit. */
    static String repr(double x) {
        String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
