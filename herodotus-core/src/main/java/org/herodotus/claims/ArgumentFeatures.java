package org.herodotus.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.herodotus.model.Span;
import org.herodotus.nlp.Token;

/**
 * The features of the argument chain, at each token of a window around one cue: the word
 * features plus where the token stands relative to that cue (distance, sentence, dependency path,
 * the cue's argument it lies in, the rule finder's source and content for the same cue).
 */
final class ArgumentFeatures {

    private static final int MAX_CLIMB = TaggerFeatures.MAX_CLIMB;
    /** Sentences before the cue's that its window takes in (a quotation of several sentences ends in "…,” he said). */
    private static final int BEFORE = 5;

    private ArgumentFeatures() {
    }

    /**
     * The tokens whose source and content roles are decided for the cue {@code [cueFirst, cueLast]}:
     * from five sentences before the cue's to three after it, within its paragraph, and on
     * into the next paragraph when the cue's paragraph ends with a colon right after the cue
     * ("Reporter X says:" followed by the quotation). Returns {@code [from, to)}.
     */
    static int[] window(TaggerArticle a, int cueFirst, int cueLast) {
        int s = a.sentenceOf[cueFirst];
        int first = s;
        while (first > 0 && s - first < BEFORE && a.paragraphOf[a.sentenceStart[first - 1]] == a.paragraphOf[cueFirst]) {
            first--;
        }
        int from = a.sentenceStart[first];
        int last = a.sentenceOf[cueLast];
        int sentences = a.sentenceStart.length - 1;
        int end = last;
        while (end + 1 < sentences && end - last < 3 && a.paragraphOf[a.sentenceStart[end + 1]] == a.paragraphOf[cueLast]) {
            end++;
        }
        int to = a.sentenceStart[end + 1];
        if (end == last && to < a.tokens.size() && a.tokens.get(to - 1).word().equals(":")
                || end == last && to < a.tokens.size() && to - 2 >= 0 && a.tokens.get(to - 2).word().equals(":")) {
            int next = end + 1;
            int stop = next;
            while (stop + 1 < sentences && stop - next < 2 && a.paragraphOf[a.sentenceStart[stop + 1]] == a.paragraphOf[a.sentenceStart[next]]) {
                stop++;
            }
            to = a.sentenceStart[stop + 1];
        }
        return new int[] {from, to};
    }

    /** One feature list per token of {@code window}, for the argument chain of the cue {@code [cueFirst, cueLast]}. */
    static List<List<String>> of(TaggerArticle a, int cueFirst, int cueLast, int[] window) {
        return of(a, cueFirst, cueLast, window, true);
    }

