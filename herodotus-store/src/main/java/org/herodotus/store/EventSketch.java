package org.herodotus.store;

import java.time.LocalDate;
import java.util.Set;

/**
 * What incident merging needs to know of one event: type, where, when, who.
 *
 * @param id              event row id
 * @param articleId       article row id
 * @param type            PLOVER event type
 * @param lat             latitude, null when the place is unknown or has no coordinates
 * @param lon             longitude
 * @param area            whether the place names an area (country, province) rather than a spot
 * @param admin1Area      whether that area is a first-order division
 * @param country         country code of the place, null when unknown
 * @param admin1          first-order division of the place
 * @param first           first day it may have happened
 * @param last            last day it may have happened
 * @param precise         whether the text gave the day itself
 * @param actors          lower-cased names of the actors
 * @param actorTags       country codes of the actors
 * @param recipients      lower-cased names of the recipients
 * @param recipientTags   country codes of the recipients
 */
public record EventSketch(long id, long articleId, String type, Double lat, Double lon, boolean area, boolean admin1Area,
                   String country, String admin1, LocalDate first, LocalDate last, boolean precise,
                   Set<String> actors, Set<String> actorTags, Set<String> recipients, Set<String> recipientTags) {

    /** Whether the event has any place at all. */
    boolean placed() {
        return lat != null || country != null;
    }

    /** Whether the event is at a spot with coordinates. */
    boolean spot() {
        return lat != null && !area;
    }
}
