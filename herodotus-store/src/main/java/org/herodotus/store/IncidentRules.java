package org.herodotus.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Place;

/**
 * Incident merging without a database: which events of an article are one happening, and which
 * incident each happening joins. The store calls it with the incidents it reads as candidates
 * ({@link IncidentIndex}); a batch job over a whole run's events calls it with the incidents it
 * has built so far. The rules themselves are {@link IncidentMatcher}'s and the numbers in
 * {@code incidents.properties}.
 */
public final class IncidentRules {

    private final Rules rules;
    private final IncidentMatcher matcher;
    private final IncidentSummary summary;

    IncidentRules(Rules rules) {
        this.rules = rules;
        this.matcher = new IncidentMatcher(rules);
        this.summary = new IncidentSummary(rules);
    }

    /** The rules shipped with Herodotus. */
    public static IncidentRules bundled() {
        return new IncidentRules(Rules.load());
    }

    /**
     * Where each event went: {@code byEvent} maps event ids to incident ids, new incidents having
     * negative ids (-1, -2, …, in the order they were made), whose event types {@code created}
     * gives; {@code touched} holds every incident that gained events.
     */
    public record Assignment(Map<Long, Long> byEvent, Map<Long, String> created, Set<Long> touched) {
    }

    /** Each article's events (in order) split into groups that each tell of one happening. */
    List<List<List<EventSketch>>> group(List<List<EventSketch>> articles) {
        List<List<List<EventSketch>>> grouped = new ArrayList<>();
        for (List<EventSketch> events : articles) {
            grouped.add(events.isEmpty() ? List.of() : matcher.groups(events));
        }
        return grouped;
    }

    /**
     * Assigns the events of the articles (in order, each as its list of event sketches) to
     * incidents: each group joins the incident of {@code footprints} (incident id → its events;
     * grown as groups join) it fits best, or starts a new one.
     */
    public Assignment assign(Map<Long, List<EventSketch>> footprints, List<List<EventSketch>> articles) {
        return assignGroups(footprints, group(articles));
    }

    Assignment assignGroups(Map<Long, List<EventSketch>> footprints, List<List<List<EventSketch>>> grouped) {
        Map<Long, Long> byEvent = new HashMap<>();
        Set<Long> touched = new LinkedHashSet<>();
        Map<Long, String> created = new LinkedHashMap<>();
        // Incidents by type and country, so each group is scored only against incidents that
        // can fit it (an incident without any country is listed under "*").
        Map<String, Set<Long>> index = new HashMap<>();
        for (Map.Entry<Long, List<EventSketch>> f : footprints.entrySet()) {
            for (EventSketch e : f.getValue()) {
                indexUnder(index, e, f.getKey());
            }
        }
        long temporary = -1;
        for (List<List<EventSketch>> groups : grouped) {
            for (List<EventSketch> group : groups) {
                String type = group.get(0).type();
                long best = 0;
                double bestScore = 0;
                long bestGap = Long.MAX_VALUE;
                LocalDate groupLast = group.stream().map(EventSketch::last).max(LocalDate::compareTo).orElseThrow();
                for (Long candidate : candidatesOf(index, group)) {
                    List<EventSketch> footprint = footprints.get(candidate);
                    double score = -1;
                    for (EventSketch e : group) {
                        score = Math.max(score, matcher.score(e, footprint));
                    }
                    if (score <= 0) {
                        continue;
                    }
                    long gap = footprint.stream()
                            .mapToLong(f -> Math.abs(ChronoUnit.DAYS.between(f.last(), groupLast))).min().orElse(Long.MAX_VALUE);
                    // On a tie the candidate listed first keeps it: the stored incident whose
                    // earliest event was stored first, then this batch's in the order made.
                    if (score > bestScore || score == bestScore && gap < bestGap) {
                        best = candidate;
                        bestScore = score;
                        bestGap = gap;
                    }
                }
                if (best == 0) {
                    best = temporary--;
                    footprints.put(best, new ArrayList<>());
                    created.put(best, type);
                }
                footprints.get(best).addAll(group);
                for (EventSketch e : group) {
                    indexUnder(index, e, best);
                }
                for (EventSketch e : group) {
                    byEvent.put(e.id(), best);
                }
                touched.add(best);
            }
        }
        return new Assignment(byEvent, created, touched);
    }

