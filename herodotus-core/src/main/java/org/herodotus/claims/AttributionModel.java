package org.herodotus.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * Two logistic regressions over attribution candidates, sharing one weight table: a cue filter
 * (given the words and structure around a candidate cue — its lemma, how its source and content
 * were found, the kind of subject, the relation to its head — the probability that it really
 * reports something) and a content-boundary chooser (among the content as the rules found it,
 * the same content run to the end of its sentence, and the content cut at each comma, semicolon
 * or dash, the likeliest; its features start with "c:"). Trained on an attribution corpus by
 * {@code herodotus eval attribution --train-model FILE}; the weights are a small TSV file
 * ({@code feature<TAB>weight}) loaded once and shared by threads.
 *
 * <p>Not part of the library API; used by herodotus-eval's attribution evaluation and model
 * trainer, and {@code herodotus eval attribution}.
 */
public final class AttributionModel {

    /** Prepositions before which a content may end ("her bias | on Twitter", "Clinton | during a rally"). */
    private static final java.util.Set<String> PREPOSITION_CUTS = ClaimWords.of("content-cuts");

    /** The feature that is always on. */
    static final String BIAS = "bias";

    private final Map<String, Double> weights;
    private final double threshold;
    private final boolean contentWeights;

    /** A model with these weights, keeping candidates whose probability reaches {@code threshold}. */
    public AttributionModel(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.contentWeights = weights.keySet().stream().anyMatch(f -> f.startsWith("c:"));
    }

    /** The model shipped with Herodotus ({@code org/herodotus/claims/attribution-model.tsv}), or null if none is bundled. */
    public static AttributionModel bundled() {
        return LexiconFile.optionalResource(AttributionModel.class, "/org/herodotus/claims/attribution-model.tsv")
                .map(AttributionModel::read).orElse(null);
    }

    /** Reads a model: '#' comment lines, "threshold" line, then feature TAB weight lines. */
    public static AttributionModel read(BufferedReader r) throws IOException {
        return read(LexiconFile.read("attribution model", r));
    }

    /** Reads a model from a data file; errors name its file and line. */
    public static AttributionModel read(LexiconFile file) {
        Map<String, Double> w = new HashMap<>();
        double threshold = 0.5;
        for (LexiconLine line : file.entries()) {
            String text = line.text();
            int tab = text.lastIndexOf('\t');
            if (tab < 0) {
                throw line.error("expected feature TAB weight");
            }
            String f = text.substring(0, tab);
            double v;
            try {
                v = Double.parseDouble(text.substring(tab + 1));
            } catch (NumberFormatException e) {
                throw line.error("bad weight '" + text.substring(tab + 1) + "'");
            }
            if (f.equals("threshold")) {
                threshold = v;
            } else {
                w.put(f, v);
            }
        }
        return new AttributionModel(w, threshold);
    }

    /** Writes the model in the format {@link #read} reads. */
    public void write(Writer out, String comment) throws IOException {
        out.write("# Attribution model (cue filter, content boundaries): logistic regression weights, one feature per line (feature TAB weight).\n");
        for (String c : comment.split("\n")) {
            out.write("# " + c + "\n");
        }
        out.write("threshold\t" + threshold + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
        }
    }

