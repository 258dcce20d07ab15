/**
 * The events stage: PLOVER 0.8 event coding. {@link org.herodotus.events.EventStage} is the stage;
 * for each parsed sentence it runs {@code SentenceCoder}, and at the end of the article
 * {@code EventMerger}. Rules are data files in this package: the trigger lexicon {@code triggers.txt}
 * behind {@link org.herodotus.events.EventLexicon} (one {@code TriggerEntry} a line, plus any user
 * files in the same format), the modality and negation word classes {@code modality.txt} behind
 * {@code ModalityLexicon}, and the event types {@code plover.tsv} behind
 * {@link org.herodotus.events.PloverCodebook}; the other closed word classes (pronouns, weekdays, …)
 * are in {@code words.txt} behind {@code EventWords}. docs/events.md describes the formats and the rules.
 *
 * <p>The lexicon path, one class per job: {@code SentenceGraph} indexes a sentence's dependency
 * parse; {@code TriggerFinder} finds the lexicon's triggers in it ({@code TriggerMatch});
 * {@code ArgumentRoles} finds the tokens that fill each role (the "where" prepositions come from
 * the places package's {@link org.herodotus.places.Locatives}); {@code ParticipantResolver} says
 * which actor a token names, {@code DocumentActors} keeps the actors added on the way and
 * {@code ImpliedAuthorities} names the state as the doer of what only the state does;
 * {@code ModalityReader} reads modality and negation; {@code EventDates} dates a mention. A
 * sentence's findings are {@code Mention}s; {@code EventMerger} merges the mentions of one event
 * into an event, with {@code OutcomeFolding} joining a toll without a doer to its attack.
 *
 * <p>The CAMEO path, for users who bring the TABARI/PETRARCH verb dictionaries they maintain:
 * {@link org.herodotus.events.CameoVerbDictionary} is its front door; {@code CameoVerbFile} reads
 * the {@code .verbs} file ({@code CameoVerb}s and {@code CameoVerbPattern}s) and the discard list
 * ({@code CameoDiscards}); {@code CameoPatternMatcher} matches verbs and patterns in a sentence;
 * {@link org.herodotus.events.CameoMapping} turns CAMEO codes into PLOVER types; {@code CameoCoder}
 * codes a sentence this way instead of {@code SentenceCoder}.
 */
package org.herodotus.events;
