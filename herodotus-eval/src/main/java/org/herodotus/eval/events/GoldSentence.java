package org.herodotus.eval.events;

import java.time.LocalDate;
import java.util.Set;

/**
 * One unit of an event gold file: a sentence with the PLOVER event types and (actor country,
 * recipient country, event) triples it should yield.
 *
 * @param id      the record id
 * @param text    the sentence
 * @param date    the record's date, used as the publication date; null when the record has none
 * @param scored  whether the unit takes part in the scores
 * @param reason  why it is left out when it is not scored
 * @param types   gold event types
 * @param triples gold triples; null when the gold names no actors
 */
public record GoldSentence(String id, String text, LocalDate date, boolean scored, String reason, Set<String> types,
                           Set<Triple> triples) {

    public GoldSentence {
        types = Set.copyOf(types);
        triples = triples == null ? null : Set.copyOf(triples);
    }
}
