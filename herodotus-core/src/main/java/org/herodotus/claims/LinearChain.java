package org.herodotus.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.herodotus.lexicon.LexiconLine;
import org.herodotus.lexicon.LexiconReader;
import org.herodotus.model.Span;
import org.herodotus.nlp.Token;

/**
 * A linear-chain labeller over token sequences: each token gets O or, for one of a few roles,
 * B (first), I (inside), L (last) or U (only token) of a span of that role, chosen jointly by
 * Viterbi decoding of a linear model (weights per feature and label, plus weights per pair of
 * successive labels). Immutable; trained by the averaged perceptron in the evaluation module.
 *
 * <p>Not part of the library API; used by herodotus-eval's tagger trainer.
 */
public final class LinearChain {

    private final List<String> roles;
    private final int labels;
    private final Map<String, float[]> weights;
    private final float[] transition;
    private final float largestWeight;

    /**
     * A chain over {@code roles} with per-feature label weights {@code weights} (each array has
     * {@link #labels()} entries) and {@code transition} weights ((labels + 1) × labels, the last
     * row for the first token).
     */
    public LinearChain(List<String> roles, Map<String, float[]> weights, float[] transition) {
        this.roles = List.copyOf(roles);
        this.labels = 1 + 4 * roles.size();
        if (transition.length != (labels + 1) * labels) {
            throw new IllegalArgumentException("transition table must have " + (labels + 1) * labels + " entries");
        }
        this.weights = Map.copyOf(weights);
        this.transition = transition.clone();
        float largest = 0;
        for (float[] w : this.weights.values()) {
            for (float x : w) {
                largest = Math.max(largest, Math.abs(x));
            }
        }
        this.largestWeight = largest;
    }

    /** The roles, in label order. */
    public List<String> roles() {
        return roles;
    }

    /** Number of labels: O and four per role. */
    public int labels() {
        return labels;
    }

    /** Number of features with weights. */
    public int size() {
        return weights.size();
    }

    /** The largest absolute feature weight (transitions aside): the scale of the chain's scores. */
    public float largestWeight() {
        return largestWeight;
    }

