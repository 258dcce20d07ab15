package org.herodotus.eval.events;

import java.util.Locale;
import java.util.Map;
import org.herodotus.eval.Counts;

/**
 * Event coding scores on one gold file, micro-averaged over the scored sentences: event types
 * per sentence, and (actor country, recipient country, event) triples per sentence.
 *
 * @param sentences       units in the gold file
 * @param scored          units that take part in the scores
 * @param unscored        why the others do not, with counts
 * @param missing         scored units without a prediction
 * @param extraIds        prediction ids not in the gold
 * @param type            event-type counts
 * @param sentenceExact   share of scored units whose predicted type set equals the gold one
 * @param tripleSentences units whose gold names actors (the triple measure counts only these)
 * @param triple          triple counts
 * @param perType         counts per event type
 */
public record EventScore(int sentences, int scored, Map<String, Integer> unscored, int missing, int extraIds,
                         Counts type, double sentenceExact, int tripleSentences, Counts triple,
                         Map<String, Counts> perType) {

    private String reasons() {
        StringBuilder sb = new StringBuilder("{");
        unscored.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('\'').append(k).append("': ").append(v));
        return sb.append('}').toString();
    }

    /** The figures as text, laid out like the benchmark's Python scorer. */
    public String report(String goldName) {
        StringBuilder sb = new StringBuilder();
        sb.append("gold: ").append(goldName).append('\n');
        sb.append(String.format(Locale.ROOT,
                "sentences: %d, scored: %d, unscored: %s, scored without prediction: %d, prediction ids not in gold: %d%n",
                sentences, scored, unscored.isEmpty() ? "none" : reasons(), missing, extraIds));
        sb.append(String.format(Locale.ROOT, "event type   P %.3f  R %.3f  F1 %.3f   (tp/fp/fn %d/%d/%d)%n",
                type.precision(), type.recall(), type.f1(), type.tp(), type.fp(), type.fn()));
        sb.append(String.format(Locale.ROOT, "sentence exact event-type set match: %.3f%n", sentenceExact));
        if (tripleSentences > 0) {
            sb.append(String.format(Locale.ROOT,
                    "triples      P %.3f  R %.3f  F1 %.3f   (tp/fp/fn %d/%d/%d, over %d sentences with actor gold)%n",
                    triple.precision(), triple.recall(), triple.f1(), triple.tp(), triple.fp(), triple.fn(),
                    tripleSentences));
        } else {
            sb.append("triples      n/a (gold has no actor codes)\n");
        }
        perType.forEach((t, c) -> sb.append(String.format(Locale.ROOT, "  %-10s tp %4d fp %4d fn %4d  F1 %.3f%n",
                t, c.tp(), c.fp(), c.fn(), c.f1())));
        return sb.toString();
    }
}
