package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs {@link EventQuery}s. A query with a limit first finds the ids of the newest matching
 * events, reading only the few columns the filters and the order need, and then fetches those
 * events whole with their articles and participants; a query without a limit reads all matching
 * events in pages by id.
 *
 * <p>Finding ids first matters on DuckDB, which stores tables by column: a top-N query that
 * returns every column decompresses all of them (sentences included) for every row that passes
 * the filters, where the ids alone cost a fraction of that. On PostgreSQL a participant filter
 * walks the participants' own (filter, day) index newest first, so an actor's latest events are
 * found without visiting the thousands of older ones.
 */
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
            if (q.limit() != null) {
                List<Long> ids = newest(q, Math.max(0, q.limit()));
                if (!ids.isEmpty()) {
                    page("SELECT e.* FROM events e WHERE e.id IN (" + Sql.literals(ids) + ")", List.of(), ids, sink);
                }
                return;
            }
            Filter f = filter(q, false);
            String select = "SELECT e.* FROM events e WHERE " + f.where();
            long after = Long.MIN_VALUE;
            while (true) {
                List<Object> pageArgs = new ArrayList<>(f.args);
                pageArgs.add(after);
                long last = page(select + " AND e.id > ? ORDER BY e.id LIMIT " + BATCH, pageArgs, null, sink);
                if (last == Long.MIN_VALUE) {
                    return;
                }
                after = last;
            }
        } finally {
            c.rollback();
        }
    }

    /**
     * How many events matching {@code q} fall on each day, oldest day first; the query's limit
     * and position are ignored.
     */
    Map<LocalDate, Long> days(EventQuery q) throws SQLException {
        Filter f = filter(q.withLimit(null).withBefore(null), false);
        Map<LocalDate, Long> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT e.day, count(*) FROM events e WHERE " + f.where()
                + " GROUP BY e.day ORDER BY e.day")) {
            Sql.bind(p, f.args.toArray());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
                }
            }
        } finally {
            c.rollback();
        }
        return out;
    }

    /** The ids of the {@code limit} newest events matching {@code q}, newest first. */
    private List<Long> newest(EventQuery q, int limit) throws SQLException {
        if (limit == 0) {
            return List.of();
        }
        if (dialect == Dialect.DUCKDB && q.text() != null && limit <= WordProbe.SIZE / 10) {
            List<Long> probed = probe(q, limit);
            if (probed != null) {
                return probed;
            }
        }
        Filter f = filter(q, dialect == Dialect.POSTGRESQL);
        if (f.party == null) {
            return ids("SELECT e.id FROM events e WHERE " + f.where() + " ORDER BY e.day DESC, e.id DESC LIMIT " + limit,
                    f.args).distinct();
        }
        // Participants joined rather than tested: PostgreSQL can then walk a participant index in
        // (day, event) order. An event with two matching participants comes twice, so ask for
        // more rows until enough distinct events came back or there are no more.
        List<Object> args = new ArrayList<>(f.partyArgs);
        args.addAll(f.args);
        String sql = "SELECT ea.event_id FROM event_actors ea JOIN events e ON e.id = ea.event_id WHERE " + f.party
                + " AND " + f.where() + " ORDER BY ea.day DESC, ea.event_id DESC LIMIT ";
        for (int rows = limit + limit / 4 + 1; ; rows *= 2) {
            Ids found = ids(sql + rows, args);
            if (found.distinct().size() >= limit || found.read() < rows) {
                return found.distinct().subList(0, Math.min(limit, found.distinct().size()));
            }
        }
    }

    /**
     * A text search on DuckDB, tried on the newest events that pass the other filters ({@link
     * WordProbe}). Returns the ids when that settles the answer, else null.
     */
    private List<Long> probe(EventQuery q, int limit) throws SQLException {
        List<String> words = Words.query(q.text());
        if (words.isEmpty()) {
            return null;
        }
        Filter f = filter(q.withText(null), false);
        String candidates = "SELECT e.id, e.day, e.article_id FROM events e WHERE " + f.where()
                + " ORDER BY e.day DESC, e.id DESC";
        return WordProbe.run(c, candidates, f.args, words, "article_id", "day DESC, id DESC", limit);
    }

    /** The distinct ids a statement returned, in its order, and how many rows it returned. */
    private record Ids(List<Long> distinct, int read) {
    }

    private Ids ids(String sql, List<Object> args) throws SQLException {
        Set<Long> out = new LinkedHashSet<>();
        int read = 0;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Sql.bind(p, args.toArray());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    read++;
                    out.add(rs.getLong(1));
                }
            }
        }
        return new Ids(new ArrayList<>(out), read);
    }

    /**
     * Reads one page of events with their articles and participants and hands them to
     * {@code sink}, in the order of {@code order} when given, else in the statement's order;
     * returns the id of the last row, or Long.MIN_VALUE when the page was empty.
     */
    private long page(String sql, List<Object> args, List<Long> order, Consumer<EventRow> sink) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        Set<Long> articleIds = new LinkedHashSet<>();
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
                + "FROM articles WHERE id IN (" + Sql.literals(articleList) + ")")) {
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
                + "WHERE event_id IN (" + Sql.literals(ids) + ") ORDER BY event_id, actor_key")) {
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Map<Long, List<Participant>> target = "actor".equals(rs.getString(2)) ? actors : recipients;
                    target.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Participant(rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        if (order != null) {
            Map<Long, Object[]> byId = new HashMap<>();
            rows.forEach(r -> byId.put((Long) r[0], r));
            rows.clear();
            for (Long id : order) {
                if (byId.containsKey(id)) {
                    rows.add(byId.get(id));
                }
            }
        }
        long last = Long.MIN_VALUE;
        for (Object[] r : rows) {
            long id = (Long) r[0];
            last = id;
            Object[] a = articles.get((Long) r[23]);
            sink.accept(new EventRow(id, (String) r[1], (Long) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (LocalDate) r[6], (Boolean) r[7], (String) r[8], (Integer) r[9], (Double) r[10],
                    actors.getOrDefault(id, List.of()), recipients.getOrDefault(id, List.of()), (String) r[11],
                    (Double) r[12], (Double) r[13], (String) r[14], (String) r[15], (String) r[16], (String) r[17],
                    (String) r[18], (Integer) r[19], (Integer) r[20], (Integer) r[21], (Integer) r[22], (String) a[0],
                    (String) a[1], (String) a[2], (String) a[3], (LocalDate) a[4], (String) a[5]));
        }
        return last;
    }

    /**
     * The SQL of a query's filters over {@code events e}.
     *
     * @param conditions conditions on {@code e}, all of which hold
     * @param args       their parameters, in order
     * @param party      when participants are to be joined as {@code ea}: the conditions on
     *                   them; else null, and the participant filter is among {@code conditions}
     * @param partyArgs  the parameters of {@code party}
     */
    private record Filter(List<String> conditions, List<Object> args, String party, List<Object> partyArgs) {
        String where() {
            return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
        }
    }

    /** The filters of {@code q}; {@code joinParty} to leave the participant filter to a join. */
    private static Filter filter(EventQuery q, boolean joinParty) {
        List<String> w = new ArrayList<>();
        List<Object> args = new ArrayList<>();
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
        if (q.before() != null) {
            w.add("(e.day < ? OR (e.day = ? AND e.id < ?))");
            args.add(q.before().day());
            args.add(q.before().day());
            args.add(q.before().id());
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
            // A box around the circle first, so an index on (lat, lon) or DuckDB's zone maps
            // narrow the rows; then the exact great-circle distance.
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
        if (q.text() != null) {
            List<String> words = Words.query(q.text());
            if (words.isEmpty()) {
                // A search for no word at all ("!!") finds nothing rather than everything.
                w.add("1 = 0");
            }
            // Every word, looked up in the word index (see WordIndex).
            for (String word : words) {
                w.add("e.article_id IN (SELECT aw.article_id FROM article_words aw WHERE aw.word = ?)");
                args.add(word);
            }
        }
        List<String> party = new ArrayList<>();
        List<Object> partyArgs = new ArrayList<>();
        if (q.actor() != null) {
            String name = q.actor().strip().toLowerCase(Locale.ROOT);
            if (name.contains("*")) {
                party.add("ea.name_lc LIKE ? ESCAPE '\\'");
                partyArgs.add(name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace('*', '%'));
            } else {
                party.add("ea.name_lc = ?");
                partyArgs.add(name);
            }
        }
        if (q.actorCountry() != null) {
            party.add("ea.country = ?");
            partyArgs.add(q.actorCountry().toUpperCase(Locale.ROOT));
        }
        if (q.sector() != null) {
            party.add("ea.sector = ?");
            partyArgs.add(q.sector().toUpperCase(Locale.ROOT));
        }
        if (party.isEmpty()) {
            return new Filter(w, args, null, List.of());
        }
        if (joinParty) {
            return new Filter(w, args, String.join(" AND ", party), partyArgs);
        }
        w.add("EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_id = e.id AND " + String.join(" AND ", party) + ")");
        args.addAll(partyArgs);
        return new Filter(w, args, null, List.of());
    }
}
