package org.herodotus.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an event reports the same happening as a group of events already merged into
 * an incident. Events merge when they share the event type, their dates fit, their places fit
 * (near each other, or one inside the other's area) and their actors and recipients do not
 * contradict each other. An event without any place needs a shared named actor or recipient
 * instead, so vague reports do not swallow every incident of their type.
 */
final class IncidentMatcher {

    /** How two events' places relate. */
    enum PlaceFit { NEAR, AREA, UNKNOWN, CONFLICT }

    private final Rules rules;

    IncidentMatcher(Rules rules) {
        this.rules = rules;
    }

    /**
     * How well {@code e} fits the incident made of {@code footprint}: a positive score when it
     * belongs there (higher is better), or a negative number when it does not.
     */
    double score(EventSketch e, List<EventSketch> footprint) {
        if (footprint.isEmpty() || !e.type().equals(footprint.get(0).type())) {
            return -1;
        }
        if (!datesFit(e, footprint)) {
            return -1;
        }
        int sharedActors = shared(e.actors(), footprint, true);
        int sharedRecipients = shared(e.recipients(), footprint, false);
        if (!partiesFit(e.actors(), e.actorTags(), footprint, true)
                || !partiesFit(e.recipients(), e.recipientTags(), footprint, false)) {
            return -1;
        }
        PlaceFit fit = placeFit(e, footprint);
        double score;
        switch (fit) {
            case CONFLICT -> {
                return -1;
            }
            case NEAR -> score = 3 - nearest(e, footprint) / rules.radiusKm();
            case AREA -> score = 1;
            default -> {
                if (sharedActors + sharedRecipients == 0) {
                    return -1;
                }
                score = 0.5;
            }
        }
        if (e.precise() && footprint.stream().anyMatch(f -> f.precise() && f.first().equals(e.first()))) {
            score += 2;
        }
        return score + 2 * sharedActors + sharedRecipients;
    }

    /**
     * Whether two events of one article tell of the same happening: the rules above, but an
     * article's events also merge across distant places when they share a named recipient (one
     * story about "attacks on US bases" at three bases is one incident).
     */
    boolean sameInArticle(EventSketch a, EventSketch b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        List<EventSketch> other = List.of(b);
        if (!datesFit(a, other) || !partiesFit(a.actors(), a.actorTags(), other, true)
                || !partiesFit(a.recipients(), a.recipientTags(), other, false)) {
            return false;
        }
        PlaceFit fit = placeFit(a, other);
        boolean sharedRecipient = shared(a.recipients(), other, false) > 0;
        return fit == PlaceFit.NEAR || fit == PlaceFit.AREA || sharedRecipient
                || fit == PlaceFit.UNKNOWN && shared(a.actors(), other, true) > 0;
    }

    /** Splits one article's events into groups that each tell of one happening. */
    List<List<EventSketch>> groups(List<EventSketch> events) {
        int n = events.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sameInArticle(events.get(i), events.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<EventSketch>> out = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            int k = roots.indexOf(r);
            if (k < 0) {
                roots.add(r);
                out.add(new ArrayList<>());
                k = out.size() - 1;
            }
            out.get(k).add(events.get(i));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    boolean datesFit(EventSketch e, List<EventSketch> footprint) {
        int tol = rules.dateToleranceDays();
        List<LocalDate> days = new ArrayList<>();
        for (EventSketch f : footprint) {
            if (f.precise()) {
                days.add(f.first());
            }
        }
        if (e.precise() && !days.isEmpty()) {
            for (LocalDate d : days) {
                if (Math.abs(ChronoUnit.DAYS.between(d, e.first())) <= tol) {
                    return true;
                }
            }
            return false;
        }
        LocalDate lo = null;
        LocalDate hi = null;
        for (EventSketch f : footprint) {
            if (!days.isEmpty() && !f.precise()) {
                continue;
            }
            lo = lo == null || f.first().isBefore(lo) ? f.first() : lo;
            hi = hi == null || f.last().isAfter(hi) ? f.last() : hi;
        }
        return !e.first().minusDays(tol).isAfter(hi) && !e.last().plusDays(tol).isBefore(lo);
    }

    PlaceFit placeFit(EventSketch e, List<EventSketch> footprint) {
        boolean anyPlaced = footprint.stream().anyMatch(EventSketch::placed);
        if (!e.placed() || !anyPlaced) {
            return PlaceFit.UNKNOWN;
        }
        boolean footprintHasSpots = footprint.stream().anyMatch(EventSketch::spot);
        if (e.spot()) {
            for (EventSketch f : footprint) {
                if (f.spot() && Geo.km(e.lat(), e.lon(), f.lat(), f.lon()) <= rules.radiusKm()) {
                    return PlaceFit.NEAR;
                }
            }
            if (!footprintHasSpots) {
                for (EventSketch f : footprint) {
                    if (f.placed() && contains(f, e)) {
                        return PlaceFit.AREA;
                    }
                }
            }
            return PlaceFit.CONFLICT;
        }
        for (EventSketch f : footprint) {
            if (f.placed() && contains(e, f)) {
                return PlaceFit.AREA;
            }
        }
        return PlaceFit.CONFLICT;
    }

    /** Whether the area of {@code area} contains the place of {@code inner}. */
    private static boolean contains(EventSketch area, EventSketch inner) {
        if (area.country() == null || !area.country().equals(inner.country())) {
            return false;
        }
        return !area.admin1Area() || area.admin1() == null || inner.admin1() == null
                || area.admin1().equalsIgnoreCase(inner.admin1());
    }

    private static double nearest(EventSketch e, List<EventSketch> footprint) {
        double best = Double.MAX_VALUE;
        for (EventSketch f : footprint) {
            if (f.spot()) {
                best = Math.min(best, Geo.km(e.lat(), e.lon(), f.lat(), f.lon()));
            }
        }
        return best;
    }

    private static int shared(Set<String> names, List<EventSketch> footprint, boolean actors) {
        if (names.isEmpty()) {
            return 0;
        }
        Set<String> all = new HashSet<>();
        for (EventSketch f : footprint) {
            all.addAll(actors ? f.actors() : f.recipients());
        }
        int n = 0;
        for (String name : names) {
            if (all.contains(name)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether one side's parties agree with the incident's. They contradict each other only on
     * positive evidence: both sides name parties, no name is shared, and the parties' countries
     * are known on both sides and differ. Two reports calling the same gunmen "gunmen" and
     * "bandits" do not contradict each other; "Israel" and "Hamas" do.
     */
    private static boolean partiesFit(Set<String> names, Set<String> tags, List<EventSketch> footprint, boolean actors) {
        Set<String> otherNames = new HashSet<>();
        Set<String> otherTags = new HashSet<>();
        for (EventSketch f : footprint) {
            otherNames.addAll(actors ? f.actors() : f.recipients());
            otherTags.addAll(actors ? f.actorTags() : f.recipientTags());
        }
        if (names.isEmpty() || otherNames.isEmpty()) {
            return true;
        }
        for (String n : names) {
            if (otherNames.contains(n)) {
                return true;
            }
        }
        if (tags.isEmpty() || otherTags.isEmpty()) {
            return true;
        }
        for (String t : tags) {
            if (otherTags.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
