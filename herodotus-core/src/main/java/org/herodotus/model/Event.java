package org.herodotus.model;

import java.util.List;

/**
 * A PLOVER event: who did what to whom, where and when.
 *
 * @param id         identifier unique within the analysis ("e1", …)
 * @param event      PLOVER 0.8 event type (ASSAULT, CONSULT, …)
 * @param mode       PLOVER mode of the event type, null when none applies
 * @param actors     ids of the actors who act
 * @param recipients ids of the actors acted upon
 * @param place      id of the place where it happened, null when the text does not say
 * @param date       ISO 8601 date (or coarser: year, year-month) when it happened, null when unknown
 * @param negated    whether the text says it did not happen
 * @param modality   asserted, future, hypothetical or intended
 * @param quad       PLOVER quad class (1 verbal cooperation … 4 material conflict)
 * @param intensity  PLOVER intensity, -10 (most conflictual) … +10
 * @param trigger    the words that name the event
 * @param sentence   the sentence it was read from
 * @param claims     ids of the claims that report it
 */
public record Event(String id, String event, String mode, List<String> actors, List<String> recipients,
                    String place, String date, boolean negated, String modality, Integer quad,
                    Double intensity, Span trigger, Span sentence, List<String> claims) {

    public Event {
        actors = actors == null ? List.of() : List.copyOf(actors);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }
}
