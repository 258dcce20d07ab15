package org.herodotus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sums up an incident from its events: the place most reports name (when their spots lie close
 * together, else the area most name), the dates, the label in the reports' own words and the
 * counters. No database: {@link IncidentIndex} reads the events and writes the row.
 */
final class IncidentSummary {

    private final Rules rules;

    IncidentSummary(Rules rules) {
        this.rules = rules;
    }

    /** One event of an incident, as the summary reads it. */
    record Member(long article, String place, Double lat, Double lon, String country, String admin1,
                          String feature, LocalDate dateLo, LocalDate dateHi, LocalDate seen, String group, String label) {
    }

    /**
     * The incidents row of incident {@code id} of event type {@code type}: label, best place,
     * dates (from the precisely dated reports when there are any), first and last seen, and the
     * counts of events, articles and independent sources.
     */
    IncidentRecord row(long id, String type, List<Member> members) {
        Member place = bestPlace(members);
        Map<LocalDate, Integer> days = new HashMap<>();
        LocalDate lo = null;
        LocalDate hi = null;
        for (Member m : members) {
            if (m.dateLo() != null && m.dateLo().equals(m.dateHi())) {
                days.merge(m.dateLo(), 1, Integer::sum);
            }
        }
        for (Member m : members) {
            boolean precise = m.dateLo() != null && m.dateLo().equals(m.dateHi());
            if (!days.isEmpty() && !precise) {
                continue;
            }
            LocalDate first = rules.firstDay(m.dateLo(), m.seen());
            LocalDate last = rules.lastDay(m.dateHi(), m.seen());
            lo = lo == null || first.isBefore(lo) ? first : lo;
            hi = hi == null || last.isAfter(hi) ? last : hi;
        }
        LocalDate best = days.entrySet().stream()
                .max(Map.Entry.<LocalDate, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        String country = mostCommon(members.stream().map(Member::country).toList());
        Set<Long> articles = new HashSet<>();
        Set<String> groups = new HashSet<>();
        LocalDate firstSeen = null;
        LocalDate lastSeen = null;
        for (Member m : members) {
            articles.add(m.article());
            groups.add(m.group());
            firstSeen = firstSeen == null || m.seen().isBefore(firstSeen) ? m.seen() : firstSeen;
            lastSeen = lastSeen == null || m.seen().isAfter(lastSeen) ? m.seen() : lastSeen;
        }
        String placeName = place == null ? null : place.place();
        return new IncidentRecord(id, type, label(members, placeName), placeName, place == null ? null : place.lat(),
            place == null ? null : place.lon(), place != null && place.country() != null ? place.country() : country,
            place == null ? null : place.admin1(), lo, hi, best, firstSeen, lastSeen, members.size(), articles.size(),
            groups.size());
    }

    /**
     * The place most reports name when the named spots lie close together; otherwise (reports
     * spread over several spots, or naming only an area) the area most of them name.
     */
    private Member bestPlace(List<Member> members) {
        List<Member> spots = new ArrayList<>();
        List<Member> areas = new ArrayList<>();
        for (Member m : members) {
            if (m.place() == null && m.country() == null) {
                continue;
            }
            if (m.lat() != null && !rules.isArea(m.feature())) {
                spots.add(m);
            } else {
                areas.add(m);
            }
        }
        if (!spots.isEmpty()) {
            String name = mostCommon(spots.stream().map(Member::place).toList());
            Member top = spots.stream().filter(m -> Objects.equals(m.place(), name)).findFirst().orElseThrow();
            boolean close = spots.stream().allMatch(m -> Geo.km(m.lat(), m.lon(), top.lat(), top.lon()) <= rules.radiusKm());
            if (close || areas.isEmpty()) {
                return close ? top : null;
            }
        }
        if (areas.isEmpty()) {
            return null;
        }
        String name = mostCommon(areas.stream().map(Member::place).toList());
        return areas.stream().filter(m -> Objects.equals(m.place(), name)).findFirst().orElseThrow();
    }

    /** The report's own words: the label naming the best place most often, else the commonest. */
    private static String label(List<Member> members, String place) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Member m : members) {
            if (m.label() != null && !m.label().isBlank()) {
                counts.merge(m.label(), 1, Integer::sum);
            }
        }
        String best = null;
        double bestScore = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String l = e.getKey();
            int words = l.split("\\s+").length;
            double score = e.getValue() + (words >= 3 ? 1 : 0)
                    + (place != null && l.toLowerCase(Locale.ROOT).contains(place.toLowerCase(Locale.ROOT)) ? 2 : 0);
            if (score > bestScore) {
                best = l;
                bestScore = score;
            }
        }
        return best;
    }

    private static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String v : values) {
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