    /**
     * As {@link #of(TaggerArticle, int, int, int[])}, or without the word features every list
     * starts with ({@code TaggerArticle.words}) when {@code withWords} is false: those are the same
     * for every cue, and the tagger weighs them once per token.
     */
    static List<List<String>> of(TaggerArticle a, int cueFirst, int cueLast, int[] window, boolean withWords) {
        int cueHead = cueHead(a, cueFirst, cueLast);
        Token h = a.tokens.get(cueHead);
        String cueLemma = ClaimLexicon.lower(h.lemma());
        String cueKind = h.isVerb() ? "V" : h.isNoun() ? "N" : h.word().equals(":") ? ":" : h.pos().equals("IN") ? "IN" : "other";
        String cueTag = a.isCueWord(cueHead) ? "listed" : "unlisted";
        // The rule candidates whose cue overlaps this one: their source and content are strong hints.
        List<String>[] hints = hints(a, cueFirst, cueLast, window);
        // Ancestors of the cue head, with their depth, for dependency paths.
        int[] cueDepth = new int[a.tokens.size()];
        Arrays.fill(cueDepth, -1);
        int at = cueHead;
        for (int d = 0; at >= 0 && d < MAX_CLIMB && cueDepth[at] < 0; d++) {
            cueDepth[at] = d;
            at = a.head[at];
        }
        int cueSentence = a.sentenceOf[cueHead];
        // Quotations right next to the cue ("…,” he said; said: “…”): their words are its content.
        Span cueSpan = new Span(a.tokens.get(cueFirst).start(), a.tokens.get(cueLast).end());
        List<Span> adjacent = new ArrayList<>();
        for (Span q : a.quotes) {
            int[] r = a.range(q);
            if (r != null && (r[1] < cueFirst && cueFirst - r[1] <= 5 || r[0] > cueLast && r[0] - cueLast <= 5)
                    && Math.abs(a.sentenceOf[r[1] < cueFirst ? r[1] : r[0]] - cueSentence) <= 1) {
                adjacent.add(q);
            }
        }
        // The extent of each argument of the cue head (the subtree of each of its children).
        String[] edge = new String[window[1] - window[0]];
        int from = a.sentenceStart[cueSentence];
        int to = a.sentenceStart[cueSentence + 1];
        for (int c = from; c < to; c++) {
            if (a.head[c] != cueHead) {
                continue;
            }
            int[] extent = subtree(a, c, from, to);
            int lo = extent[0];
            int hi = extent[1];
            mark(edge, window, lo, "a:arg-first|" + a.rel[c]);
            mark(edge, window, hi, "a:arg-last|" + a.rel[c]);
            mark(edge, window, hi + 1, "a:arg-after|" + a.rel[c]);
            mark(edge, window, lo - 1, "a:arg-before|" + a.rel[c]);
        }
        List<List<String>> out = new ArrayList<>(window[1] - window[0]);
        for (int i = window[0]; i < window[1]; i++) {
            List<String> f = withWords ? new ArrayList<>(a.words.get(i)) : new ArrayList<>();
            int dist = i < cueFirst ? i - cueFirst : i > cueLast ? i - cueLast : 0;
            String d = bucket(dist);
            f.add("a:d=" + d);
            f.add("a:d|cue=" + d + "|" + cueKind + "|" + cueTag);
            f.add("a:d|l=" + d + "|" + cueLemma);
            int ds = a.sentenceOf[i] - cueSentence;
            String sent = ds < -1 ? "-2" : ds > 2 ? "+3" : (ds > 0 ? "+" : "") + ds;
            f.add("a:s=" + sent);
            f.add("a:s|p=" + sent + "|" + a.tokens.get(i).pos());
            f.add("a:s|q=" + sent + "|" + quoteState(a.words.get(i)));
            if (ds == 0) {
                String path = path(a, i, cueDepth);
                f.add("a:path=" + path);
                f.add("a:path|cue=" + path + "|" + cueKind);
                String branch = branch(a, i, cueHead, cueDepth);
                f.add("a:branch=" + branch);
                f.add("a:branch|l=" + branch + "|" + cueLemma);
                f.add("a:branch|side=" + branch + "|" + (dist < 0 ? "before" : dist > 0 ? "after" : "in"));
                f.add("a:branch|p=" + branch + "|" + a.tokens.get(i).pos());
                Token tk = a.tokens.get(i);
                String pos = tk.pos();
                boolean function = !Character.isLetterOrDigit(tk.word().charAt(0)) || pos.equals("CC") || pos.equals("IN")
                        || pos.equals("TO") || pos.startsWith("W") || pos.equals("RB") || pos.equals("VBG");
                if (function) {
                    String w = tk.word().toLowerCase(Locale.ROOT);
                    f.add("a:branch|w=" + branch + "|" + w);
                    f.add("a:path|w=" + path + "|" + w);
                    f.add("a:d|w=" + d + "|" + w);
                }
                String prevPos = i > window[0] && a.sentenceOf[i - 1] == a.sentenceOf[i] ? a.tokens.get(i - 1).pos() : "<s>";
                f.add("a:branch|p-1|p=" + branch + "|" + prevPos + "|" + pos);
                f.add("a:rel|branch=" + a.rel[i] + "|" + branch);
            }
            Token t = a.tokens.get(i);
            String quote = "none";
            for (Span q : a.quotes) {
                if (q.start() <= t.start() && t.end() <= q.end()) {
                    quote = adjacent.contains(q) ? (q.end() <= cueSpan.start() ? "adj-before" : "adj-after") : "other";
                }
            }
            f.add("a:q=" + quote);
            f.add("a:q|s=" + quote + "|" + sent);
            f.add("a:q|cue=" + quote + "|" + cueKind);
            if (edge[i - window[0]] != null) {
                for (String e : edge[i - window[0]].split(" ")) {
                    f.add(e);
                }
            }
            for (String hint : hints[i - window[0]]) {
                f.add(hint);
                f.add(hint + "|" + cueKind);
            }
            out.add(f);
        }
        return out;
    }

    private static void mark(String[] edge, int[] window, int i, String feature) {
        if (i >= window[0] && i < window[1]) {
            int k = i - window[0];
            edge[k] = edge[k] == null ? feature : edge[k] + " " + feature;
        }
    }

