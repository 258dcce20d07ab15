package org.herodotus.eval.events;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.herodotus.eval.Counts;

/**
 * Scores predicted events against gold sentences: per sentence, the set of PLOVER event types and
 * the set of (actor country, recipient country, event) triples, counted over all scored sentences
 * (micro P/R/F1). A sentence without a prediction counts as "nothing predicted".
 */
public final class EventScorer {

    private EventScorer() {
    }

    /** Scores {@code predictions} (by gold id) against {@code gold}. */
    public static EventScore score(List<GoldSentence> gold, Map<String, Prediction> predictions) {
        Map<String, Integer> unscored = new LinkedHashMap<>();
        Counts type = new Counts(0, 0, 0);
        Counts triple = new Counts(0, 0, 0);
        Map<String, Counts> perType = new TreeMap<>();
        int scored = 0;
        int missing = 0;
        int exact = 0;
        int tripleSentences = 0;
        Set<String> goldIds = new HashSet<>();
        for (GoldSentence g : gold) {
            goldIds.add(g.id());
            if (!g.scored()) {
                unscored.merge(g.reason(), 1, Integer::sum);
                continue;
            }
            scored++;
            Prediction p = predictions.get(g.id());
            if (p == null) {
                missing++;
                p = new Prediction(g.id(), List.of());
            }
            Set<String> pt = p.types();
            Set<String> gt = g.types();
            type = type.plus(count(gt, pt, true), count(pt, gt, false), count(gt, pt, false));
            if (gt.equals(pt)) {
                exact++;
            }
            Set<String> all = new TreeSet<>(gt);
            all.addAll(pt);
            for (String t : all) {
                boolean inG = gt.contains(t);
                boolean inP = pt.contains(t);
                Counts c = perType.getOrDefault(t, new Counts(0, 0, 0));
                perType.put(t, c.plus(inG && inP ? 1 : 0, inP && !inG ? 1 : 0, inG && !inP ? 1 : 0));
            }
            if (g.triples() != null) {
                tripleSentences++;
                Set<Triple> ptr = p.triples();
                triple = triple.plus(count(g.triples(), ptr, true), count(ptr, g.triples(), false),
                        count(g.triples(), ptr, false));
            }
        }
        int extra = 0;
        for (String id : predictions.keySet()) {
            if (!goldIds.contains(id)) {
                extra++;
            }
        }
        return new EventScore(gold.size(), scored, unscored, missing, extra, type,
                scored == 0 ? 0.0 : (double) exact / scored, tripleSentences, triple, perType);
    }

    /** Size of {@code a ∩ b} when {@code both}, else of {@code a \ b}. */
    private static <T> int count(Set<T> a, Set<T> b, boolean both) {
        int n = 0;
        for (T x : a) {
            if (b.contains(x) == both) {
                n++;
            }
        }
        return n;
    }
}
