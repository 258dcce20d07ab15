/**
 * Scores the claims stage's attribution finder on PolNeAR (source, cue and content spans), with
 * the metrics of the benchmark's reference scorer.
 */
package org.herodotus.eval.attribution;
