/**
 * The events stage: PLOVER 0.8 event coding. {@link org.herodotus.events.EventStage} reads
 * triggers from the {@link org.herodotus.events.EventLexicon} (data files in this package:
 * {@code triggers.txt}, {@code modality.txt}, and the type table {@code plover.tsv} behind
 * {@link org.herodotus.events.PloverCodebook}), finds their actors and recipients in the dependency
 * parse, decides modality and negation, dates them, and merges repeated mentions of one event.
 * Imported CAMEO/PETRARCH verb dictionaries ({@link org.herodotus.events.CameoVerbDictionary}, with
 * {@link org.herodotus.events.CameoMapping}) can code instead of the lexicon. docs/events.md
 * describes the formats and the coding rules.
 *
 * <p>Inside, one class per job: {@code TriggerFinder} (lexicon entries matched in a sentence),
 * {@code ArgumentRoles} (which tokens fill a role), {@code ParticipantResolver} (which actor a
 * token names; {@code DocumentActors} holds the actors added on the way), {@code ModalityReader},
 * {@code EventDates}, {@code SentenceCoder} (a sentence's mentions with the lexicon) or
 * {@code CameoCoder} (with a CAMEO dictionary), and {@code EventMerger} (mentions into events).
 */
package org.herodotus.events;
