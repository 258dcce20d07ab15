package org.herodotus.store;

import java.time.LocalDate;

/**
 * Filters for incidents; every filter left null matches everything.
 *
 * @param id         one incident by row id
 * @param event      PLOVER event type
 * @param country    country code of the best place
 * @param from       the incident may have happened on or after this day
 * @param to         the incident may have happened on or before this day
 * @param minSources at least this many independent sources
 * @param limit      at most this many incidents
 */
public record IncidentFilter(Long id, String event, String country, LocalDate from, LocalDate to,
                             Integer minSources, Integer limit) {

    /** Every incident. */
    public static IncidentFilter all() {
        return new IncidentFilter(null, null, null, null, null, null, null);
    }

    /** Only incident {@code incident}. */
    public IncidentFilter withId(Long incident) {
        return new IncidentFilter(incident, event, country, from, to, minSources, limit);
    }

    /** Only incidents of type {@code type}. */
    public IncidentFilter withEvent(String type) {
        return new IncidentFilter(id, type, country, from, to, minSources, limit);
    }

    /** Only incidents whose best place is in {@code code}. */
    public IncidentFilter withCountry(String code) {
        return new IncidentFilter(id, event, code, from, to, minSources, limit);
    }

    /** Only incidents that may have happened between {@code first} and {@code last}. */
    public IncidentFilter withDates(LocalDate first, LocalDate last) {
        return new IncidentFilter(id, event, country, first, last, minSources, limit);
    }

    /** Only incidents reported by at least {@code n} independent sources. */
    public IncidentFilter withMinSources(Integer n) {
        return new IncidentFilter(id, event, country, from, to, n, limit);
    }

    /** At most {@code n} incidents. */
    public IncidentFilter withLimit(Integer n) {
        return new IncidentFilter(id, event, country, from, to, minSources, n);
    }
}
