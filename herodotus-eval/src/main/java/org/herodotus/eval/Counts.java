package org.herodotus.eval;

/**
 * True positives, false positives and false negatives of one figure, with the precision, recall
 * and F1 they give (computed in the reference scorers' order, so the printed figures agree with
 * theirs to the last digit).
 *
 * @param tp true positives
 * @param fp false positives
 * @param fn false negatives
 */
public record Counts(int tp, int fp, int fn) {

    /** No counts. */
    public static final Counts ZERO = new Counts(0, 0, 0);

    /** Matched over predicted, 0 when nothing was predicted. */
    public double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    /** Matched over gold, 0 when there was nothing to find. */
    public double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    /** Harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The sum of two counts. */
    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** These counts with {@code dtp}, {@code dfp} and {@code dfn} added. */
    public Counts plus(int dtp, int dfp, int dfn) {
        return new Counts(tp + dtp, fp + dfp, fn + dfn);
    }
}
