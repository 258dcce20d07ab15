/**
 * The actors stage. {@link org.herodotus.actors.ActorStage} is the stage; it runs
 * {@code ActorFinder}, which coordinates the jobs: {@code SentenceMentions} reads each sentence's
 * candidate mentions ({@code Mention}, with {@code DictionaryHits}, {@code TitlesAndAppositions},
 * {@code AgentPhrases} and {@code PhraseDescriber}, sharing {@code SentenceState}) and
 * {@code PlaceCountries} where it says things happen; {@code MentionGrouper} groups the mentions
 * into actors ({@code ActorDraft}); {@code CountryDefaults} gives a country to the actors whose
 * words give none. {@link org.herodotus.actors.SpanResolver} turns any later stage's span (an
 * event's argument, a claim's source) into an actor.
 *
 * <p>Data: {@link org.herodotus.actors.ActorDictionary} holds the lexicons (countries, agents,
 * named actors: the {@code .tsv} files in this package's resources, plus CAMEO/PETRARCH
 * dictionaries read by {@code CameoDictionaries}), found in text by {@code PhraseIndex}; the
 * locative words come from the places package's {@link org.herodotus.places.Locatives}, the
 * other closed word classes (honorifics, place heads, …) from {@code words.txt} through
 * {@code PhraseWords}.
 */
package org.herodotus.actors;
