package org.herodotus.eval.attribution;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.claims.LinearChain;

/**
 * How well a chain in training does on the held-out articles (those from {@code split} on), by
 * which the trainer chooses the number of passes: the cue chain by exact-span F1 of its cues, the
 * argument chain by how often source and content come out exactly.
 */
final class HeldOutScores {

    private HeldOutScores() {
    }

    /** Cue exact-span F1 on the held-out sequences. */
    static double cueF1(List<TrainingSequence> sequences, int split, AveragedPerceptron.Weights w) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (TrainingSequence s : sequences) {
            if (s.doc() < split) {
                continue;
            }
            Set<List<Integer>> gold = cueRuns(s.gold());
            Set<List<Integer>> pred = cueRuns(w.tag(s.features()));
            for (List<Integer> r : pred) {
                if (gold.contains(r)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (List<Integer> r : gold) {
                if (!pred.contains(r)) {
                    fn++;
                }
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static Set<List<Integer>> cueRuns(int[] labels) {
        Set<List<Integer>> out = new HashSet<>();
        for (int[] r : LinearChain.runs(labels, 3).get(1)) {
            out.add(List.of(r[0], r[1]));
        }
        return out;
    }

    /** Share of held-out relations whose source and content spans all come out exactly (mean of the two). */
    static double exactMatch(List<TrainingSequence> sequences, int split, AveragedPerceptron.Weights w) {
        int n = 0;
        int right = 0;
        for (TrainingSequence s : sequences) {
            if (s.doc() < split) {
                continue;
            }
            List<List<int[]>> gold = LinearChain.runs(s.gold(), 2);
            List<List<int[]>> pred = LinearChain.runs(w.tag(s.features()), 2);
            for (int r = 0; r < 2; r++) {
                n++;
                if (same(gold.get(r), pred.get(r))) {
                    right++;
                }
            }
        }
        return n == 0 ? 0 : (double) right / n;
    }

    private static boolean same(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
                return false;
            }
        }
        return true;
    }
}