    private static void indexUnder(Map<String, Set<Long>> index, EventSketch e, long incident) {
        index.computeIfAbsent(e.type() + "|" + (e.country() == null ? "*" : e.country()), k -> new LinkedHashSet<>()).add(incident);
        index.computeIfAbsent(e.type() + "|all", k -> new LinkedHashSet<>()).add(incident);
    }

    /** The incidents a group can fit: same type, and a shared country unless a place is unknown. */
    private static Set<Long> candidatesOf(Map<String, Set<Long>> index, List<EventSketch> group) {
        String type = group.get(0).type();
        if (group.stream().anyMatch(e -> e.country() == null)) {
            return index.getOrDefault(type + "|all", Set.of());
        }
        Set<Long> out = new LinkedHashSet<>(index.getOrDefault(type + "|*", Set.of()));
        for (EventSketch e : group) {
            out.addAll(index.getOrDefault(type + "|" + e.country(), Set.of()));
        }
        return out;
    }

    /**
     * The sketches of the events of analysis {@code a} that merge into incidents (those that
     * happened: not negated, not future or hypothetical), as the store makes them when it writes
     * the article: article id {@code articleId}, its k-th event id {@code eventIds.get(k)}, seen
     * on {@code seen}.
     */
    public List<EventSketch> sketches(Analysis a, long articleId, List<Long> eventIds, LocalDate seen) {
        Map<String, Actor> actors = new HashMap<>();
        a.actors().forEach(x -> actors.put(x.id(), x));
        Map<String, Place> places = new HashMap<>();
        a.places().forEach(x -> places.put(x.id(), x));
        List<EventSketch> out = new ArrayList<>();
        for (int k = 0; k < a.events().size(); k++) {
            Event e = a.events().get(k);
            if (!eligible(e)) {
                continue;
            }
            Place place = e.place() == null ? null : places.get(e.place());
            LocalDate[] when = e.date() == null ? null : EventDates.interval(e.date());
            boolean precise = when != null && when[0].equals(when[1]);
            LocalDate first = rules.firstDay(when == null ? null : when[0], seen);
            LocalDate last = rules.lastDay(when == null ? null : when[1], seen);
            boolean area = place != null && (place.lat() == null || rules.isArea(place.feature()));
            out.add(new EventSketch(eventIds.get(k), articleId, e.event().strip().toUpperCase(Locale.ROOT),
                    place == null ? null : place.lat(), place == null ? null : place.lon(), area,
                    place != null && rules.isAdmin1(place.feature()), place == null ? null : place.country(),
                    place == null ? null : place.admin1(), first, last, precise,
                    names(e.actors(), actors), countries(e.actors(), actors),
                    names(e.recipients(), actors), countries(e.recipients(), actors)));
        }
        return out;
    }

    /** Only events that happened merge into incidents: not negated, not future or hypothetical. */
    static boolean eligible(Event e) {
        return !e.negated() && (e.modality() == null || e.modality() == Modality.ASSERTED);
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

    /**
     * One event of an incident as a report: the {@code event}-th event of analysis {@code
     * analysis}, stored as article {@code articleId} seen on {@code seen}, of independent source
     * {@code group} (the store's near-duplicate group; an article's own key when none is known).
     */
    public record Report(Analysis analysis, int event, long articleId, LocalDate seen, String group) {
    }

    /** The store's {@code incidents} row of incident {@code id} of type {@code type} made of {@code reports}. */
    public IncidentRecord incidentRow(long id, String type, List<Report> reports) {
        List<IncidentSummary.Member> members = new ArrayList<>();
        for (Report r : reports) {
            Analysis a = r.analysis();
            Event e = a.events().get(r.event());
            Place place = null;
            for (Place p : a.places()) {
                if (p.id().equals(e.place())) {
                    place = p;
                }
            }
            LocalDate[] when = e.date() == null ? null : EventDates.interval(e.date());
            String text = a.text();
            members.add(new IncidentSummary.Member(r.articleId(), place == null ? null : place.name(),
                    place == null ? null : place.lat(), place == null ? null : place.lon(),
                    place == null ? null : place.country(), place == null ? null : place.admin1(),
                    place == null ? null : place.feature(), when == null ? null : when[0], when == null ? null : when[1],
                    r.seen(), r.group(), Labels.fromSentence(e.sentence() == null ? null : e.sentence().of(text),
                            e.sentence() == null ? null : e.sentence().start(),
                            e.trigger() == null ? null : e.trigger().start(),
                            e.trigger() == null ? null : e.trigger().of(text))));
        }
        return summary.row(id, type, members);
    }
}
