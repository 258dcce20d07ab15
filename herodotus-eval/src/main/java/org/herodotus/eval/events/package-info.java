/**
 * Scoring of the events stage on PLOVER event gold files: reading the gold ({@link
 * org.herodotus.eval.events.EventGold}), running the pipeline ({@link
 * org.herodotus.eval.events.EventEvaluation}) and counting event types and (actor, recipient,
 * event) triples ({@link org.herodotus.eval.events.EventScorer}), as the benchmark's Python scorer
 * does.
 */
package org.herodotus.eval.events;
