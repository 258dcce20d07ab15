package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The incidents table: merges each new article's events into incidents inside the article's
 * transaction, keeps each incident's counters and best place, date and label current, lists and
 * rebuilds incidents. What an incident's row says is worked out by {@link IncidentSummary};
 * which stored incidents a batch's events may join, by {@link IncidentCandidates}.
 *
 * <p>One class because it is the one owner of the incidents table inside the writer's
 * transaction: assigning, refreshing, listing and rebuilding share its lock, its statement cache
 * and the sketches it reads, and must change together when the table does.
 */
final class IncidentIndex {

    private final Connection c;
    private final StatementCache sql;
    private final Dialect dialect;
    private final Rules rules;
    private final IncidentRules clustering;
    private final IncidentSummary summary;
    private final IncidentCandidates candidates;

    IncidentIndex(Connection c, StatementCache sql, Dialect dialect, Rules rules) {
        this.c = c;
        this.sql = sql;
        this.dialect = dialect;
        this.rules = rules;
        this.clustering = new IncidentRules(rules);
        this.summary = new IncidentSummary(rules);
        this.candidates = new IncidentCandidates(sql, rules);
    }

    /**
     * Where an article's events went.
     *
     * @param incidents incident of each merged event, by event row id
     * @param touched   the incidents that gained events
     */
    record Assignment(Map<Long, Long> incidents, Set<Long> touched) {
    }

