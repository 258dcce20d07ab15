package org.herodotus.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * The features the {@link AttributionTagger} reads. For the cue chain, at each token of the
 * article: the word and its neighbours, quotation and paragraph position, the lexicon's verdict on
 * the lemma, the token's place in the dependency tree relative to the nearest reporting word
 * above it, and what the rule finder (in broad mode, without any trained filter) proposes around
 * it. For the argument chain, at each token of a window around one cue: the word features plus
 * where the token stands relative to that cue (distance, sentence, dependency path, the cue's
 * argument it lies in, the rule finder's source and content for the same cue). The same code
 * computes them for training and for tagging, so the two cannot drift apart.
 */
public final class TaggerFeatures {

    private static final Set<String> QUOTE_TOKENS = Set.of("\"", "``", "''", "“", "”", "‘", "’", "'");
    private static final int MAX_CLIMB = 12;
    /** Sentences before the cue's that its window takes in (a quotation of several sentences ends in "…,” he said). */
    private static final int BEFORE = 5;
    private static final String[] CHILD_KINDS = {"nsubj", "ccomp", "xcomp", "obj", "mark", "nsubj:pass", "obl",
            "parataxis", "aux"};

    private final ClaimLexicon lexicon;
    private final AttributionFinder rules;

    /** Features computed with {@code lexicon}'s cues and the rule finder over the same lexicon. */
    public TaggerFeatures(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
        this.rules = new AttributionFinder(lexicon, null, true);
    }

    /** The tokens of {@code parse} in text order, as one sequence over the whole article. */
    public static List<Token> tokens(Parse parse) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : parse.sentences()) {
            out.addAll(s.tokens());
        }
        return out;
    }

    /**
     * What is computed once per article: the token sequence, sentence and paragraph of each token,
     * one dependency head per token (article indices), the word features and the rule candidates.
     */
    public final class Article {
        final String text;
        final Parse parse;
        final List<Token> tokens;
        final int[] sentenceOf;
        final int[] paragraphOf;
        final int[] sentenceStart;
        final int[] head;
        final String[] rel;
        final List<List<String>> words;
        final List<Attribution> candidates;
        final int[][] candidateCue;
        final List<Span> quotes;

        Article(String text, Parse parse) {
            this.text = text;
            this.parse = parse;
            this.tokens = TaggerFeatures.tokens(parse);
            int n = tokens.size();
            List<Sentence> sentences = parse.sentences();
            sentenceOf = new int[n];
            paragraphOf = new int[n];
            sentenceStart = new int[sentences.size() + 1];
            head = new int[n];
            rel = new String[n];
            int k = 0;
            int paragraph = 0;
            for (Sentence s : sentences) {
                if (s.index() > 0 && text.substring(sentences.get(s.index() - 1).end(), s.start()).contains("\n")) {
                    paragraph++;
                }
                sentenceStart[s.index()] = k;
                heads(s, k);
                for (int i = 0; i < s.tokens().size(); i++) {
                    sentenceOf[k] = s.index();
                    paragraphOf[k] = paragraph;
                    k++;
                }
            }
            sentenceStart[sentences.size()] = k;
            quotes = Quotes.find(text);
            words = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                words.add(new ArrayList<>(48));
            }
            lexical();
            quotation();
            candidates = rules.find(text, parse);
            candidateCue = new int[candidates.size()][];
            for (int c = 0; c < candidates.size(); c++) {
                Span cue = candidates.get(c).cueCover();
                candidateCue[c] = cue == null ? null : range(cue);
            }
        }

        /** The sentence of each token, by article token index. */
        public int sentence(int token) {
            return sentenceOf[token];
        }

        /** The paragraph of each token, by article token index. */
        public int paragraph(int token) {
            return paragraphOf[token];
        }

        /** The token sequence. */
        public List<Token> tokens() {
            return tokens;
        }

        /** The article token indices {@code [first, last]} that {@code span} covers, or null. */
        public int[] range(Span span) {
            int lo = -1;
            int hi = -1;
            int at = lowerBound(span.start());
            for (int i = Math.max(0, at - 1); i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
                if (tokens.get(i).end() > span.start()) {
                    if (lo < 0) {
                        lo = i;
                    }
                    hi = i;
                }
            }
            return lo < 0 ? null : new int[] {lo, hi};
        }

        private int lowerBound(int offset) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private void heads(Sentence s, int base) {
            int n = s.tokens().size();
            for (int i = 0; i < n; i++) {
                head[base + i] = -2;
                rel[base + i] = "none";
            }
            // One head per token: the first edge that is not an enhanced back-reference.
            for (Dependency d : s.dependencies()) {
                int dep = d.dependent();
                if (dep < 0 || dep >= n || head[base + dep] != -2 || d.relation().equals("ref")
                        || d.relation().endsWith("xsubj")) {
                    continue;
                }
                head[base + dep] = d.governor() < 0 ? -1 : base + d.governor();
                rel[base + dep] = d.governor() < 0 ? "root" : d.baseRelation();
            }
            for (int i = 0; i < n; i++) {
                if (head[base + i] == -2) {
                    head[base + i] = -1;
                }
            }
        }

        private void lexical() {
            int n = tokens.size();
            String[] w = new String[n];
            String[] l = new String[n];
            String[] p = new String[n];
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                w[i] = t.word().toLowerCase(Locale.ROOT);
                l[i] = ClaimLexicon.lower(t.lemma());
                p[i] = t.pos();
            }
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                List<String> f = words.get(i);
                int sentenceLength = sentenceStart[sentenceOf[i] + 1] - sentenceStart[sentenceOf[i]];
                boolean first = t.index() == 0;
                boolean last = t.index() == sentenceLength - 1;
                f.add("w=" + w[i]);
                f.add("l=" + l[i]);
                f.add("p=" + p[i]);
                f.add("ner=" + t.ner());
                f.add("shape=" + shape(t.word()));
                String pw = !first ? w[i - 1] : "<s>";
                String pp = !first ? p[i - 1] : "<s>";
                String nw = !last ? w[i + 1] : "</s>";
                String np = !last ? p[i + 1] : "</s>";
                f.add("w-1=" + pw);
                f.add("w+1=" + nw);
                f.add("p-1=" + pp);
                f.add("p+1=" + np);
                f.add("p-1|p=" + pp + "|" + p[i]);
                f.add("p|p+1=" + p[i] + "|" + np);
                f.add("w-1|w=" + pw + "|" + w[i]);
                f.add("w|w+1=" + w[i] + "|" + nw);
                f.add("p-2=" + (t.index() > 1 ? p[i - 2] : "<s>"));
                f.add("p+2=" + (t.index() + 2 < sentenceLength ? p[i + 2] : "</s>"));
                f.add("w-2=" + (t.index() > 1 ? w[i - 2] : "<s>"));
                f.add("w+2=" + (t.index() + 2 < sentenceLength ? w[i + 2] : "</s>"));
                if (first) {
                    f.add("sent=first");
                    boolean paragraph = i == 0 || paragraphOf[i - 1] != paragraphOf[i];
                    f.add("para=" + (paragraph ? "start" : "inside"));
                } else if (last) {
                    f.add("sent=last");
                } else {
                    f.add("sent=mid");
                }
                ClaimLexicon.Cue verb = t.isVerb() ? lexicon.verbCue(l[i]) : null;
                if (verb != null) {
                    f.add("cue=verb");
                    f.add("cue=verb|" + verb.certainty().label() + "|" + verb.type().label());
                }
                if (t.isNoun() && lexicon.nounCue(l[i]) != null) {
                    f.add("cue=noun");
                }
                ClaimLexicon.SourceWord sw = lexicon.sourceWord(l[i]);
                if (sw != null) {
                    f.add("srcword=" + (sw.head() ? "head" : "modifier"));
                }
            }
        }

        private void quotation() {
            int q = 0;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                List<String> f = words.get(i);
                while (q < quotes.size() && quotes.get(q).end() <= t.start()) {
                    q++;
                }
                Span in = q < quotes.size() && quotes.get(q).start() <= t.start() && t.end() <= quotes.get(q).end() ? quotes.get(q) : null;
                if (in == null) {
                    f.add("q=out");
                } else if (t.start() == in.start()) {
                    f.add("q=open");
                } else if (t.end() == in.end()) {
                    f.add("q=close");
                } else {
                    f.add("q=in");
                }
                if (QUOTE_TOKENS.contains(t.word())) {
                    f.add("qmark");
                }
                if (i + 1 < tokens.size() && q < quotes.size() && quotes.get(q).start() == tokens.get(i + 1).start() && in == null) {
                    f.add("q=beforeopen");
                }
                if (i > 0 && in == null && q > 0 && quotes.get(q - 1).end() == tokens.get(i - 1).end()) {
                    f.add("q=afterclose");
                }
            }
        }

        boolean isCueWord(int i) {
            Token t = tokens.get(i);
            String l = ClaimLexicon.lower(t.lemma());
            return t.isVerb() && lexicon.verbCue(l) != null || t.isNoun() && lexicon.nounCue(l) != null;
        }
    }

    /** The per-article precomputation both chains start from. */
    public Article article(String text, Parse parse) {
        return new Article(text, parse);
    }

    // ---- the cue chain -------------------------------------------------------------------------

    /** One feature list per token of the article, for the cue chain. */
    public List<List<String>> cueFeatures(Article a) {
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

    private static void syntax(Article a, int i, List<String> f) {
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

    private static boolean hasChild(Article a, int h, String relation) {
        int from = a.sentenceStart[a.sentenceOf[h]];
        int to = a.sentenceStart[a.sentenceOf[h] + 1];
        for (int j = from; j < to; j++) {
            if (a.head[j] == h && a.rel[j].equals(relation)) {
                return true;
            }
        }
        return false;
    }

    private void candidates(Article a, List<List<String>> out) {
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

    private static boolean listed(Article a, int[] range) {
        for (int i = range[0]; i <= range[1]; i++) {
            if (a.isCueWord(i)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(Article a, List<Span> spans, String role, String tag, List<List<String>> out, boolean[] any) {
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

    private static String shape(String word) {
        StringBuilder sb = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < word.length() && sb.length() < 5; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != prev) {
                sb.append(k);
                prev = k;
            }
        }
        return sb.toString();
    }

    // ---- the argument chain ----------------------------------------------------------------------

    /**
     * The tokens whose source and content roles are decided for the cue {@code [cueFirst, cueLast]}:
     * from five sentences before the cue's to three after it, within its paragraph, and on
     * into the next paragraph when the cue's paragraph ends with a colon right after the cue
     * ("Reporter X says:" followed by the quotation). Returns {@code [from, to)}.
     */
    public static int[] window(Article a, int cueFirst, int cueLast) {
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
    public List<List<String>> argumentFeatures(Article a, int cueFirst, int cueLast, int[] window) {
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
            List<String> f = new ArrayList<>(a.words.get(i));
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
    static int[] subtree(Article a, int top, int from, int to) {
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
    private static boolean dominates(Article a, int top, int j) {
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
    public static int cueHead(Article a, int first, int last) {
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
    private static List<String>[] hints(Article a, int cueFirst, int cueLast, int[] window) {
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

    private static void hint(Article a, List<Span> spans, String name, int[] window, List<String>[] out) {
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
    private static String path(Article a, int i, int[] cueDepth) {
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
    private static String branch(Article a, int i, int cueHead, int[] cueDepth) {
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
