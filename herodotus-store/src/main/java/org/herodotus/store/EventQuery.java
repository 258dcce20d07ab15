package org.herodotus.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters for stored events; every filter left null matches everything. Build with
 * {@link #all()} and the {@code with…} methods.
 *
 * @param actor        an actor or recipient name, case-insensitive; '*' matches any characters
 * @param actorCountry country code of an actor or recipient
 * @param sector       sector code of an actor or recipient
 * @param country      country code of the event's place
 * @param types        PLOVER event types (any of)
 * @param bbox         bounding box of the event's place
 * @param near         centre and radius around the event's place
 * @param from         first day (inclusive)
 * @param to           last day (inclusive)
 * @param text         words that must all appear in the article (title or body)
 * @param incident     incident row id
 * @param limit        most rows to return (newest first); null for all rows, in storage order
 * @param before       only events after this position in newest-first order (day, then row id,
 *                     both descending): where the previous page of a paged listing ended
 */
public record EventQuery(String actor, String actorCountry, String sector, String country, List<String> types,
                         BoundingBox bbox, Circle near, LocalDate from, LocalDate to, String text,
                         Long incident, Integer limit, Position before) {

    public EventQuery {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** A query matching every event. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, List.of(), null, null, null, null, null, null, null, null);
    }

    /** Events with an actor or recipient named {@code name}. */
    public EventQuery withActor(String name) {
        return new EventQuery(name, actorCountry, sector, country, types, bbox, near, from, to, text, incident, limit, before);
    }

    /** Events with an actor or recipient from {@code code}. */
    public EventQuery withActorCountry(String code) {
        return new EventQuery(actor, code, sector, country, types, bbox, near, from, to, text, incident, limit, before);
    }

    /** Events with an actor or recipient of sector {@code code}. */
    public EventQuery withSector(String code) {
        return new EventQuery(actor, actorCountry, code, country, types, bbox, near, from, to, text, incident, limit, before);
    }

    /** Events that took place in country {@code code}. */
    public EventQuery withCountry(String code) {
        return new EventQuery(actor, actorCountry, sector, code, types, bbox, near, from, to, text, incident, limit, before);
    }

    /** Events of any of {@code eventTypes}. */
    public EventQuery withTypes(List<String> eventTypes) {
        return new EventQuery(actor, actorCountry, sector, country, eventTypes, bbox, near, from, to, text, incident, limit, before);
    }

    /** Events placed inside {@code box}. */
    public EventQuery withBbox(BoundingBox box) {
        return new EventQuery(actor, actorCountry, sector, country, types, box, near, from, to, text, incident, limit, before);
    }

    /** Events placed inside {@code circle}. */
    public EventQuery withNear(Circle circle) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, circle, from, to, text, incident, limit, before);
    }

    /** Events on days {@code first} to {@code last}, both inclusive; either may be null. */
    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, near, first, last, text, incident, limit, before);
    }

    /** Events whose article contains every word of {@code words}. */
    public EventQuery withText(String words) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, near, from, to, words, incident, limit, before);
    }

    /** Events of incident {@code id}. */
    public EventQuery withIncident(Long id) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, near, from, to, text, id, limit, before);
    }

    /** At most {@code n} events, newest first. */
    public EventQuery withLimit(Integer n) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, near, from, to, text, incident, n, before);
    }

    /** Only events older than {@code position} in newest-first order; null for no bound. */
    public EventQuery withBefore(Position position) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, near, from, to, text, incident, limit, position);
    }

    /**
     * A place in the newest-first order of events: a day and a row id. Paged listings hand the
     * last row's position back to get the next page, which stays stable while new events arrive.
     */
    public record Position(LocalDate day, long id) {
        public Position {
            if (day == null) {
                throw new IllegalArgumentException("a position needs a day");
            }
        }

        /** The position of {@code row}. */
        public static Position of(EventRow row) {
            return new Position(row.day(), row.id());
        }
    }

    /** A latitude/longitude box. */
    public record BoundingBox(double minLat, double minLon, double maxLat, double maxLon) {
        public BoundingBox {
            if (minLat > maxLat || minLon > maxLon) {
                throw new IllegalArgumentException("bounding box minimum exceeds maximum");
            }
        }
    }

    /** A circle on the globe: centre and radius in kilometres. */
    public record Circle(double lat, double lon, double radiusKm) {
        public Circle {
            if (radiusKm <= 0) {
                throw new IllegalArgumentException("radius must be positive");
            }
        }
    }
}
