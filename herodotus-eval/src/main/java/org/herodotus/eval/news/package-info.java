/**
 * Scoring of the whole analysis on a news gold set (the benchmark's news conventions): event
 * types, (event, actor country) pairs, claim cues, attributions with their certainty, and places,
 * counted exactly as the benchmark's Python scorer counts them ({@link
 * org.herodotus.eval.news.NewsScorer}), with a per-item account of what was missed and what was
 * spurious ({@link org.herodotus.eval.news.NewsMisses}).
 */
package org.herodotus.eval.news;
