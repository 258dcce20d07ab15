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
 * @param before     only incidents after this one in the listing order (latest report first,
 *                   then row id descending): where the previous page ended
 */
public record IncidentFilter(Long id, String event, String country, LocalDate from, LocalDate to,
                             Integer minSources, Integer limit, Position before) {

    /** Filters without a page position. */
    public IncidentFilter(Long id, String event, String country, LocalDate from, LocalDate to, Integer minSources,
                          Integer limit) {
        this(id, event, country, from, to, minSources, limit, null);
    }

    /** Every incident. */
    public static IncidentFilter all() {
        return new IncidentFilter(null, null, null, null, null, null, null, null);
    }

    /** Only incident {@code incident}. */
    public IncidentFilter withId(Long incident) {
        return new IncidentFilter(incident, event, country, from, to, minSources, limit, before);
    }

    /** Only incidents of type {@code type}. */
    public IncidentFilter withEvent(String type) {
        return new IncidentFilter(id, type, country, from, to, minSources, limit, before);
    }

    /** Only incidents whose best place is in {@code code}. */
    public IncidentFilter withCountry(String code) {
        return new IncidentFilter(id, event, code, from, to, minSources, limit, before);
    }

    /** Only incidents that may have happened between {@code first} and {@code last}. */
    public IncidentFilter withDates(LocalDate first, LocalDate last) {
        return new IncidentFilter(id, event, country, first, last, minSources, limit, before);
    }

    /** Only incidents reported by at least {@code n} independent sources. */
    public IncidentFilter withMinSources(Integer n) {
        return new IncidentFilter(id, event, country, from, to, n, limit, before);
    }

    /** At most {@code n} incidents. */
    public IncidentFilter withLimit(Integer n) {
        return new IncidentFilter(id, event, country, from, to, minSources, n, before);
    }

    /** Only incidents listed after {@code position} (the last of the previous page); null for no bound. */
    public IncidentFilter withBefore(Position position) {
        return new IncidentFilter(id, event, country, from, to, minSources, limit, position);
    }

    /**
     * A place in the incident listing's order: the latest report's day (null sorts last), then
     * the row id, both descending.
     */
    public record Position(LocalDate lastSeen, long id) {

        /** The position of {@code incident}. */
        public static Position of(Incident incident) {
            return new Position(incident.lastSeen(), incident.id());
        }
    }
}
