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
 */
public record EventQuery(String actor, String actorCountry, String sector, String country, List<String> types,
                         BoundingBox bbox, Circle near, LocalDate from, LocalDate to, String text,
                         Long incident, Integer limit) {

    public EventQuery {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** A query matching every event. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, List.of(), null, null, null, null, null, null, null);
    }

    /** Events with an actor or recipient named {@code name}. */
    public EventQuery withActor(String name) {
        return new EventQuery(name, actorCountry, sector, country, types, bbox, near, from, to, text, incident, limit);
    }

    /** Events with an actor or recipient from {@code code}. */
    public EventQuery withActorCountry(String code) {
        return new EventQuery(actor, code, sector, country, types, bbox, near, from, to, text, incident, limit);
    }

    /** Events with an actor or recipient of sector {@code code}. */
    public EventQuery withSector(String code) {
        return new EventQuery(actor, actorCountry, code, country, types, bbox, near, from, to, text, incident, limit);
    }

    /** Events that took place in country {@code code}. */
    public EventQuery withCountry(String code) {
        return new EventQuery(actor, actorCountry, sector, code, types, bbox, near, from, to, text, incident, limit);
    }

    /** Events of any of {@code eventTypes}. */
    public EventQuery withTypes(List<String> eventTypes) {
        return new EventQuery(actor, actorCountry, sector, country, eventTypes, bbox, near, from, to, text, incident, limit);
    }

    /** Events placed inside {@code box}. */
    public EventQuery withBbox(BoundingBox box) {
        return new EventQuery(actor, actorCountry, sector, country, types, box, near, from, to, text, incident, limit);
    }

    /** Events placed inside {@code circle}. */
    public EventQuery withNear(Circle circle) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, circle, from, to, text, incident, limit);
    }

    /** Events on days {@code first} to {@code last}, both inclusive; either may be null. */
    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, near, first, last, text, incident, limit);
    }

    /** Events whose article contains every word of {@code words}. */
    public EventQuery withText(String words) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, near, from, to, words, incident, limit);
    }

    /** Events of incident {@code id}. */
    public EventQuery withIncident(Long id) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, near, from, to, text, id, limit);
    }

    /** At most {@code n} events, newest first. */
    public EventQuery withLimit(Integer n) {
        return new EventQuery(actor, actorCountry, sector, country, types, bbox, near, from, to, text, incident, n);
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
