package org.herodotus.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Greedy arc-standard transition parsing (Nivre, 2004) with the feature template of Chen and
 * Manning (2014), scored by {@link ParserWeights}: the parse CoreNLP's neural dependency parser
 * makes, to the arc. The state is kept in arrays of ints and each token's word and tag ids are
 * looked up once per sentence, where CoreNLP looks up 36 strings per transition.
 */
final class ArcStandardParser {

    /** Each token's head (0: the root) and dependency label, tokens numbered from 1. */
    record Arcs(int[] heads, String[] labels) {
    }

    private static final int NONE = -1;
    /** Positions in the feature vector: 18 words, then 18 tags, then 12 labels. */
    private static final int TAGS = 18;
    private static final int LABELS = 36;

    private final ParserWeights weights;
    /** The labels arcs can carry: the model's, less the first ("no label"). The first of these is the root's. */
    private final List<String> labels;
    private final int rootWord;
    private final int rootTag;
    private final int nullWord;
    private final int nullTag;
    private final int nullLabel;

    ArcStandardParser(ParserWeights weights) {
        if (weights.features() != 48) {
            throw new IllegalArgumentException("the parser's model describes a state by " + weights.features()
                    + " features; this parser knows the template of 48");
        }
        this.weights = weights;
        this.labels = weights.labels().subList(1, weights.labels().size());
        this.rootWord = weights.wordId(ParserWeights.ROOT);
        this.rootTag = weights.tagId(ParserWeights.ROOT);
        this.nullWord = weights.wordId(ParserWeights.NULL);
        this.nullTag = weights.tagId(ParserWeights.NULL);
        this.nullLabel = weights.labelId(0);
    }

    /** Parses one sentence whose tokens carry their part-of-speech tags. */
    Arcs parse(List<CoreLabel> tokens) {
        State s = new State(tokens.size());
        int[] words = new int[s.n + 1];
        int[] tags = new int[s.n + 1];
        words[0] = rootWord;
        tags[0] = rootTag;
        for (int i = 1; i <= s.n; i++) {
            CoreLabel t = tokens.get(i - 1);
            words[i] = weights.wordId(t.word());
            tags[i] = weights.tagId(t.tag());
        }
        int transitions = 2 * labels.size() + 1;
        int[] features = new int[48];
        while (!(s.stackSize == 1 && s.next > s.n)) {
            describe(s, words, tags, features);
            double[] scores = weights.scores(features);
            // The best transition the state allows; on a tie, the first (CoreNLP's order: every
            // left arc, every right arc, shift).
            int best = NONE;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < transitions; t++) {
                if (scores[t] > bestScore && allows(s, t)) {
                    bestScore = scores[t];
                    best = t;
                }
            }
            apply(s, best);
        }
        String[] arcLabels = new String[s.n + 1];
        for (int i = 1; i <= s.n; i++) {
            arcLabels[i] = labels.get(s.label[i]);
        }
        return new Arcs(s.head, arcLabels);
    }

    /** The 48 ids describing a state: the model's input. */
    private void describe(State s, int[] words, int[] tags, int[] f) {
        for (int j = 2; j >= 0; j--) {
            int k = s.stack(j);
            f[2 - j] = word(k, words);
            f[TAGS + 2 - j] = tag(k, tags);
        }
        for (int j = 0; j <= 2; j++) {
            int k = s.buffer(j);
            f[3 + j] = word(k, words);
            f[TAGS + 3 + j] = tag(k, tags);
        }
        for (int j = 0; j <= 1; j++) {
            int k = s.stack(j);
            int lc = s.leftChild(k, 1);
            int rc = s.rightChild(k, 1);
            int[] around = {lc, rc, s.leftChild(k, 2), s.rightChild(k, 2), s.leftChild(lc, 1), s.rightChild(rc, 1)};
            for (int m = 0; m < around.length; m++) {
                int at = 6 + 6 * j + m;
                f[at] = word(around[m], words);
                f[TAGS + at] = tag(around[m], tags);
                f[LABELS + 6 * j + m] = label(around[m], s);
            }
        }
    }

    private int word(int k, int[] words) {
        return k >= 0 && k < words.length ? words[k] : nullWord;
    }

    private int tag(int k, int[] tags) {
        return k >= 0 && k < tags.length ? tags[k] : nullTag;
    }

    private int label(int k, State s) {
        // Only an attached token is anyone's child, so only the root and "none" have no label.
        return k <= 0 || k > s.n ? nullLabel : weights.labelId(s.label[k] + 1);
    }

    private boolean allows(State s, int t) {
        int arcs = labels.size();
        if (t == 2 * arcs) {
            return s.next <= s.n;
        }
        boolean left = t < arcs;
        boolean toRoot = (left ? t : t - arcs) == 0;
        int head = left ? s.stack(0) : s.stack(1);
        if (head < 0 || (head == 0) != toRoot) {
            return false;
        }
        // Right arcs onto the root only once the buffer is empty: one root per sentence.
        return left ? s.stackSize > 2 : s.stackSize > 2 || (s.stackSize == 2 && s.next > s.n);
    }

    private void apply(State s, int t) {
        int arcs = labels.size();
        if (t == 2 * arcs) {
            s.stack[s.stackSize++] = s.next++;
            return;
        }
        int top = s.stack(0);
        int second = s.stack(1);
        if (t < arcs) {
            s.head[second] = top;
            s.label[second] = t;
            s.stack[s.stackSize - 2] = top;
        } else {
            s.head[top] = second;
            s.label[top] = t - arcs;
        }
        s.stackSize--;
    }

    /** A parser state: the stack, the buffer (the tokens from {@code next} on) and the arcs so far. */
    private static final class State {

        final int n;
        final int[] stack;
        int stackSize;
        int next = 1;
        final int[] head;
        /** Index into the arc labels; NONE while unattached. */
        final int[] label;

        State(int n) {
            this.n = n;
            stack = new int[n + 1];
            stackSize = 1; // the root, 0
            head = new int[n + 1];
            label = new int[n + 1];
            java.util.Arrays.fill(head, NONE);
            java.util.Arrays.fill(label, NONE);
        }

        int stack(int k) {
            return k < stackSize ? stack[stackSize - 1 - k] : NONE;
        }

        int buffer(int k) {
            return next + k <= n ? next + k : NONE;
        }

        /** The {@code cnt}-th child of {@code k} counted from the left, among those before it. */
        int leftChild(int k, int cnt) {
            if (k < 0 || k > n) {
                return NONE;
            }
            int c = 0;
            for (int i = 1; i < k; i++) {
                if (head[i] == k && ++c == cnt) {
                    return i;
                }
            }
            return NONE;
        }

        /** The {@code cnt}-th child of {@code k} counted from the right, among those after it. */
        int rightChild(int k, int cnt) {
            if (k < 0 || k > n) {
                return NONE;
            }
            int c = 0;
            for (int i = n; i > k; i--) {
                if (head[i] == k && ++c == cnt) {
                    return i;
                }
            }
            return NONE;
        }
    }
}
