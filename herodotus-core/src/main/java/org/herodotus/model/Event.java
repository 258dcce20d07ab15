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
 * @param dateSource where {@code date} comes from: "text" (a time expression in the sentence) or
 *                   "published" (the article's publication date, used when the sentence names no
 *                   date); null when {@code date} is null
 * @param mentions   every trigger in the article that names this same event, in text order;
 *                   repeated mentions are merged into one event. The first is {@code trigger},
 *                   except that an event the headline and the body both name takes its trigger
 *                   from the body (its first mention there), so a headline mention comes first
 */
public record Event(String id, String event, String mode, List<String> actors, List<String> recipients,
                    String place, String date, boolean negated, Modality modality, Integer quad,
                    Double intensity, Span trigger, Span sentence, List<String> claims,
                    String dateSource, List<Span> mentions) {

    public Event {
        actors = actors == null ? List.of() : List.copyOf(actors);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        claims = claims == null ? List.of() : List.copyOf(claims);
        mentions = mentions == null ? (trigger == null ? List.of() : List.of(trigger)) : List.copyOf(mentions);
    }

    /** An event without date source or further mentions (the fields of the original contract). */
    public Event(String id, String event, String mode, List<String> actors, List<String> recipients,
                 String place, String date, boolean negated, Modality modality, Integer quad,
                 Double intensity, Span trigger, Span sentence, List<String> claims) {
        this(id, event, mode, actors, recipients, place, date, negated, modality, quad, intensity, trigger,
                sentence, claims, null, null);
    }

    /** A copy located at {@code placeId}; later stages use it so that no field is lost. */
    public Event withPlace(String placeId) {
        return new Event(id, event, mode, actors, recipients, placeId, date, negated, modality, quad, intensity,
                trigger, sentence, claims, dateSource, mentions);
    }

    /** A copy whose actors are {@code actorIds} (the claims stage fills them from who the claims say did it). */
    public Event withActors(List<String> actorIds) {
        return new Event(id, event, mode, actorIds, recipients, place, date, negated, modality, quad, intensity,
                trigger, sentence, claims, dateSource, mentions);
    }

    /** A copy whose recipients are {@code actorIds}. */
    public Event withRecipients(List<String> actorIds) {
        return new Event(id, event, mode, actors, actorIds, place, date, negated, modality, quad, intensity,
                trigger, sentence, claims, dateSource, mentions);
    }

    /** A copy reported by the claims {@code claimIds}. */
    public Event withClaims(List<String> claimIds) {
        return new Event(id, event, mode, actors, recipients, place, date, negated, modality, quad, intensity,
                trigger, sentence, claimIds, dateSource, mentions);
    }
}
