package org.herodotus.eval.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.herodotus.claims.LinearChain;

/**
 * Averaged structured perceptron state (Collins 2002): current weights and the running sums that
 * give their average. Each epoch visits the sequences in an order shuffled with a fixed seed,
 * decodes each with Viterbi and moves the weights towards the gold labels and away from the
 * predicted ones wherever the two differ.
 */
final class AveragedPerceptron {

    /** The seed of the order sequences are visited in, so that training is repeatable. */
    private static final long SEED = 17;

    /** Emission (features × labels) and transition ((labels + 1) × labels) weights. */
    record Weights(float[] emission, float[] transition, int labels) {
        int[] tag(int[][] features) {
            float[][] s = new float[features.length][labels];
            for (int i = 0; i < features.length; i++) {
                for (int f : features[i]) {
                    int base = f * labels;
                    for (int y = 0; y < labels; y++) {
                        s[i][y] += emission[base + y];
                    }
                }
            }
            return LinearChain.viterbi(s, transition, labels);
        }
    }

    private final int labels;
    private final double[] w;
    private final double[] u;
    private final double[] t;
    private final double[] ut;
    private long step = 1;
    private final Random random = new Random(SEED);

    AveragedPerceptron(int features, int labels) {
        this.labels = labels;
        w = new double[features * labels];
        u = new double[features * labels];
        t = new double[(labels + 1) * labels];
        ut = new double[(labels + 1) * labels];
    }

    void epoch(List<TrainingSequence> sequences) {
        List<TrainingSequence> order = new ArrayList<>(sequences);
        Collections.shuffle(order, random);
        for (TrainingSequence e : order) {
            int[][] features = e.features();
            float[][] scores = new float[features.length][labels];
            for (int i = 0; i < features.length; i++) {
                for (int f : features[i]) {
                    int base = f * labels;
                    for (int y = 0; y < labels; y++) {
                        scores[i][y] += (float) w[base + y];
                    }
                }
            }
            float[] trans = new float[t.length];
            for (int k = 0; k < t.length; k++) {
                trans[k] = (float) t[k];
            }
            int[] pred = LinearChain.viterbi(scores, trans, labels);
            int[] gold = e.gold();
            int start = labels;
            for (int i = 0; i < gold.length; i++) {
                if (pred[i] != gold[i]) {
                    for (int f : features[i]) {
                        add(w, u, f * labels + gold[i], 1);
                        add(w, u, f * labels + pred[i], -1);
                    }
                }
                int gp = i == 0 ? start : gold[i - 1];
                int pp = i == 0 ? start : pred[i - 1];
                if (gp != pp || gold[i] != pred[i]) {
                    add(t, ut, gp * labels + gold[i], 1);
                    add(t, ut, pp * labels + pred[i], -1);
                }
            }
            step++;
        }
    }

    private void add(double[] weights, double[] sums, int k, double v) {
        weights[k] += v;
        sums[k] += step * v;
    }

    Weights averaged() {
        float[] aw = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            aw[k] = (float) (w[k] - u[k] / step);
        }
        float[] at = new float[t.length];
        for (int k = 0; k < t.length; k++) {
            at[k] = (float) (t[k] - ut[k] / step);
        }
        return new Weights(aw, at, labels);
    }
}
