package org.herodotus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Place;

/**
 * What incident matching needs to know of an article's events: for each event that may join an
 * incident, its type, place (point or area), dates (an undated event gets the store's window
 * before the day it was seen) and the names and countries of its participants.
 */
final class EventSketches {

    private final Rules rules;

    EventSketches(Rules rules) {
        this.rules = rules;
    }

    /** The sketches of the events of {@code item} that may join an incident, in the analysis's order. */
    List<EventSketch> of(PendingArticle item) {
        Map<String, Actor> actors = new HashMap<>();
        item.a.actors().forEach(x -> actors.put(x.id(), x));
        Map<String, Place> places = new HashMap<>();
        item.a.places().forEach(x -> places.put(x.id(), x));
        List<EventSketch> out = new ArrayList<>();
        for (int k = 0; k < item.a.events().size(); k++) {
            Event e = item.a.events().get(k);
            if (eligible(e)) {
                Place place = e.place() == null ? null : places.get(e.place());
                LocalDate[] when = e.date() == null ? null : EventDates.interval(e.date());
                out.add(sketch(e, item.eventIds.get(k), item.id, place, when, item.seen, actors));
            }
        }
        return out;
    }

    /** Only events that happened merge into incidents: not negated, not future or hypothetical. */
    static boolean eligible(Event e) {
        return !e.negated() && (e.modality() == null || e.modality().equalsIgnoreCase("asserted"));
    }

    private EventSketch sketch(Event e, long id, long articleId, Place place, LocalDate[] when, LocalDate seen,
                               Map<String, Actor> actors) {
        boolean precise = when != null && when[0].equals(when[1]);
        LocalDate first = when != null ? when[0] : seen.minusDays(rules.undatedWindowDays());
        LocalDate last = when != null ? when[1] : seen;
        boolean area = place != null && (place.lat() == null || rules.isArea(place.feature()));
        return new EventSketch(id, articleId, e.event().strip().toUpperCase(Locale.ROOT),
                place == null ? null : place.lat(), place == null ? null : place.lon(), area,
                place != null && rules.isAdmin1(place.feature()), place == null ? null : place.country(),
                place == null ? null : place.admin1(), first, last, precise,
                names(e.actors(), actors), countries(e.actors(), actors),
                names(e.recipients(), actors), countries(e.recipients(), actors));
    }

    /** The lower-cased names of the actors {@code keys}, in order, each once. */
    private static Set<String> names(List<String> keys, Map<String, Actor> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            Actor a = actors.get(k);
            if (a != null && a.name() != null) {
                out.add(a.name().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The countries of the actors {@code keys}, in order, each once. */
    private static Set<String> countries(List<String> keys, Map<String, Actor> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            Actor a = actors.get(k);
            if (a != null && a.country() != null) {
                out.add(a.country());
            }
        }
        return out;
    }
}
