package org.herodotus.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * A logistic-regression filter over attribution candidates: given the words and structure around
 * a candidate cue (its lemma, how its source and content were found, the kind of subject, the
 * relation to its head), the probability that it really reports something. Trained on an
 * attribution corpus by {@code herodotus eval attribution --train-model FILE}; the weights are a
 * small TSV file ({@code feature<TAB>weight}) loaded once and shared by threads.
 */
public final class CueModel {

    /** The feature that is always on. */
    static final String BIAS = "bias";

    private final Map<String, Double> weights;
    private final double threshold;

    /** A model with these weights, keeping candidates whose probability reaches {@code threshold}. */
    public CueModel(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    /** The model shipped with Herodotus ({@code org/herodotus/claims/cue-model.tsv}), or null if none is bundled. */
    public static CueModel bundled() {
        InputStream in = CueModel.class.getResourceAsStream("/org/herodotus/claims/cue-model.tsv");
        if (in == null) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a model: '#' comment lines, "threshold" line, then feature TAB weight lines. */
    public static CueModel read(BufferedReader r) throws IOException {
        Map<String, Double> w = new HashMap<>();
        double threshold = 0.5;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IOException("cue model line " + n + ": expected feature TAB weight");
            }
            String f = line.substring(0, tab);
            double v = Double.parseDouble(line.substring(tab + 1));
            if (f.equals("threshold")) {
                threshold = v;
            } else {
                w.put(f, v);
            }
        }
        return new CueModel(w, threshold);
    }

    /** Writes the model in the format {@link #read} reads. */
    public void write(Writer out, String comment) throws IOException {
        out.write("# Attribution cue model: logistic regression weights, one feature per line (feature TAB weight).\n");
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

    /** Whether a candidate with these features is kept. */
    public boolean keeps(List<String> features) {
        return probability(features) >= threshold;
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
        f.add("listed=" + (listed == null ? "no" : listed.type().label() + "/" + listed.certainty().label()));
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
