/**
 * The claims stage: who says who did it, and how sure they are.
 * {@link org.herodotus.claims.ClaimStage} is the stage; word lists are data files under
 * {@code org/herodotus/claims/} read by {@code ClaimLexicon}, the closed word classes (pronouns,
 * punctuation, quote marks, …) {@code words.txt} read by {@code ClaimWords} (formats in
 * docs/claims.md).
 *
 * <p>Finding attributions (source, cue, content: {@code Attribution}) two ways. The rules:
 * {@code AttributionFinder} runs one {@code CuePattern} per way a sentence attributes words
 * ({@code ReportingVerbPattern} with {@code UnlistedVerbs}, {@code ReportingNounPattern},
 * {@code AccordingToPattern}, {@code InSourcePattern}, {@code HeadlineColonPattern}), the
 * {@code LinePattern}s over the raw text ({@code CreditLinePattern},
 * {@code TranscriptLinePattern}), then {@code Quotes}, {@code QuoteContinuation} and
 * {@code TrailingReportFinder}, reading spans with {@code Phrases} and {@code ParseSpans}, filtered
 * by the learned {@code AttributionModel}. The learned labeller: {@code AttributionTagger}, two
 * {@code LinearChain}s over the features of {@code TaggerFeatures} ({@code TaggerArticle},
 * {@code CueFeatures}, {@code ArgumentFeatures}).
 *
 * <p>From attributions to claims: {@code ClaimAttributions} merges the two readings and keeps the
 * claims ({@code ClaimScope} tells a claim from a quote); {@code ClaimActors} resolves speakers
 * and parties to actors; {@code CueParse} reads the parse around a cue; {@code DoerFinder} (with
 * {@code Responsibility} and {@code ReportedDeeds}) finds whom a claim says did it and settles its
 * {@link org.herodotus.model.ClaimType}; {@code ClaimCertainty} and {@code EventFactuality} give
 * its {@link org.herodotus.model.Certainty}; {@code ClaimEvents} links claims and events.
 */
package org.herodotus.claims;