    /** The first and last of the tokens in {@code [from, to)} that token {@code top} dominates ({@code top} included). */
    static int[] subtree(TaggerArticle a, int top, int from, int to) {
        int lo = top;
        int hi = top;
        for (int j = from; j < to; j++) {
            if (dominates(a, top, j)) {
                lo = Math.min(lo, j);
                hi = Math.max(hi, j);
            }
        }
        return new int[] {lo, hi};
    }

    /** Whether token {@code top} is {@code j} or one of its ancestors. */
    private static boolean dominates(TaggerArticle a, int top, int j) {
        int at = j;
        for (int steps = 0; at >= 0 && steps < 40; steps++) {
            if (at == top) {
                return true;
            }
            at = a.head[at];
        }
        return false;
    }

    private static String quoteState(List<String> words) {
        for (String w : words) {
            if (w.startsWith("q=")) {
                return w.substring(2);
            }
        }
        return "?";
    }

    /** The cue's head: its last verb, else its last noun, else its last token. */
    static int cueHead(TaggerArticle a, int first, int last) {
        int noun = -1;
        for (int i = last; i >= first; i--) {
            if (a.tokens.get(i).isVerb()) {
                return i;
            }
            if (noun < 0 && a.tokens.get(i).isNoun()) {
                noun = i;
            }
        }
        return noun >= 0 ? noun : last;
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] hints(TaggerArticle a, int cueFirst, int cueLast, int[] window) {
        List<String>[] out = new List[window[1] - window[0]];
        for (int i = 0; i < out.length; i++) {
            out[i] = new ArrayList<>(2);
        }
        for (int c = 0; c < a.candidates.size(); c++) {
            int[] cue = a.candidateCue[c];
            if (cue == null) {
                continue;
            }
            boolean same = cue[0] <= cueLast && cueFirst <= cue[1];
            String who = same ? "h:" : "o:";
            Attribution x = a.candidates.get(c);
            hint(a, x.source(), who + "src|" + x.kind(), window, out);
            hint(a, x.content(), who + "con|" + x.kind(), window, out);
            if (!same) {
                hint(a, x.cue(), "o:cue", window, out);
            }
        }
        return out;
    }

    private static void hint(TaggerArticle a, List<Span> spans, String name, int[] window, List<String>[] out) {
        for (Span s : spans) {
            int[] r = a.range(s);
            if (r == null) {
                continue;
            }
            for (int i = Math.max(r[0], window[0]); i <= r[1] && i < window[1]; i++) {
                out[i - window[0]].add(name + "|" + (i == r[0] ? "B" : i == r[1] ? "E" : "I"));
            }
            if (r[1] + 1 >= window[0] && r[1] + 1 < window[1]) {
                out[r[1] + 1 - window[0]].add(name + "|after");
            }
        }
    }

    private static String bucket(int d) {
        if (d == 0) {
            return "0";
        }
        int m = Math.abs(d);
        String b = m == 1 ? "1" : m == 2 ? "2" : m <= 4 ? "3-4" : m <= 8 ? "5-8" : m <= 16 ? "9-16" : m <= 32 ? "17-32" : "33+";
        return (d < 0 ? "-" : "+") + b;
    }

    /** The dependency path from token {@code i} up to the lowest common ancestor and down to the cue head. */
    private static String path(TaggerArticle a, int i, int[] cueDepth) {
        StringBuilder up = new StringBuilder();
        int at = i;
        int steps = 0;
        while (at >= 0 && cueDepth[at] < 0 && steps < MAX_CLIMB) {
            if (steps < 3) {
                up.append('^').append(a.rel[at]);
            }
            at = a.head[at];
            steps++;
        }
        if (at < 0 || cueDepth[at] < 0) {
            return "none";
        }
        if (steps >= 3) {
            up.append("^*").append(steps);
        }
        return up + "|v" + Math.min(cueDepth[at], 3);
    }

    /**
     * Which of the cue head's arguments holds token {@code i}: the relation of the cue's child on
     * the way down to it ("ccomp", "nsubj", …), "cue" for the cue itself, "above" when the token
     * dominates the cue, "outside" otherwise.
     */
    private static String branch(TaggerArticle a, int i, int cueHead, int[] cueDepth) {
        if (i == cueHead) {
            return "cue";
        }
        if (cueDepth[i] > 0) {
            return "above";
        }
        int at = i;
        for (int steps = 0; at >= 0 && steps < MAX_CLIMB; steps++) {
            if (a.head[at] == cueHead) {
                return a.rel[at];
            }
            at = a.head[at];
        }
        return "outside";
    }
}
