package org.herodotus.eval.attribution;

/**
 * One training sequence of the attribution tagger's trainer: feature ids per token, gold labels,
 * and the article it comes from (which decides whether it is held out).
 */
record TrainingSequence(int[][] features, int[] gold, int doc) {
}
