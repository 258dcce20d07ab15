package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Runs {@link EventQuery}s: one SQL statement per page, then the page's actors in one more. */
final class EventReader {

    private static final int BATCH = 5000;

    private final Connection c;
    private final Dialect dialect;

    EventReader(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    void read(EventQuery q, Consumer<EventRow> sink) throws SQLException {
        try {
            List<Object> args = new ArrayList<>();
            List<String> with = new ArrayList<>();
            List<String> joins = new ArrayList<>();
            List<Object> withArgs = new ArrayList<>();
            String where = where(q, args, with, joins, withArgs);
            args.addAll(0, withArgs);
            // Events first, their articles' details after, for the page only: joining the whole
            // articles table costs more than the query itself on DuckDB.
            String select = (with.isEmpty() ? "" : "WITH " + String.join(", ", with) + " ")
                    + "SELECT e.* FROM events e" + String.join("", joins) + " WHERE " + where;
            if (q.limit() != null) {
                page(select + " ORDER BY e.day DESC, e.id DESC LIMIT " + Math.max(0, q.limit()), args, sink);
                return;
            }
            long after = Long.MIN_VALUE;
            while (true) {
                List<Object> pageArgs = new ArrayList<>(args);
                pageArgs.add(after);
                long last = page(select + " AND e.id > ? ORDER BY e.id LIMIT " + BATCH, pageArgs, sink);
                if (last == Long.MIN_VALUE) {
                    return;
                }
                after = last;
            }
        } finally {
            c.rollback();
        }
    }

    /** Reads one page; returns the id of its last row, or Long.MIN_VALUE when it was empty. */
    private long page(String sql, List<Object> args, Consumer<EventRow> sink) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        java.util.Set<Long> articleIds = new java.util.LinkedHashSet<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Sql.bind(p, args.toArray());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong("id"));
                    articleIds.add(rs.getLong("article_id"));
                    rows.add(new Object[] {rs.getLong("id"), rs.getString("event_key"), Sql.longOrNull(rs, "incident_id"),
                            rs.getString("event_type"), rs.getString("mode"), rs.getString("date_text"), Sql.date(rs, "day"),
                            rs.getBoolean("negated"), rs.getString("modality"), Sql.intOrNull(rs, "quad"),
                            Sql.doubleOrNull(rs, "intensity"), rs.getString("place_name"), Sql.doubleOrNull(rs, "lat"),
                            Sql.doubleOrNull(rs, "lon"), rs.getString("country"), rs.getString("admin1"),
                            rs.getString("feature"), rs.getString("trigger_text"), rs.getString("sentence_text"),
                            Sql.intOrNull(rs, "sentence_start"), Sql.intOrNull(rs, "sentence_end"),
                            Sql.intOrNull(rs, "trigger_start"), Sql.intOrNull(rs, "trigger_end"), rs.getLong("article_id")});
                }
            }
        }
        if (rows.isEmpty()) {
            return Long.MIN_VALUE;
        }
        Map<Long, Object[]> articles = new HashMap<>();
        List<Long> articleList = new ArrayList<>(articleIds);
        try (PreparedStatement p = c.prepareStatement("SELECT id, doc_key, url, title, outlet, published, language "
                + "FROM articles WHERE id IN (" + Sql.marks(articleList.size()) + ")")) {
            for (int i = 0; i < articleList.size(); i++) {
                p.setLong(i + 1, articleList.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    articles.put(rs.getLong("id"), new Object[] {rs.getString("doc_key"), rs.getString("url"),
                        rs.getString("title"), rs.getString("outlet"), Sql.date(rs, "published"), rs.getString("language")});
                }
            }
        }
        Map<Long, List<Participant>> actors = new HashMap<>();
        Map<Long, List<Participant>> recipients = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT event_id, role, name, country, sector FROM event_actors "
                + "WHERE event_id IN (" + Sql.marks(ids.size()) + ") ORDER BY event_id, actor_key")) {
            for (int i = 0; i < ids.size(); i++) {
                p.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Map<Long, List<Participant>> target = "actor".equals(rs.getString(2)) ? actors : recipients;
                    target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Participant(rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        long last = Long.MIN_VALUE;
        for (Object[] r : rows) {
            long id = (Long) r[0];
            last = id;
            Object[] a = articles.get((Long) r[23]);
            sink.accept(new EventRow(id, (String) r[1], (Long) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (java.time.LocalDate) r[6], (Boolean) r[7], (String) r[8], (Integer) r[9], (Double) r[10],
                    actors.getOrDefault(id, List.of()), recipients.getOrDefault(id, List.of()), (String) r[11],
                    (Double) r[12], (Double) r[13], (String) r[14], (String) r[15], (String) r[16], (String) r[17],
                    (String) r[18], (Integer) r[19], (Integer) r[20], (Integer) r[21], (Integer) r[22], (String) a[0],
                    (String) a[1], (String) a[2], (String) a[3], (java.time.LocalDate) a[4], (String) a[5]));
        }
        return last;
    }

    /** Participant or text filters matching fewer rows than this are resolved first (PostgreSQL). */
    private static final int SELECTIVE = 5000;

    /**
     * Whether a filter matches few rows: then PostgreSQL should collect its matches first and
     * join them, rather than walk the events newest first and test each (its plan for LIMIT
     * queries, which reads every event when the filter matches few or none).
     */
    private boolean selective(String sql, List<Object> args) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM (" + sql + " LIMIT " + SELECTIVE + ") x")) {
            Sql.bind(p, args.toArray());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1) < SELECTIVE;
            }
        }
    }

    private String where(EventQuery q, List<Object> args, List<String> with, List<String> joins, List<Object> withArgs)
            throws SQLException {
        List<String> w = new ArrayList<>();
        w.add("1 = 1");
        if (!q.types().isEmpty()) {
            w.add("e.event_type IN (" + Sql.marks(q.types().size()) + ")");
            q.types().forEach(t -> args.add(t.strip().toUpperCase(Locale.ROOT)));
        }
        if (q.country() != null) {
            w.add("e.country = ?");
            args.add(q.country().toUpperCase(Locale.ROOT));
        }
        if (q.from() != null) {
            w.add("e.day >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            w.add("e.day <= ?");
            args.add(q.to());
        }
        if (q.incident() != null) {
            w.add("e.incident_id = ?");
            args.add(q.incident());
        }
        if (q.bbox() != null) {
            w.add("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?");
            args.add(q.bbox().minLat());
            args.add(q.bbox().maxLat());
            args.add(q.bbox().minLon());
            args.add(q.bbox().maxLon());
        }
        if (q.near() != null) {
            EventQuery.Circle n = q.near();
            // A box around the circle first, so an index on (lat, lon) narrows the rows; then the
            // exact great-circle distance.
            double dLat = n.radiusKm() / 111.0;
            double dLon = n.radiusKm() / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(n.lat()))));
            w.add("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?");
            args.add(n.lat() - dLat);
            args.add(n.lat() + dLat);
            args.add(n.lon() - dLon);
            args.add(n.lon() + dLon);
            w.add("2 * 6371.0088 * asin(sqrt(power(sin(radians(e.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(e.lat))"
                    + " * power(sin(radians(e.lon - ?) / 2), 2))) <= ?");
            args.add(n.lat());
            args.add(n.lat());
            args.add(n.lon());
            args.add(n.radiusKm());
        }
        List<String> party = new ArrayList<>();
        if (q.actor() != null) {
            String name = q.actor().strip().toLowerCase(Locale.ROOT);
            if (name.contains("*")) {
                party.add("ea.name_lc LIKE ?");
                args.add(name.replace("%", "\\%").replace("_", "\\_").replace('*', '%'));
            } else {
                party.add("ea.name_lc = ?");
                args.add(name);
            }
        }
        if (q.actorCountry() != null) {
            party.add("ea.country = ?");
            args.add(q.actorCountry().toUpperCase(Locale.ROOT));
        }
        if (q.sector() != null) {
            party.add("ea.sector = ?");
            args.add(q.sector().toUpperCase(Locale.ROOT));
        }
        if (!party.isEmpty()) {
            List<Object> partyArgs = new ArrayList<>(args.subList(args.size() - party.size(), args.size()));
            String members = "SELECT ea.event_id FROM event_actors ea WHERE " + String.join(" AND ", party);
            if (dialect == Dialect.POSTGRESQL && selective(members, partyArgs)) {
                args.subList(args.size() - party.size(), args.size()).clear();
                with.add("party AS MATERIALIZED (SELECT DISTINCT event_id FROM (" + members + ") x)");
                withArgs.addAll(partyArgs);
                joins.add(" JOIN party ON party.event_id = e.id");
            } else {
                w.add("EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND " + String.join(" AND ", party) + ")");
            }
        }
        if (q.text() != null && !q.text().isBlank()) {
            List<String> words = words(q.text());
            List<String> t = new ArrayList<>();
            if (dialect == Dialect.POSTGRESQL) {
                t.add("a.search @@ plainto_tsquery('simple', ?)");
                args.add(String.join(" ", words));
            } else {
                for (String word : words) {
                    // A plain substring test first (much cheaper than the regular expression),
                    // then the whole-word test on the few articles that pass it.
                    t.add("contains(lower(coalesce(a.title, '') || ' ' || a.body), ?)");
                    args.add(word);
                    t.add("regexp_matches(coalesce(a.title, '') || ' ' || a.body, ?)");
                    args.add("(?i)\\b" + word + "\\b");
                }
            }
            String matching = "SELECT a.id FROM articles a WHERE " + String.join(" AND ", t);
            List<Object> textArgs = new ArrayList<>(args.subList(args.size() - t.size(), args.size()));
            if (dialect == Dialect.POSTGRESQL && selective(matching, textArgs)) {
                args.subList(args.size() - t.size(), args.size()).clear();
                with.add("texts AS MATERIALIZED (" + matching + ")");
                withArgs.addAll(textArgs);
                joins.add(" JOIN texts ON texts.id = e.article_id");
            } else {
                w.add("e.article_id IN (" + matching + ")");
            }
        }
        return String.join(" AND ", w);
    }

    /** The search words: letters and digits only, so they mean the same on both engines. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
