package org.herodotus.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.herodotus.model.Span;
import org.herodotus.nlp.Token;

/**
 * The features of the cue chain, at each token of the article: its word features, its place in
 * the dependency tree relative to the nearest reporting word above it, and what the rule finder
 * proposes around it.
 */
final class CueFeatures {

    private static final int MAX_CLIMB = TaggerFeatures.MAX_CLIMB;
    private static final String[] CHILD_KINDS = {"nsubj", "ccomp", "xcomp", "obj", "mark", "nsubj:pass", "obl",
            "parataxis", "aux"};

    private CueFeatures() {
    }

    /** One feature list per token of the article, for the cue chain. */
    static List<List<String>> of(TaggerArticle a) {
        int n = a.tokens.size();
        List<List<String>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> f = new ArrayList<>(a.words.get(i));
            syntax(a, i, f);
            out.add(f);
        }
        candidates(a, out);
        return out;
    }

    private static void syntax(TaggerArticle a, int i, List<String> f) {
        Token t = a.tokens.get(i);
        int h = a.head[i];
        String hl = h >= 0 ? ClaimLexicon.lower(a.tokens.get(h).lemma()) : "ROOT";
        String hp = h >= 0 ? a.tokens.get(h).pos() : "ROOT";
        f.add("rel=" + a.rel[i]);
        f.add("rel|hl=" + a.rel[i] + "|" + hl);
        f.add("rel|hp=" + a.rel[i] + "|" + hp);
        f.add("rel|p=" + a.rel[i] + "|" + t.pos());
        f.add("dir=" + (h < 0 ? "root" : h < i ? "left" : "right"));
        int from = a.sentenceStart[a.sentenceOf[i]];
        int to = a.sentenceStart[a.sentenceOf[i] + 1];
        boolean clausal = false;
        for (int j = from; j < to; j++) {
            if (a.head[j] == i) {
                for (String kind : CHILD_KINDS) {
                    if (a.rel[j].equals(kind)) {
                        f.add("child=" + kind);
                        f.add("child|l=" + kind + "|" + ClaimLexicon.lower(t.lemma()));
                    }
                }
            }
        }
        if (h >= 0 && a.isCueWord(h)) {
            f.add("headcue|rel=" + a.rel[i]);
        }
        // Lemma conjunctions: whether this word, in this construction, reports something.
        String lemma = ClaimLexicon.lower(t.lemma());
        f.add("l|rel=" + lemma + "|" + a.rel[i]);
        f.add("l|hl=" + lemma + "|" + hl);
        String subject = "none";
        String complement = "none";
        for (int j = from; j < to; j++) {
            if (a.head[j] == i) {
                String r = a.rel[j];
                if (r.equals("nsubj") || r.equals("nsubj:pass")) {
                    Token sj = a.tokens.get(j);
                    subject = sj.pos().startsWith("NNP") || !sj.ner().equals("O") ? "name" : sj.pos().startsWith("PRP") ? "pron"
                            : sj.pos().startsWith("W") ? "wh" : "noun";
                } else if (r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.equals("obl") || r.equals("nmod")) {
                    complement = complement.equals("none") ? r : complement;
                }
            }
        }
        f.add("l|subj=" + lemma + "|" + subject);
        f.add("l|comp=" + lemma + "|" + complement);
        f.add("p|subj|comp=" + t.pos() + "|" + subject + "|" + complement);
        for (String w : a.words.get(i)) {
            if (w.startsWith("q=")) {
                f.add("l|" + w + "|" + lemma);
            }
        }
        // Climb to the nearest reporting word above: how this token hangs under it.
        int at = i;
        int depth = 0;
        BitSet seen = new BitSet();
        boolean found = false;
        while (a.head[at] >= 0 && depth < MAX_CLIMB && !seen.get(at)) {
            seen.set(at);
            int up = a.head[at];
            depth++;
            clausal = hasChild(a, up, "ccomp") && a.tokens.get(up).isVerb();
            if (a.isCueWord(up) || clausal) {
                String listed = a.isCueWord(up) ? "listed" : "clausal";
                String r = a.rel[at];
                f.add("up=" + r + "|" + listed);
                f.add("up|d=" + r + "|" + listed + "|" + Math.min(depth, 4));
                f.add("up|side=" + r + "|" + (i < up ? "before" : "after"));
                f.add("up|first=" + r + "|" + a.rel[i]);
                found = true;
                break;
            }
            at = up;
        }
        if (!found) {
            f.add("up=none");
        }
    }

    private static boolean hasChild(TaggerArticle a, int h, String relation) {
        int from = a.sentenceStart[a.sentenceOf[h]];
        int to = a.sentenceStart[a.sentenceOf[h] + 1];
        for (int j = from; j < to; j++) {
            if (a.head[j] == h && a.rel[j].equals(relation)) {
                return true;
            }
        }
        return false;
    }

    private static void candidates(TaggerArticle a, List<List<String>> out) {
        boolean[] any = new boolean[a.tokens.size()];
        for (int c = 0; c < a.candidates.size(); c++) {
            Attribution x = a.candidates.get(c);
            String tag = x.kind() + "|" + (a.candidateCue[c] != null && listed(a, a.candidateCue[c]) ? "listed" : "unlisted");
            mark(a, x.source(), "src", tag, out, any);
            mark(a, x.cue(), "cue", tag, out, any);
            mark(a, x.content(), "con", tag, out, any);
        }
        for (int i = 0; i < a.tokens.size(); i++) {
            if (!any[i]) {
                out.get(i).add("cand=none");
            }
        }
    }

    private static boolean listed(TaggerArticle a, int[] range) {
        for (int i = range[0]; i <= range[1]; i++) {
            if (a.isCueWord(i)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(TaggerArticle a, List<Span> spans, String role, String tag, List<List<String>> out, boolean[] any) {
        for (Span sp : spans) {
            int[] r = a.range(sp);
            if (r == null) {
                continue;
            }
            for (int i = r[0]; i <= r[1]; i++) {
                String pos = i == r[0] ? "B" : i == r[1] ? "E" : "I";
                List<String> f = out.get(i);
                f.add("cand=" + role + "|" + pos);
                f.add("cand=" + role + "|" + pos + "|" + tag);
                if (role.equals("cue")) {
                    f.add("cand=cue|" + tag + "|" + ClaimLexicon.lower(a.tokens.get(i).lemma()));
                }
                any[i] = true;
            }
            if (r[1] + 1 < out.size()) {
                out.get(r[1] + 1).add("cand=after|" + role);
            }
            if (r[0] > 0) {
                out.get(r[0] - 1).add("cand=before|" + role);
            }
        }
    }
}
