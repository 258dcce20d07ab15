/**
 * Scores the certainty the claims lexicon gives to events against event-factuality benchmarks
 * (UW and sets in its format), with the metrics of the benchmark's reference scorer.
 */
package org.herodotus.eval.factuality;