    /** The probability that a candidate with these features is an attribution. */
    public double probability(List<String> features) {
        double z = weights.getOrDefault(BIAS, 0.0);
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the model has learned content boundaries (features starting with "c:"). */
    public boolean hasContentWeights() {
        return contentWeights;
    }

    /** Whether a candidate with these features is kept. */
    public boolean keeps(List<String> features) {
        return probability(features) >= threshold;
    }

    /**
     * The content variants to choose from: as found, run to the sentence end, cut at punctuation,
     * and, for content after the cue, starting right after the cue ("urged Clinton to ...").
     */
    public static List<Span> contentVariants(String text, Sentence s, Span content, Span cue) {
        List<Span> out = new ArrayList<>(contentVariants(text, s, content));
        if (cue != null && cue.end() < content.start()) {
            for (Token t : s.tokens()) {
                if (t.start() >= cue.end() && t.start() < content.start()) {
                    if (Character.isLetterOrDigit(t.word().charAt(0))) {
                        Span early = new Span(t.start(), content.end());
                        if (!out.contains(early)) {
                            out.add(early);
                        }
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The content variants to choose from: as found, run to the sentence end, cut at punctuation. */
    public static List<Span> contentVariants(String text, Sentence s, Span content) {
        List<Span> out = new ArrayList<>();
        out.add(content);
        List<Token> tokens = s.tokens();
        int lastWord = -1;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String w = tokens.get(i).word();
            if (!(w.equals(".") || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("!") || w.equals("?"))) {
                lastWord = i;
                break;
            }
        }
        if (lastWord >= 0 && tokens.get(lastWord).end() > content.end() && content.start() >= s.start()) {
            out.add(new Span(content.start(), tokens.get(lastWord).end()));
        }
        for (Token t : tokens) {
            String w = t.word();
            boolean preposition = t.pos().equals("IN") && PREPOSITION_CUTS.contains(w.toLowerCase(Locale.ROOT));
            if (t.start() > content.start() + 1 && t.end() < content.end()
                    && (w.equals(",") || w.equals(";") || w.equals("--") || w.equals("—") || w.equals(":") || preposition)) {
                int end = t.start();
                while (end > content.start() && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                out.add(new Span(content.start(), end));
            }
        }
        return out;
    }

    /** The features of content variant {@code v} of {@code a}'s content, found in sentence {@code s}. */
    public static List<String> contentFeatures(String text, Sentence s, Attribution a, Span v) {
        List<String> f = new ArrayList<>();
        Span c = a.contentCover();
        String edit = v.equals(c) ? "none" : v.start() < c.start() ? "early" : v.end() > c.end() ? "extend" : "cut";
        if (edit.equals("early")) {
            Token first = null;
            for (Token t : s.tokens()) {
                if (t.start() == v.start()) {
                    first = t;
                }
            }
            f.add("c:early=" + (first == null ? "none" : first.pos()));
        }
        f.add("c:edit=" + edit);
        f.add("c:edit|kind=" + edit + "|" + a.kind());
        Span cue = a.cueCover();
        f.add("c:edit|order=" + edit + "|" + (cue != null && c.start() < cue.start() ? "before" : "after"));
        Token after = null;
        Token lastIn = null;
        int changed = 0;
        boolean verbInChange = false;
        for (Token t : s.tokens()) {
            if (t.start() >= v.end() && after == null) {
                after = t;
            }
            if (t.end() <= v.end() && t.start() >= v.start()) {
                lastIn = t;
            }
            boolean inOld = t.start() >= c.start() && t.end() <= c.end();
            boolean inNew = t.start() >= v.start() && t.end() <= v.end();
            if (inOld != inNew) {
                changed++;
                verbInChange |= t.isVerb();
            }
        }
        f.add("c:next=" + (after == null ? "END" : after.word().matches("\\w.*") ? after.pos() : after.word()));
        if (after != null && after.pos().equals("IN")) {
            f.add("c:edit|nextprep=" + edit + "|" + after.word().toLowerCase(Locale.ROOT));
        }
        if (after != null && after.word().equals(",")) {
            Token next2 = null;
            for (Token t : s.tokens()) {
                if (t.index() == after.index() + 1) {
                    next2 = t;
                }
            }
            String w2 = next2 == null ? "END" : next2.pos().startsWith("W") || next2.pos().equals("IN")
                    || next2.pos().equals("CC") || next2.pos().equals("RB") ? next2.word().toLowerCase(Locale.ROOT) : next2.pos();
            f.add("c:edit|next2=" + edit + "|" + w2);
        }
        f.add("c:last=" + (lastIn == null ? "none" : lastIn.word().matches("\\w.*") ? lastIn.pos() : lastIn.word()));
        f.add("c:edit|changed=" + edit + "|" + (changed == 0 ? "0" : changed < 3 ? "1-2" : changed < 8 ? "3-7" : "8+"));
        f.add("c:edit|verb=" + edit + "|" + verbInChange);
        f.add("c:len=" + (v.length() < 20 ? "xs" : v.length() < 60 ? "s" : v.length() < 150 ? "m" : "l"));
        return f;
    }

    /** The features of candidate {@code a} found in sentence {@code s}. */
    public static List<String> features(String text, Sentence s, Attribution a, ClaimLexicon lexicon) {
        List<String> f = new ArrayList<>();
        Span cue = a.cueCover();
        int head = -1;
        int cueTokens = 0;
        for (Token t : s.tokens()) {
            if (cue != null && t.start() >= cue.start() && t.end() <= cue.end()) {
                cueTokens++;
                if (t.isVerb() || t.isNoun() || head < 0) {
                    head = t.index();
                }
            }
        }
        String kind = a.kind();
        f.add("kind=" + kind);
        f.add("nested=" + a.nested());
        f.add("cuelen=" + Math.min(cueTokens, 3));
        f.add("src=" + (a.source().isEmpty() ? "none" : "some"));
        f.add("relay=" + (a.relay() != null));
        Span content = a.contentCover();
        int contentLength = content.length();
        f.add("contentlen=" + (contentLength < 15 ? "xs" : contentLength < 40 ? "s" : contentLength < 120 ? "m" : "l"));
        f.add("quote=" + Quotes.isOpening(text.charAt(content.start())));
        f.add("frags=" + Math.min(a.content().size(), 3));
        f.add("contentfirst=" + firstWord(text, content));
        f.add("order=" + (content.start() < (cue == null ? 0 : cue.start()) ? "before" : "after"));
        if (head < 0) {
            f.add("head=none");
            return f;
        }
        Token h = s.tokens().get(head);
        String lemma = ClaimLexicon.lower(h.lemma());
        ClaimLexicon.Cue listed = h.isVerb() ? lexicon.verbCue(lemma) : h.isNoun() ? lexicon.nounCue(lemma) : null;
        f.add("lemma=" + lemma);
        f.add("pos=" + h.pos());
        f.add("listed=" + (listed == null ? "no" : listed.type().value() + "/" + listed.certainty().value()));
        f.add("lemma|kind=" + lemma + "|" + kind);
        String rel = "root";
        for (Dependency d : s.heads(head)) {
            rel = d.governor() < 0 ? "root" : d.baseRelation();
        }
        f.add("rel=" + rel);
        f.add("lemma|rel=" + lemma + "|" + rel);
        f.add("kind|rel=" + kind + "|" + rel);
        String subject = "none";
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("nsubj")) {
                Token t = s.tokens().get(d.dependent());
                subject = t.pos().startsWith("NNP") ? "NNP" : t.pos().startsWith("PRP") ? "PRP" : t.pos().startsWith("W") ? "WH"
                        : t.pos().startsWith("NN") ? "NN" : "other";
                f.add("subjner=" + t.ner());
                f.add("subjlemma=" + ClaimLexicon.lower(t.lemma()));
            }
        }
        f.add("subj=" + subject);
        f.add("lemma|subj=" + lemma + "|" + subject);
        f.add("listed|kind=" + (listed != null) + "|" + kind);
        return f;
    }

    private static String firstWord(String text, Span span) {
        int i = span.start();
        int e = i;
        while (e < span.end() && !Character.isWhitespace(text.charAt(e))) {
            e++;
        }
        String w = text.substring(i, e).toLowerCase(Locale.ROOT);
        return w.equals("that") || w.equals("to") || w.equals("how") || w.equals("what") || w.equals("whether")
                || w.equals("if") ? w : "other";
    }
}
