package org.herodotus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the stored incidents that the event groups of a batch may join: for each group,
 * incidents of its type whose dates overlap its dates (widened by the rules' tolerance) and
 * whose country is one of its countries when all its events are placed; the most recent
 * {@code maxCandidates} per group, taken over every few dozen groups together.
 *
 * <p>The store reads the incidents of the groups' types within the dates they span together (a
 * plain range DuckDB checks against each row group's min/max dates, so it skips the older
 * incidents of a large store unread), and each group's own conditions are applied here. A single statement OR-ing the groups' conditions cost DuckDB more to plan than
 * to run, and could not use the zone maps: it was most of a bulk load's time.
 */
final class IncidentCandidates {

    /** Groups whose candidates are taken together (the most recent {@code maxCandidates} per group). */
    private static final int GROUPS = 32;

    /** The longest span of group start dates read in one statement. */
    private static final int WINDOW_DAYS = 31;

    /** What a group asks of a stored incident. */
    private record Wanted(String type, LocalDate first, LocalDate last, Set<String> countries) {
        boolean fits(Stored s) {
            return s.type().equals(type) && s.dateLo() != null && s.dateHi() != null && !s.dateLo().isAfter(last)
                    && !s.dateHi().isBefore(first) && (countries == null || s.country() == null || countries.contains(s.country()));
        }
    }

    /** What a stored incident offers. */
    private record Stored(long id, String type, String country, LocalDate dateLo, LocalDate dateHi) {
    }

    private static final Comparator<Stored> NEWEST = Comparator.comparing(Stored::dateHi).reversed()
            .thenComparing(Comparator.comparingLong(Stored::id).reversed());

    private final StatementCache sql;
    private final int slackDays;
    private final int perGroup;

    IncidentCandidates(StatementCache sql, Rules rules) {
        this.sql = sql;
        this.slackDays = rules.dateToleranceDays();
        this.perGroup = rules.maxCandidates();
    }

    /** The ids of the candidate incidents of {@code groups} (each a non-empty list of one type's events). */
    Set<Long> of(List<List<EventSketch>> groups) throws SQLException {
        List<Wanted> wanted = new ArrayList<>();
        Set<Wanted> seen = new HashSet<>();
        for (List<EventSketch> group : groups) {
            Set<String> countries = new LinkedHashSet<>();
            boolean allPlaced = true;
            LocalDate lo = null;
            LocalDate hi = null;
            for (EventSketch e : group) {
                if (e.country() == null) {
                    allPlaced = false;
                } else {
                    countries.add(e.country());
                }
                lo = lo == null || e.first().isBefore(lo) ? e.first() : lo;
                hi = hi == null || e.last().isAfter(hi) ? e.last() : hi;
            }
            Wanted w = new Wanted(group.get(0).type(), lo.minusDays(slackDays), hi.plusDays(slackDays),
                    allPlaced ? Set.copyOf(countries) : null);
            if (seen.add(w)) {
                wanted.add(w);
            }
        }
        Map<Wanted, List<Stored>> ofType = read(wanted);
        Set<Long> ids = new LinkedHashSet<>();
        for (int from = 0; from < wanted.size(); from += GROUPS) {
            List<Wanted> part = wanted.subList(from, Math.min(wanted.size(), from + GROUPS));
            Map<Long, Stored> fitting = new HashMap<>();
            for (Wanted w : part) {
                for (Stored s : ofType.get(w)) {
                    if (w.fits(s)) {
                        fitting.put(s.id(), s);
                    }
                }
            }
            fitting.values().stream().sorted(NEWEST).limit((long) perGroup * part.size()).forEach(s -> ids.add(s.id()));
        }
        return ids;
    }

    /**
     * For each group, the stored incidents of its type within a window of dates around its own:
     * the groups are swept in date order into windows of at most {@value #WINDOW_DAYS} days,
     * and each window is one statement, so a batch of articles from a few days costs one
     * statement, and one from many years a few dozen, each reading a short range of dates.
     */
    private Map<Wanted, List<Stored>> read(List<Wanted> wanted) throws SQLException {
        List<Wanted> byDate = new ArrayList<>(wanted);
        byDate.sort(Comparator.comparing(Wanted::first));
        Map<Wanted, List<Stored>> out = new HashMap<>();
        int from = 0;
        while (from < byDate.size()) {
            LocalDate first = byDate.get(from).first();
            LocalDate last = byDate.get(from).last();
            Set<String> types = new TreeSet<>();
            int to = from;
            while (to < byDate.size() && !byDate.get(to).first().isAfter(first.plusDays(WINDOW_DAYS))) {
                last = byDate.get(to).last().isAfter(last) ? byDate.get(to).last() : last;
                types.add(byDate.get(to).type());
                to++;
            }
            Map<String, List<Stored>> window = new HashMap<>();
            for (Stored s : read(first, last, types)) {
                window.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s);
            }
            for (Wanted w : byDate.subList(from, to)) {
                out.put(w, window.getOrDefault(w.type(), List.of()));
            }
            from = to;
        }
        return out;
    }

    /** The incidents of {@code types} whose dates overlap {@code first} to {@code last}. */
    private List<Stored> read(LocalDate first, LocalDate last, Set<String> types) throws SQLException {
        PreparedStatement p = sql.get("SELECT id, event_type, country, date_lo, date_hi FROM incidents "
                + "WHERE date_hi >= ? AND date_lo <= ? AND " + sql.isIn("event_type"));
        Sql.bind(p, first, last);
        sql.setTexts(p, 3, types);
        List<Stored> out = new ArrayList<>();
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.date(rs, "date_lo"),
                        Sql.date(rs, "date_hi")));
            }
        }
        return out;
    }
}
