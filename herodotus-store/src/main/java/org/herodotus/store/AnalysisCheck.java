package org.herodotus.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * Checks an analysis before anything of it is written: every id unique, every reference
 * resolvable, every offset inside the text, every date and coordinate readable. An analysis with
 * any problem is rejected whole, so the store never holds half an article.
 */
public final class AnalysisCheck {

    private AnalysisCheck() {
    }

    /** The problems of {@code a}; empty when it can be stored. */
    /** The form of an event type name (PLOVER's are upper-case words such as {@code ASSAULT}). */
    private static final java.util.regex.Pattern EVENT_TYPE = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    public static List<String> problems(Analysis a) {
        List<String> p = new ArrayList<>();
        if (a.text() == null || a.text().isBlank()) {
            p.add("no text");
            return p;
        }
        int n = a.text().length();
        if (a.bodyStart() > n) {
            p.add("body start " + a.bodyStart() + " outside the text (" + n + " characters)");
        }
        Set<String> actors = ids(p, "actor", a.actors().stream().map(Actor::id).toList());
        Set<String> places = ids(p, "place", a.places().stream().map(Place::id).toList());
        Set<String> events = ids(p, "event", a.events().stream().map(Event::id).toList());
        Set<String> claims = ids(p, "claim", a.claims().stream().map(Claim::id).toList());
        for (Actor actor : a.actors()) {
            for (Span s : actor.mentions()) {
                span(p, "actor " + actor.id() + " mention", s, n);
            }
        }
        for (Place place : a.places()) {
            span(p, "place " + place.id(), new int[] {place.start(), place.end()}, n);
            for (Span s : place.mentions()) {
                span(p, "place " + place.id() + " mention", s, n);
            }
            if ((place.lat() == null) != (place.lon() == null)) {
                p.add("place " + place.id() + ": latitude and longitude must both be given or both be null");
            }
            if (place.lat() != null && (!(Math.abs(place.lat()) <= 90) || !(Math.abs(place.lon()) <= 180))) {
                p.add("place " + place.id() + ": coordinates out of range (" + place.lat() + ", " + place.lon() + ")");
            }
        }
        for (Event e : a.events()) {
            String what = "event " + e.id();
            if (e.event() == null || e.event().isBlank()) {
                p.add(what + ": no event type");
            } else if (!EVENT_TYPE.matcher(e.event().strip()).matches()) {
                p.add(what + ": '" + shorten(e.event()) + "' is not an event type (letters, digits, _ or -, at most 40)");
            }
            refs(p, what + " actor", e.actors(), actors);
            refs(p, what + " recipient", e.recipients(), actors);
            refs(p, what + " claim", e.claims(), claims);
            if (e.place() != null && !places.contains(e.place())) {
                p.add(what + ": unknown place " + e.place());
            }
            if (e.date() != null && EventDates.interval(e.date()) == null) {
                p.add(what + ": unreadable date '" + e.date() + "'");
            }
            span(p, what + " trigger", e.trigger(), n);
            span(p, what + " sentence", e.sentence(), n);
        }
        for (Claim c : a.claims()) {
            String what = "claim " + c.id();
            if (c.source() != null) {
                if (c.source().actor() != null && !actors.contains(c.source().actor())) {
                    p.add(what + ": unknown source actor " + c.source().actor());
                }
                if (c.source().start() != null || c.source().end() != null) {
                    if (c.source().start() == null || c.source().end() == null) {
                        p.add(what + " source: start and end must both be given");
                    } else {
                        span(p, what + " source", new int[] {c.source().start(), c.source().end()}, n);
                    }
                }
            }
            span(p, what + " cue", c.cue(), n);
            span(p, what + " content", c.content(), n);
            if (c.event() != null && !events.contains(c.event())) {
                p.add(what + ": unknown event " + c.event());
            }
            if (c.attributedTo() != null && !actors.contains(c.attributedTo())) {
                p.add(what + ": unknown attributed actor " + c.attributedTo());
            }
        }
        return p;
    }

    private static Set<String> ids(List<String> p, String kind, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                p.add(kind + " without id");
            } else if (!seen.add(id)) {
                p.add("duplicate " + kind + " id " + id);
            }
        }
        return seen;
    }

    private static void refs(List<String> p, String what, List<String> refs, Set<String> known) {
        for (String r : refs) {
            if (!known.contains(r)) {
                p.add(what + ": unknown id " + r);
            }
        }
    }

    private static void span(List<String> p, String what, Span s, int n) {
        if (s != null) {
            span(p, what, new int[] {s.start(), s.end()}, n);
        }
    }

    private static void span(List<String> p, String what, int[] s, int n) {
        if (s[0] < 0 || s[1] < s[0] || s[1] > n) {
            p.add(what + ": offsets [" + s[0] + ", " + s[1] + ") outside the text (length " + n + ")");
        }
    }
}
