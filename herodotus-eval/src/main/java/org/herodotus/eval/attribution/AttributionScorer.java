package org.herodotus.eval.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PolNeAR attribution metrics, as defined by the benchmark's reference scorer: per role (source,
 * cue, content) exact-span and token-overlap precision, recall and F1, micro-averaged over
 * documents, plus relation-level exact match.
 *
 * <ul>
 *   <li>Exact span: a role instance is the sorted list of its fragments after trimming white
 *   space; predicted and gold instances of a document are matched as multisets.</li>
 *   <li>Token overlap: the text is split into {@code \w+|[^\w\s]} tokens; a token carries a
 *   role when it overlaps any fragment of that role; labels (token, role) are compared as sets.</li>
 *   <li>Relation exact: all three roles equal, compared as multisets; relations with neither cue
 *   nor content are ignored.</li>
 * </ul>
 */
public final class AttributionScorer {

    /** The three roles, in report order. */
    public static final List<String> ROLES = List.of("source", "cue", "content");

    /**
     * Python's {@code \w+|[^\w\s]} on str: a word character is a letter, a number (any numeric
     * category, such as "½") or "_", and white space includes the separators U+001C–U+001F.
     */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\p{L}\\p{N}_\\s\\x1c-\\x1f]",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** One fragment {@code [start, end)} of a role. */
    public record Fragment(int start, int end) implements Comparable<Fragment> {
        @Override
        public int compareTo(Fragment o) {
            return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
        }
    }

    /** One attribution relation: fragments per role (a role may be empty). */
    public record Relation(List<Fragment> source, List<Fragment> cue, List<Fragment> content) {
        public Relation {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
        }

        List<Fragment> role(int r) {
            return r == 0 ? source : r == 1 ? cue : content;
        }
    }

    /** True positives, false positives and false negatives, with P/R/F1 derived from them. */
    public record Counts(int tp, int fp, int fn) {
        /** Matched over predicted (0 when nothing predicted). */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** Matched over gold (0 when no gold). */
        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** Harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /**
     * The scores over a set of documents.
     *
     * @param exact    exact-span counts per role (source, cue, content)
     * @param token    token-overlap counts per role
     * @param relation relation-level exact counts
     * @param documents number of gold documents
     */
    public record Result(List<Counts> exact, List<Counts> token, Counts relation, int documents) {
        /** Mean exact-span F1 of the three roles: the benchmark's summary figure. */
        public double summary() {
            return (exact.get(0).f1() + exact.get(1).f1() + exact.get(2).f1()) / 3;
        }
    }

    private final List<Counts> exact = new ArrayList<>(List.of(zero(), zero(), zero()));
    private final List<Counts> token = new ArrayList<>(List.of(zero(), zero(), zero()));
    private Counts relation = zero();
    private int documents;

    private static Counts zero() {
        return new Counts(0, 0, 0);
    }

    /** Adds one document: its text, gold relations and predicted relations. */
    public synchronized void add(String text, List<Relation> gold, List<Relation> predicted) {
        documents++;
        List<Map<List<Fragment>, Integer>> g = new ArrayList<>();
        List<Map<List<Fragment>, Integer>> p = new ArrayList<>();
        Map<List<List<Fragment>>, Integer> gRel = new HashMap<>();
        Map<List<List<Fragment>>, Integer> pRel = new HashMap<>();
        units(text, gold, g, gRel);
        units(text, predicted, p, pRel);
        for (int r = 0; r < 3; r++) {
            exact.set(r, exact.get(r).plus(compare(g.get(r), p.get(r))));
        }
        relation = relation.plus(compare(gRel, pRel));
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        for (int r = 0; r < 3; r++) {
            Set<Integer> gl = labels(tokens, g.get(r).keySet());
            Set<Integer> pl = labels(tokens, p.get(r).keySet());
            int tp = 0;
            for (Integer x : pl) {
                if (gl.contains(x)) {
                    tp++;
                }
            }
            token.set(r, token.get(r).plus(new Counts(tp, pl.size() - tp, gl.size() - tp)));
        }
    }

    /** The scores of every document added so far. */
    public synchronized Result result() {
        return new Result(List.copyOf(exact), List.copyOf(token), relation, documents);
    }

    private static void units(String text, List<Relation> relations, List<Map<List<Fragment>, Integer>> roles,
                              Map<List<List<Fragment>>, Integer> rels) {
        for (int r = 0; r < 3; r++) {
            roles.add(new HashMap<>());
        }
        for (Relation rel : relations) {
            List<List<Fragment>> key = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                List<Fragment> t = trim(rel.role(r), text);
                if (!t.isEmpty()) {
                    roles.get(r).merge(t, 1, Integer::sum);
                }
                key.add(t);
            }
            if (!key.get(1).isEmpty() || !key.get(2).isEmpty()) {
                rels.merge(key, 1, Integer::sum);
            }
        }
    }

    /** Fragments clipped to the text, trimmed of white space, empty ones dropped, sorted. */
    static List<Fragment> trim(List<Fragment> fragments, String text) {
        List<Fragment> out = new ArrayList<>();
        for (Fragment f : fragments) {
            int s = Math.max(0, f.start());
            int e = Math.min(text.length(), f.end());
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                out.add(new Fragment(s, e));
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }

    /** White space as Python's str.isspace() sees it (includes no-break space). */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u001f' || c == '\u0085';
    }

    private static <K> Counts compare(Map<K, Integer> gold, Map<K, Integer> pred) {
        int common = 0;
        int g = 0;
        int p = 0;
        for (Map.Entry<K, Integer> e : gold.entrySet()) {
            g += e.getValue();
            common += Math.min(e.getValue(), pred.getOrDefault(e.getKey(), 0));
        }
        for (int v : pred.values()) {
            p += v;
        }
        return new Counts(common, p - common, g - common);
    }

    private static Set<Integer> labels(List<int[]> tokens, Set<List<Fragment>> instances) {
        Set<Integer> out = new HashSet<>();
        List<Fragment> spans = new ArrayList<>();
        instances.forEach(spans::addAll);
        if (spans.isEmpty()) {
            return out;
        }
        for (int i = 0; i < tokens.size(); i++) {
            int ts = tokens.get(i)[0];
            int te = tokens.get(i)[1];
            for (Fragment f : spans) {
                if (ts < f.end() && f.start() < te) {
                    out.add(i);
                    break;
                }
            }
        }
        return out;
    }
}
