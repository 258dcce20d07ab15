package org.herodotus.eval.events;

/**
 * What the triple measure compares: who (country) did what (PLOVER type) to whom (country).
 *
 * @param actor     actor country code, "" when unknown
 * @param recipient recipient country code, "" when none or unknown
 * @param event     PLOVER event type
 */
public record Triple(String actor, String recipient, String event) {
}