    /**
     * Serialises writers for the rest of the transaction. On PostgreSQL several processes may
     * ingest at once; merging reads incidents and then writes them, so two writers must not
     * interleave. DuckDB admits one writing process per file already.
     */
    void lock() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(1847)");
            }
        }
    }

    /** The incidents holding events of the articles {@code articleIds}. */
    Set<Long> incidentsOfArticles(List<Long> articleIds) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        PreparedStatement p = sql.get("SELECT DISTINCT incident_id FROM events WHERE " + sql.isIn("article_id")
                + " AND incident_id IS NOT NULL");
        sql.setIds(p, 1, articleIds);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    /**
     * Decides the incident of each event of the articles (given in order, each as its list of
     * event sketches), creating incidents as needed; their counters are filled in by
     * {@link #refresh} once the events are written. Each article's events are first grouped into
     * happenings; each group joins the incident it fits best (stored, or made earlier in this
     * batch) or starts a new one.
     */
    Assignment assign(List<List<EventSketch>> articles) throws SQLException {
        List<List<List<EventSketch>>> grouped = clustering.group(articles);
        List<List<EventSketch>> allGroups = new ArrayList<>();
        grouped.forEach(allGroups::addAll);
        if (allGroups.isEmpty()) {
            return new Assignment(new HashMap<>(), new LinkedHashSet<>());
        }
        IncidentRules.Assignment merged = clustering.assignGroups(candidates(allGroups), grouped);
        Map<Long, Long> byEvent = new HashMap<>(merged.byEvent());
        Set<Long> touched = merged.touched();
        Map<Long, String> created = merged.created();
        // New incidents get their real ids in one round trip.
        List<Long> fresh = Sql.nextIds(c, "incident_ids", created.size());
        Map<Long, Long> real = new HashMap<>();
        List<NewIncidentRecord> rows = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Long, String> e : created.entrySet()) {
            long id = fresh.get(i++);
            real.put(e.getKey(), id);
            rows.add(NewIncidentRecord.empty(id, e.getValue()));
        }
        sql.insert(NewIncidentRecord.TABLE, rows);
        byEvent.replaceAll((event, incident) -> incident < 0 ? real.get(incident) : incident);
        Set<Long> touchedReal = new LinkedHashSet<>();
        for (Long t : touched) {
            touchedReal.add(t < 0 ? real.get(t) : t);
        }
        return new Assignment(byEvent, touchedReal);
    }

    /** The stored incidents that may fit one of the groups, with their events' sketches. */
    private Map<Long, List<EventSketch>> candidates(List<List<EventSketch>> groups) throws SQLException {
        return sketches("e.incident_id", candidates.of(groups));
    }

    /** Sketches of the events whose {@code column} is one of {@code ids}, grouped by that column. */
    private Map<Long, List<EventSketch>> sketches(String column, Collection<Long> ids) throws SQLException {
        Map<Long, List<EventSketch>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String in = sql.isIn(column);
        Map<Long, Set<String>[]> parties = new HashMap<>();
        {
            PreparedStatement p = sql.get("SELECT ea.event_id, ea.role, ea.name_lc, ea.country FROM event_actors ea "
                    + "JOIN events e ON e.id = ea.event_id WHERE " + in);
            sql.setIds(p, 1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    @SuppressWarnings("unchecked")
                    Set<String>[] sets = parties.computeIfAbsent(rs.getLong(1),
                            k -> new Set[] {new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>()});
                    int base = "actor".equals(rs.getString(2)) ? 0 : 2;
                    if (rs.getString(3) != null) {
                        sets[base].add(rs.getString(3));
                    }
                    if (rs.getString(4) != null) {
                        sets[base + 1].add(rs.getString(4));
                    }
                }
            }
        }
        {
            PreparedStatement p = sql.get("SELECT e.id, e.article_id, e.incident_id, e.event_type, e.lat, e.lon, "
                    + "e.feature, e.country, e.admin1, e.date_lo, e.date_hi, e.seen FROM events e WHERE " + in
                    + " AND e.negated = FALSE AND (e.modality IS NULL OR lower(e.modality) = 'asserted') ORDER BY e.id");
            sql.setIds(p, 1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    LocalDate dlo = Sql.date(rs, "date_lo");
                    LocalDate dhi = Sql.date(rs, "date_hi");
                    LocalDate seen = Sql.date(rs, "seen");
                    boolean precise = dlo != null && dlo.equals(dhi);
                    String feature = rs.getString("feature");
                    Double lat = Sql.doubleOrNull(rs, "lat");
                    String country = rs.getString("country");
                    Set<String>[] sets = parties.get(id);
                    EventSketch s = new EventSketch(id, rs.getLong("article_id"), rs.getString("event_type"), lat,
                            Sql.doubleOrNull(rs, "lon"), (lat != null || country != null) && (lat == null || rules.isArea(feature)),
                            rules.isAdmin1(feature), country, rs.getString("admin1"),
                            rules.firstDay(dlo, seen), rules.lastDay(dhi, seen), precise,
                            sets == null ? Set.of() : sets[0], sets == null ? Set.of() : sets[1],
                            sets == null ? Set.of() : sets[2], sets == null ? Set.of() : sets[3]);
                    long group = column.equals("e.incident_id") ? rs.getLong("incident_id") : s.articleId();
                    out.computeIfAbsent(group, k -> new ArrayList<>()).add(s);
                }
            }
        }
        return out;
    }

    /** Recomputes the counters, dates, best place and label of each incident; deletes empty ones. */
    void refresh(Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<Long, List<IncidentSummary.Member>> members = new LinkedHashMap<>();
        Map<Long, String> types = new HashMap<>();
        PreparedStatement p = sql.get("SELECT e.incident_id, e.event_type, e.article_id, e.place_name, e.lat, e.lon, "
                + "e.country, e.admin1, e.feature, e.date_lo, e.date_hi, e.trigger_text, e.sentence_text, e.trigger_start, "
                + "e.sentence_start, e.seen, e.source_group FROM events e WHERE " + sql.isIn("e.incident_id") + " ORDER BY e.id");
        sql.setIds(p, 1, all);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                types.put(rs.getLong("incident_id"), rs.getString("event_type"));
                members.computeIfAbsent(rs.getLong("incident_id"), k -> new ArrayList<>()).add(new IncidentSummary.Member(
                        rs.getLong("article_id"), rs.getString("place_name"), Sql.doubleOrNull(rs, "lat"),
                        Sql.doubleOrNull(rs, "lon"), rs.getString("country"), rs.getString("admin1"),
                        rs.getString("feature"), Sql.date(rs, "date_lo"), Sql.date(rs, "date_hi"),
                        Sql.date(rs, "seen"), rs.getString("source_group"),
                        Labels.fromSentence(rs.getString("sentence_text"), Sql.intOrNull(rs, "sentence_start"),
                                Sql.intOrNull(rs, "trigger_start"), rs.getString("trigger_text"))));
            }
        }
        // Each touched incident is rewritten whole: one delete and one multi-row insert are far
        // cheaper on DuckDB than an update per incident.
        List<IncidentRecord> rows = new ArrayList<>();
        for (Long id : all) {
            List<IncidentSummary.Member> m = members.get(id);
            if (m != null) {
                rows.add(summary.row(id, types.get(id), m));
            }
        }
        sql.update("DELETE FROM incidents WHERE " + sql.isIn("id"), all);
        sql.insert(IncidentRecord.TABLE, rows);
    }

    /**
     * Incidents matching {@code f}, most recently reported first. On DuckDB a page of a listing
     * first finds the ids of its rows, reading only the columns the filters and the order need,
     * then reads those rows whole: a top-N over every column decompressed all sixteen of them
     * for every incident in the store.
     */
    List<Incident> list(IncidentFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder(" FROM incidents WHERE events > 0");
        List<Object> args = new ArrayList<>();
        if (f.id() != null) {
            sql.append(" AND id = ?");
            args.add(f.id());
        }
        if (f.event() != null) {
            sql.append(" AND event_type = ?");
            args.add(f.event().toUpperCase(Locale.ROOT));
        }
        if (f.country() != null) {
            sql.append(" AND country = ?");
            args.add(f.country().toUpperCase(Locale.ROOT));
        }
        if (f.from() != null) {
            sql.append(" AND date_hi >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND date_lo <= ?");
            args.add(f.to());
        }
        if (f.minSources() != null) {
            sql.append(" AND sources >= ?");
            args.add(f.minSources());
        }
        if (f.before() != null) {
            // The listing order, continued after the given incident; a null latest report sorts last.
            if (f.before().lastSeen() == null) {
                sql.append(" AND last_seen IS NULL AND id < ?");
            } else {
                sql.append(" AND (last_seen < ? OR last_seen IS NULL OR (last_seen = ? AND id < ?))");
                args.add(f.before().lastSeen());
                args.add(f.before().lastSeen());
            }
            args.add(f.before().id());
        }
        sql.append(" ORDER BY last_seen DESC NULLS LAST, id DESC");
        if (f.limit() != null) {
            sql.append(" LIMIT ").append(Math.max(0, f.limit()));
        }
        try {
            if (dialect != Dialect.DUCKDB || f.id() != null || f.limit() == null) {
                return incidents("SELECT *" + sql, args);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id" + sql)) {
                Sql.bind(p, args.toArray());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            Map<Long, Incident> byId = new HashMap<>();
            for (Incident i : incidents("SELECT * FROM incidents WHERE id IN (" + Sql.literals(ids) + ")", List.of())) {
                byId.put(i.id(), i);
            }
            List<Incident> out = new ArrayList<>();
            for (Long id : ids) {
                if (byId.containsKey(id)) {
                    out.add(byId.get(id));
                }
            }
            return out;
        } finally {
            c.rollback();
        }
    }

    private List<Incident> incidents(String sql, List<Object> args) throws SQLException {
        List<Incident> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Sql.bind(p, args.toArray());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Incident(rs.getLong("id"), rs.getString("event_type"), rs.getString("label"),
                            rs.getString("place_name"), Sql.doubleOrNull(rs, "lat"), Sql.doubleOrNull(rs, "lon"),
                            rs.getString("country"), rs.getString("admin1"), Sql.date(rs, "date_lo"),
                            Sql.date(rs, "date_hi"), Sql.date(rs, "best_date"), Sql.date(rs, "first_seen"),
                            Sql.date(rs, "last_seen"), rs.getInt("events"), rs.getInt("articles"), rs.getInt("sources")));
                }
            }
        }
        return out;
    }

    /** Forgets all incidents and merges every article's events again, oldest first. */
    int rebuild() throws SQLException {
        try {
            lock();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE events SET incident_id = NULL WHERE incident_id IS NOT NULL");
                s.executeUpdate("DELETE FROM incidents");
            }
            List<Long> articles = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM articles ORDER BY seen, id")) {
                while (rs.next()) {
                    articles.add(rs.getLong(1));
                }
            }
            for (int from = 0; from < articles.size(); from += 200) {
                List<Long> chunk = articles.subList(from, Math.min(articles.size(), from + 200));
                Map<Long, List<EventSketch>> byArticle = sketches("e.article_id", chunk);
                for (Long article : chunk) {
                    List<EventSketch> events = byArticle.get(article);
                    if (events != null) {
                        Assignment assignment = assign(List.of(events));
                        Map<Long, List<Long>> byIncident = new LinkedHashMap<>();
                        assignment.incidents().forEach((event, incident) ->
                                byIncident.computeIfAbsent(incident, k -> new ArrayList<>()).add(event));
                        PreparedStatement p = sql.get("UPDATE events SET incident_id = ? WHERE " + sql.isIn("id"));
                        for (Map.Entry<Long, List<Long>> e : byIncident.entrySet()) {
                            p.setLong(1, e.getKey());
                            sql.setIds(p, 2, e.getValue());
                            p.executeUpdate();
                        }
                        refresh(assignment.touched());
                    }
                }
            }
            int n;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM incidents")) {
                rs.next();
                n = rs.getInt(1);
            }
            c.commit();
            return n;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }
}
