package org.herodotus.eval.news;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the news scorer counted against each item, for reading rather than scoring: events missed
 * and spurious by type (with their triggers), (event, actor country) pairs, claim cues,
 * attributions (and certainties that differ on matched ones) and places. Items with nothing to
 * report are left out.
 */
public final class NewsMisses {

    private NewsMisses() {
    }

    /** The report over all gold items, in gold order; empty when every item scored perfectly. */
    public static String report(Map<String, JsonNode> gold, Map<String, JsonNode> pred) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, JsonNode> g : gold.entrySet()) {
            List<String> lines = item(new NewsItem(g.getKey(), g.getValue(), pred.get(g.getKey())));
            if (!lines.isEmpty()) {
                b.append("== ").append(g.getKey()).append(pred.containsKey(g.getKey()) ? "" : " (no prediction)").append('\n');
                lines.forEach(l -> b.append("  ").append(l).append('\n'));
            }
        }
        return b.toString();
    }

    /** The lines of one item. */
    static List<String> item(NewsItem item) {
        List<String> out = new ArrayList<>();
        events(item, out);
        pairs("actor countries", item.goldActorEvents, item.predActorEvents, out);
        cues(item, out);
        attributions(item, out);
        pairs("places", item.goldPlaces, item.predPlaces, out);
        return out;
    }

    /** Per event type whose gold and predicted counts differ: the difference and every trigger of that type. */
    private static void events(NewsItem item, List<String> out) {
        Map<String, List<String>> gold = byType(item.goldEvents);
        Map<String, List<String>> pred = byType(item.predEvents);
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        TreeMap<String, Boolean> types = new TreeMap<>();
        gold.keySet().forEach(t -> types.put(t, true));
        pred.keySet().forEach(t -> types.put(t, true));
        for (String t : types.keySet()) {
            List<String> g = gold.getOrDefault(t, List.of());
            List<String> p = pred.getOrDefault(t, List.of());
            if (g.size() > p.size()) {
                missed.add(t + " x" + (g.size() - p.size()) + " (gold " + quoted(g) + (p.isEmpty() ? "" : "; predicted " + quoted(p)) + ")");
            } else if (p.size() > g.size()) {
                spurious.add(t + " x" + (p.size() - g.size()) + " (predicted " + quoted(p) + (g.isEmpty() ? "" : "; gold " + quoted(g)) + ")");
            }
        }
        if (!missed.isEmpty()) {
            out.add("events missed: " + String.join("; ", missed));
        }
        if (!spurious.isEmpty()) {
            out.add("events spurious: " + String.join("; ", spurious));
        }
    }

    private static Map<String, List<String>> byType(List<NewsItem.Event> events) {
        Map<String, List<String>> m = new TreeMap<>();
        for (NewsItem.Event e : events) {
            m.computeIfAbsent(String.valueOf(e.type()), k -> new ArrayList<>()).add(e.trigger());
        }
        return m;
    }

    /** Multiset differences of pairs, both ways. */
    private static void pairs(String what, List<List<Object>> gold, List<List<Object>> pred, List<String> out) {
        List<String> missed = difference(gold, pred);
        List<String> spurious = difference(pred, gold);
        if (!missed.isEmpty()) {
            out.add(what + " missed: " + grouped(missed));
        }
        if (!spurious.isEmpty()) {
            out.add(what + " spurious: " + grouped(spurious));
        }
    }

    /** The elements of {@code a} left after taking away those of {@code b} (with multiplicity), as text. */
    private static List<String> difference(List<List<Object>> a, List<List<Object>> b) {
        Map<List<Object>, Integer> left = NewsScorer.counts(b);
        List<String> out = new ArrayList<>();
        for (List<Object> x : a) {
            int n = left.getOrDefault(x, 0);
            if (n > 0) {
                left.put(x, n - 1);
            } else {
                out.add(x.stream().map(v -> v instanceof String s ? "\"" + s + "\"" : String.valueOf(v))
                        .collect(Collectors.joining("/")));
            }
        }
        return out;
    }

    private static void cues(NewsItem item, List<String> out) {
        int[] match = NewsScorer.matchCues(item.goldCues, item.predCues);
        boolean[] used = new boolean[item.predCues.size()];
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                used[match[i]] = true;
            } else {
                missed.add(item.goldCues.get(i));
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                spurious.add(item.predCues.get(j).isEmpty() ? "(no cue)" : item.predCues.get(j));
            }
        }
        if (!missed.isEmpty()) {
            out.add("claim cues missed: " + grouped(quote(missed)));
        }
        if (!spurious.isEmpty()) {
            out.add("claim cues spurious: " + grouped(quote(spurious)));
        }
    }

    private static void attributions(NewsItem item, List<String> out) {
        int[] match = NewsScorer.matchAttributions(item.goldAttributions, item.predAttributions);
        boolean[] used = new boolean[item.predAttributions.size()];
        List<String> missed = new ArrayList<>();
        List<String> certainty = new ArrayList<>();
        for (int i = 0; i < match.length; i++) {
            NewsItem.Attribution g = item.goldAttributions.get(i);
            if (match[i] >= 0) {
                used[match[i]] = true;
                NewsItem.Attribution p = item.predAttributions.get(match[i]);
                if (!NewsItem.same(g.certainty(), p.certainty())) {
                    certainty.add(g.label() + ": gold " + g.certainty() + ", predicted " + p.certainty());
                }
            } else {
                missed.add(g.label() + " " + g.certainty());
            }
        }
        List<String> spurious = new ArrayList<>();
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                NewsItem.Attribution p = item.predAttributions.get(j);
                spurious.add(p.label() + " " + p.certainty());
            }
        }
        if (!missed.isEmpty()) {
            out.add("attributions missed: " + String.join("; ", missed));
        }
        if (!spurious.isEmpty()) {
            out.add("attributions spurious: " + String.join("; ", spurious));
        }
        if (!certainty.isEmpty()) {
            out.add("certainty differs: " + String.join("; ", certainty));
        }
    }

    /** Entries in order of first appearance, a repeated one once with its count ("said" x3). */
    private static String grouped(List<String> xs) {
        Map<String, Integer> n = new LinkedHashMap<>();
        xs.forEach(x -> n.merge(x, 1, Integer::sum));
        return n.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static List<String> quote(List<String> xs) {
        return xs.stream().map(x -> "\"" + x + "\"").toList();
    }

    private static String quoted(List<String> xs) {
        return xs.stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(", "));
    }
}