    /**
     * The features starting with {@code prefix} (returned without it) that weigh more for some
     * label of {@code role} than for O, by more than {@code margin} times the chain's largest
     * weight: for instance the lemmas ("l=") the chain has learned to take for cue words.
     */
    public java.util.Set<String> favouring(String prefix, int role, double margin) {
        float largest = largestWeight();
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Map.Entry<String, float[]> e : weights.entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                continue;
            }
            float[] w = e.getValue();
            for (int y = 1; y < labels; y++) {
                if (role(y) == role && w[y] - w[0] > margin * largest) {
                    out.add(e.getKey().substring(prefix.length()));
                    break;
                }
            }
        }
        return out;
    }

    /** The name of label {@code y} ("O", "B-cue", …). */
    public String labelName(int y) {
        return y == 0 ? "O" : "BILU".charAt(place(y)) + "-" + roles.get(role(y));
    }

    /** The role index of label {@code y}, or -1 for O and the start row. */
    public static int role(int y, int labels) {
        return y <= 0 || y >= labels ? -1 : (y - 1) / 4;
    }

    /** The role index of label {@code y}, or -1 for O. */
    public int role(int y) {
        return role(y, labels);
    }

    /** The place of label {@code y} in its span: 0 first, 1 inside, 2 last, 3 only; -1 for O. */
    public static int place(int y, int labels) {
        return y <= 0 || y >= labels ? -1 : (y - 1) % 4;
    }

    /** The place of label {@code y} in its span: 0 first, 1 inside, 2 last, 3 only; -1 for O. */
    public int place(int y) {
        return place(y, labels);
    }

    /** The label of {@code place} (0 B, 1 I, 2 L, 3 U) in role {@code role}. */
    public static int label(int role, int place) {
        return 1 + 4 * role + place;
    }

    /**
     * Whether label {@code y} may follow {@code prev} (the start row, {@code labels}, at the
     * beginning): a span opened by B continues with I and closes with L; nothing else comes between.
     */
    public static boolean allowed(int prev, int y, int labels) {
        int open = place(prev, labels) == 0 || place(prev, labels) == 1 ? role(prev, labels) : -1;
        if (open >= 0) {
            return role(y, labels) == open && (place(y, labels) == 1 || place(y, labels) == 2);
        }
        return place(y, labels) != 1 && place(y, labels) != 2;
    }

    /** The best label sequence for tokens with these features. */
    public int[] tag(List<List<String>> tokenFeatures) {
        return tag(tokenFeatures, -1, 0);
    }

    /**
     * The best label sequence when every span of role {@code role} gets {@code bonus} added to its
     * score at its first token: a negative bonus trades recall of that role for precision.
     */
    public int[] tag(List<List<String>> tokenFeatures, int role, float bonus) {
        float[][] scores = new float[tokenFeatures.size()][labels];
        for (int i = 0; i < scores.length; i++) {
            add(scores[i], tokenFeatures.get(i));
            for (int y = 1; role >= 0 && y < labels; y++) {
                if (role(y) == role && (place(y) == 0 || place(y) == 3)) {
                    scores[i][y] += bonus;
                }
            }
        }
        return viterbi(scores, transition, labels);
    }

    /**
     * The label weights of {@code features} summed, per label, in list order: the score a token
     * with just these features gets, and the part of its score {@link #tag(float[][], List)} takes
     * as given.
     */
    public float[] scores(List<String> features) {
        float[] s = new float[labels];
        add(s, features);
        return s;
    }

    /**
     * As {@link #tag(List)} for tokens whose features are some shared ones, already summed by
     * {@link #scores(List)} into {@code shared}, followed by {@code rest}. The sums are taken in
     * the same order, so the labels are the very ones {@link #tag(List)} gives for the whole lists.
     */
    public int[] tag(float[][] shared, List<List<String>> rest) {
        float[][] scores = new float[rest.size()][];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = shared[i].clone();
            add(scores[i], rest.get(i));
        }
        return viterbi(scores, transition, labels);
    }

    private void add(float[] scores, List<String> features) {
        for (String feature : features) {
            float[] w = weights.get(feature);
            if (w != null) {
                for (int y = 0; y < labels; y++) {
                    scores[y] += w[y];
                }
            }
        }
    }

    /** The highest-scoring allowed label sequence for per-token {@code scores} and {@code transition} weights. */
    public static int[] viterbi(float[][] scores, float[] transition, int labels) {
        int n = scores.length;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        int start = labels;
        float[] best = new float[labels];
        int[][] back = new int[n][labels];
        for (int y = 0; y < labels; y++) {
            best[y] = allowed(start, y, labels) ? transition[start * labels + y] + scores[0][y] : Float.NEGATIVE_INFINITY;
        }
        float[] next = new float[labels];
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < labels; p++) {
                    if (best[p] == Float.NEGATIVE_INFINITY || !allowed(p, y, labels)) {
                        continue;
                    }
                    float v = best[p] + transition[p * labels + y];
                    if (v > top) {
                        top = v;
                        arg = p;
                    }
                }
                next[y] = top + scores[i][y];
                back[i][y] = arg;
            }
            float[] t = best;
            best = next;
            next = t;
        }
        int y = 0;
        for (int k = 1; k < labels; k++) {
            // The sequence cannot end inside an open span.
            if (place(k, labels) != 0 && place(k, labels) != 1 && best[k] > best[y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i][y];
        }
        return out;
    }

    /** The spans a label sequence describes, per role, as token index ranges {@code [first, last]}. */
    public static List<List<int[]>> runs(int[] sequence, int roles) {
        int labels = 1 + 4 * roles;
        List<List<int[]>> out = new ArrayList<>();
        for (int r = 0; r < roles; r++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < sequence.length; i++) {
            int role = role(sequence[i], labels);
            int place = place(sequence[i], labels);
            if (place == 0 || place == 3) {
                int j = i;
                while (place == 0 && j + 1 < sequence.length && role(sequence[j + 1], labels) == role
                        && place(sequence[j + 1], labels) != 0 && place(sequence[j + 1], labels) != 3) {
                    j++;
                    if (place(sequence[j], labels) == 2) {
                        break;
                    }
                }
                out.get(role).add(new int[] {i, j});
                i = j;
            }
        }
        return out;
    }

    /**
     * Gold labels for {@code tokens}: {@code spans.get(r)} lists the spans (each of one or more
     * fragments) of role r; where spans of different roles overlap, later roles win.
     */
    public static int[] gold(List<Token> tokens, List<List<List<Span>>> spans) {
        int[] role = new int[tokens.size()];
        int[] id = new int[tokens.size()];
        Arrays.fill(role, -1);
        int next = 0;
        for (int r = 0; r < spans.size(); r++) {
            for (List<Span> fragments : spans.get(r)) {
                for (Span s : fragments) {
                    int span = next++;
                    for (int i = 0; i < tokens.size(); i++) {
                        Token t = tokens.get(i);
                        if (t.end() > s.start() && t.start() < s.end()) {
                            role[i] = r;
                            id[i] = span;
                        }
                    }
                }
            }
        }
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            if (role[i] < 0) {
                continue;
            }
            boolean starts = i == 0 || role[i - 1] != role[i] || id[i - 1] != id[i];
            boolean ends = i + 1 == out.length || role[i + 1] != role[i] || id[i + 1] != id[i];
            out[i] = label(role[i], starts && ends ? 3 : starts ? 0 : ends ? 2 : 1);
        }
        return out;
    }

    // ---- reading and writing ---------------------------------------------------------------------

    /**
     * Reads a chain written by {@link #write}: a {@code roles<TAB>r1 r2 …} line, transition rows
     * {@code transition<TAB>from<TAB>w …}, feature lines {@code feature<TAB>column:weight …}, up to a
     * line {@code end} or the end of input; '#' lines are comments. Errors name the file ({@code what})
     * and line.
     */
    static LinearChain read(BufferedReader r, String what) throws IOException {
        return read(new LexiconReader(what, r));
    }

    /** As {@link #read(BufferedReader, String)}, from where {@code in} stands; errors name its file and line. */
    static LinearChain read(LexiconReader in) throws IOException {
        List<String> roles = null;
        Map<String, float[]> w = new HashMap<>();
        float[] transition = null;
        LexiconLine line;
        while ((line = in.nextEntry()) != null && !line.text().equals("end")) {
            String[] cols = line.columns();
            try {
                if (cols[0].equals("roles") && cols.length == 2) {
                    roles = List.of(cols[1].split(" "));
                    int labels = 1 + 4 * roles.size();
                    transition = new float[(labels + 1) * labels];
                } else if (roles == null) {
                    throw line.error("the roles line must come first");
                } else if (cols[0].equals("transition") && cols.length == 3) {
                    int labels = 1 + 4 * roles.size();
                    int from = Integer.parseInt(cols[1]);
                    String[] v = cols[2].split(" ");
                    if (from < 0 || from > labels || v.length != labels) {
                        throw line.error("bad transition row");
                    }
                    for (int y = 0; y < labels; y++) {
                        transition[from * labels + y] = Float.parseFloat(v[y]);
                    }
                } else if (cols.length == 2) {
                    float[] row = new float[1 + 4 * roles.size()];
                    for (String kv : cols[1].split(" ")) {
                        int colon = kv.indexOf(':');
                        row[Integer.parseInt(kv.substring(0, colon))] = Float.parseFloat(kv.substring(colon + 1));
                    }
                    w.put(cols[0], row);
                } else {
                    throw line.error("expected feature TAB weights");
                }
            } catch (NumberFormatException | StringIndexOutOfBoundsException | ArrayIndexOutOfBoundsException e) {
                throw line.error(String.valueOf(e.getMessage()), e);
            }
        }
        if (roles == null) {
            throw new IllegalArgumentException(in.name() + ": no roles line");
        }
        return new LinearChain(roles, w, transition);
    }

    /** Writes the chain in the format {@link #read} reads, ending with an {@code end} line. */
    void write(Writer out) throws IOException {
        out.write("roles\t" + String.join(" ", roles) + "\n");
        for (int from = 0; from <= labels; from++) {
            StringBuilder sb = new StringBuilder("transition\t").append(from).append('\t');
            for (int y = 0; y < labels; y++) {
                sb.append(y > 0 ? " " : "").append(format(transition[from * labels + y]));
            }
            out.write(sb.append('\n').toString());
        }
        for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
            StringBuilder sb = new StringBuilder(e.getKey()).append('\t');
            boolean any = false;
            for (int y = 0; y < labels; y++) {
                if (e.getValue()[y] != 0) {
                    sb.append(any ? " " : "").append(y).append(':').append(format(e.getValue()[y]));
                    any = true;
                }
            }
            if (any) {
                out.write(sb.append('\n').toString());
            }
        }
        out.write("end\n");
    }

    private static String format(float v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        if (s.contains("e") || !s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
