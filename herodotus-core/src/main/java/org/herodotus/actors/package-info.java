/**
 * The actors stage. {@link org.herodotus.actors.ActorStage} is the stage; it runs
 * {@code ActorFinder}, which coordinates the jobs: {@code SentenceMentions} reads each sentence's
 * candidate mentions (with {@code DictionaryHits}, {@code TitlesAndAppositions},
 * {@code AgentPhrases} and {@code PhraseDescriber}) and {@code PlaceCountries} where it says things
 * happen; {@code MentionGrouper} groups the mentions into actors; {@code CountryDefaults} gives a
 * country to the actors whose words give none. {@link org.herodotus.actors.ActorDictionary} holds
 * the lexicons.
 */
package org.herodotus.actors;
