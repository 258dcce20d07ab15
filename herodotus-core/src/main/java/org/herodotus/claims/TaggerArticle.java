package org.herodotus.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * What the {@link TaggerFeatures} compute once per article, for both chains: the token sequence,
 * sentence and paragraph of each token, one dependency head per token (article indices), the word
 * features (the word and its neighbours, quotation and paragraph position, the lexicon's verdict
 * on the lemma) and the rule finder's candidates.
 *
 * <p>Not part of the library API; used by herodotus-eval's tagger trainer.
 */
public final class TaggerArticle {

    private static final Set<String> QUOTE_TOKENS = ClaimWords.of("quote-marks");

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

    private final ClaimLexicon lexicon;

    /**
     * The article {@code text} with its {@code parse}; {@code lexicon} says which words are cues,
     * {@code rules} (the rule finder in broad mode) proposes the candidates.
     */
    TaggerArticle(String text, Parse parse, ClaimLexicon lexicon, AttributionFinder rules) {
        this.lexicon = lexicon;
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
                f.add("cue=verb|" + verb.certainty().value() + "|" + verb.type().value());
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
}
