package org.herodotus.eval.news;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.eval.Counts;
import org.herodotus.eval.JsonLines;

/**
 * Scores Analysis JSON (what {@code herodotus analyze} prints) against a news gold set with the
 * reference scorer's rules, so both give the same figures on the same files:
 *
 * <ul>
 *   <li>event type: the types of the non-negated gold and predicted events of an item, matched as
 *   multisets;</li>
 *   <li>(event, actor country): a gold event with an actor country against every country of a
 *   predicted event's actors (negated predicted events included, as the reference does);</li>
 *   <li>claim cue: each gold claim, in order, takes the first free predicted claim whose cue text
 *   (lower case) contains or is contained in the gold cue;</li>
 *   <li>attribution: gold responsibility, accusation and denial claims keyed by the attributed
 *   country, else the attributed name in lower case, against predicted claims keyed by their
 *   attributed actor's country, else its name; keys match when equal or, for keys longer than
 *   three characters, when one contains the other; certainty accuracy is counted on these
 *   matches;</li>
 *   <li>place: (surface text in lower case, country) pairs matched as multisets.</li>
 * </ul>
 */
public final class NewsScorer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsScorer() {
    }

    /**
     * Reads a gold or prediction file as the reference scorer does: every line that starts with
     * "{" and parses is an item, keyed by its id as text ("None" without one); other lines are
     * skipped; a later item with the same id replaces the earlier one.
     */
    public static Map<String, JsonNode> load(Path path) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader r = JsonLines.open(path)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.startsWith("{")) {
                    continue;
                }
                JsonNode d;
                try {
                    d = JSON.readTree(line);
                } catch (IOException e) {
                    continue;
                }
                if (d != null && d.isObject()) {
                    out.put(id(d), d);
                }
            }
        }
        return out;
    }

    /** {@code str(d.get("id"))}: an item's id as the reference scorer keys it. */
    public static String id(JsonNode d) {
        JsonNode v = d.get("id");
        if (v == null || v.isNull()) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }

    /**
     * Scores the predictions against the gold items.
     *
     * @param gold gold items by id
     * @param pred Analysis objects by id (an item without one counts as an empty prediction)
     */
    public static NewsScore score(Map<String, JsonNode> gold, Map<String, JsonNode> pred) {
        Counts ev = Counts.ZERO;
        Counts ea = Counts.ZERO;
        Counts cue = Counts.ZERO;
        Counts at = Counts.ZERO;
        Counts pl = Counts.ZERO;
        int certRight = 0;
        int certCount = 0;
        int predicted = 0;
        for (Map.Entry<String, JsonNode> g : gold.entrySet()) {
            JsonNode p = pred.get(g.getKey());
            if (p != null) {
                predicted++;
            }
            NewsItem item = new NewsItem(g.getKey(), g.getValue(), p);
            ev = ev.plus(multiset(item.goldEvents.stream().map(NewsItem.Event::type).toList(),
                    item.predEvents.stream().map(NewsItem.Event::type).toList()));
            ea = ea.plus(multiset(item.goldActorEvents, item.predActorEvents));
            int[] cues = matchCues(item.goldCues, item.predCues);
            int cueTp = matched(cues);
            cue = cue.plus(new Counts(cueTp, item.predCues.size() - cueTp, item.goldCues.size() - cueTp));
            int[] atts = matchAttributions(item.goldAttributions, item.predAttributions);
            int atTp = matched(atts);
            at = at.plus(new Counts(atTp, item.predAttributions.size() - atTp, item.goldAttributions.size() - atTp));
            for (int i = 0; i < atts.length; i++) {
                if (atts[i] >= 0) {
                    certCount++;
                    if (NewsItem.same(item.predAttributions.get(atts[i]).certainty(), item.goldAttributions.get(i).certainty())) {
                        certRight++;
                    }
                }
            }
            pl = pl.plus(multiset(item.goldPlaces, item.predPlaces));
        }
        return new NewsScore(ev, ea, cue, at, pl, certRight, certCount, gold.size(), predicted);
    }

    /** Multiset counts: true positives are the common elements, the rest are fp (predicted) and fn (gold). */
    static <T> Counts multiset(List<T> gold, List<T> pred) {
        Map<T, Integer> g = counts(gold);
        Map<T, Integer> p = counts(pred);
        int tp = 0;
        for (Map.Entry<T, Integer> e : g.entrySet()) {
            tp += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        return new Counts(tp, pred.size() - tp, gold.size() - tp);
    }

    static <T> Map<T, Integer> counts(List<T> xs) {
        Map<T, Integer> m = new HashMap<>();
        for (T x : xs) {
            m.merge(x, 1, Integer::sum);
        }
        return m;
    }

    /**
     * The predicted cue each gold cue takes (index, or -1): gold cues in order, each taking the
     * first free non-empty predicted cue that contains it or that it contains.
     */
    static int[] matchCues(List<String> gold, List<String> pred) {
        int[] out = new int[gold.size()];
        boolean[] used = new boolean[pred.size()];
        for (int i = 0; i < gold.size(); i++) {
            out[i] = -1;
            String g = gold.get(i);
            for (int j = 0; j < pred.size(); j++) {
                String p = pred.get(j);
                if (!used[j] && !p.isEmpty() && !g.isEmpty() && (g.contains(p) || p.contains(g))) {
                    used[j] = true;
                    out[i] = j;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The predicted attribution each gold attribution takes (index, or -1): gold attributions in
     * order, each taking the first free predicted one whose key equals its key or, when the gold
     * key is text longer than three characters, contains it or is contained in it.
     */
    static int[] matchAttributions(List<NewsItem.Attribution> gold, List<NewsItem.Attribution> pred) {
        int[] out = new int[gold.size()];
        boolean[] used = new boolean[pred.size()];
        for (int i = 0; i < gold.size(); i++) {
            out[i] = -1;
            Object key = gold.get(i).key();
            for (int j = 0; j < pred.size(); j++) {
                if (used[j]) {
                    continue;
                }
                Object pk = pred.get(j).key();
                if (NewsItem.same(pk, key) || (key instanceof String k && Py.len(k) > 3 && pk instanceof String ps
                        && (ps.contains(k) || k.contains(ps)))) {
                    used[j] = true;
                    out[i] = j;
                    break;
                }
            }
        }
        return out;
    }

    private static int matched(int[] match) {
        int n = 0;
        for (int m : match) {
            if (m >= 0) {
                n++;
            }
        }
        return n;
    }
}
