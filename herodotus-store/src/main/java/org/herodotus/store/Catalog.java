package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the store's directories for browsing: articles, claims, actors, places, outlets and the
 * change log, each in a stable order and in pages that start after the last row of the previous
 * page (keyset paging, so rows added meanwhile neither repeat nor shift a page). Every value is a
 * bound parameter; only fixed SQL and row counts are written into statements.
 */
final class Catalog {

    private final Connection c;
    private final Dialect dialect;

    Catalog(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    /** At most this many names found by a part of a name are counted by name; more, by a scan. */
    private static final int NAMES_LOOKED_UP = 1000;

    private static final String ARTICLE_COLUMNS =
            "a.id, a.doc_key, a.url, a.title, a.outlet, a.published, a.seen, a.language, a.copy_of, a.ingested_at";

    /** Articles matching {@code f}, most recently stored first, after row id {@code before} when given. */
    List<ArticleRow> articles(ArticleFilter f, Long before, int limit) throws SQLException {
        if (dialect == Dialect.DUCKDB && f.text() != null && limit > 0 && limit <= WordProbe.SIZE / 10) {
            List<Long> ids = probe(f, before, limit);
            if (ids != null) {
                return ids.isEmpty() ? List.of() : query("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.id IN ("
                        + Sql.literals(ids) + ") ORDER BY a.id DESC", List.of(), Catalog::article);
            }
        }
        StringBuilder sql = new StringBuilder("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(f, before, sql, args);
        if (f.text() != null) {
            List<String> words = Words.query(f.text());
            if (words.isEmpty()) {
                sql.append(" AND 1 = 0");
            }
            for (String word : words) {
                sql.append(" AND a.id IN (SELECT aw.article_id FROM article_words aw WHERE aw.word = ?)");
                args.add(word);
            }
        }
        sql.append(" ORDER BY a.id DESC LIMIT ").append(Math.max(0, limit));
        return query(sql.toString(), args, Catalog::article);
    }

    /**
     * A text search for articles on DuckDB, tried on the newest articles that pass the other
     * filters ({@link WordProbe}). Returns the ids, newest first, when that settles the answer,
     * else null.
     */
    private List<Long> probe(ArticleFilter f, Long before, int limit) throws SQLException {
        List<String> words = Words.query(f.text());
        if (words.isEmpty()) {
            return null;
        }
        StringBuilder sql = new StringBuilder("SELECT a.id FROM articles a WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        where(f, before, sql, args);
        sql.append(" ORDER BY a.id DESC");
        try {
            return WordProbe.run(c, sql.toString(), args, words, "id", "id DESC", limit);
        } finally {
            c.rollback();
        }
    }

    /** The conditions of {@code f} but its words, and the page's start, over {@code articles a}. */
    private static void where(ArticleFilter f, Long before, StringBuilder sql, List<Object> args) {
        if (f.outlet() != null) {
            sql.append(" AND a.outlet = ?");
            args.add(f.outlet());
        }
        if (f.from() != null) {
            sql.append(" AND a.seen >= ?");
            args.add(f.from());
        }
        if (f.to() != null) {
            sql.append(" AND a.seen <= ?");
            args.add(f.to());
        }
        if (before != null) {
            sql.append(" AND a.id < ?");
            args.add(before);
        }
    }

    /** One article by row id. */
    ArticleRow article(long id) throws SQLException {
        List<ArticleRow> found = query("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.id = ?", List.of(id),
                Catalog::article);
        return found.isEmpty() ? null : found.get(0);
    }

    /** One article by key. */
    ArticleRow articleByKey(String key) throws SQLException {
        List<ArticleRow> found = query("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.doc_key = ?", List.of(key),
                Catalog::article);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The articles with these keys, in one statement (an incident's page lists every reporting
     * article: one statement per article cost a round trip and a scan each). Keys with no
     * article are left out; the order is by row id.
     */
    List<ArticleRow> articlesByKeys(List<String> keys) throws SQLException {
        List<ArticleRow> out = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += 500) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + 500));
            out.addAll(query("SELECT " + ARTICLE_COLUMNS + " FROM articles a WHERE a.doc_key IN (" + Sql.marks(part.size())
                    + ") ORDER BY a.id", new ArrayList<Object>(part), Catalog::article));
        }
        return out;
    }

    /** The stored Analysis JSON of article {@code id}, null when there is none. */
    String analysis(long id) throws SQLException {
        List<String> found = query("SELECT analysis FROM articles WHERE id = ?", List.of(id), rs -> rs.getString(1));
        return found.isEmpty() ? null : found.get(0);
    }

    /** The incident of each of article {@code id}'s events that belongs to one, by event id in the analysis. */
    Map<String, Long> eventIncidents(long id) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] r : query("SELECT event_key, incident_id FROM events WHERE article_id = ? AND incident_id IS NOT NULL "
                + "ORDER BY id", List.of(id), rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
            out.put((String) r[0], (Long) r[1]);
        }
        return out;
    }

    private static ArticleRow article(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(10);
        return new ArticleRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Sql.date(rs, "published"), Sql.date(rs, "seen"), rs.getString(8), Sql.longOrNull(rs, "copy_of"),
                at == null ? null : at.toInstant());
    }

    /**
     * Claims matching {@code f}, newest article first and in the article's order, after the
     * claim ({@code beforeArticle}, {@code afterClaim}) when given.
     */
    List<ClaimRow> claims(ClaimFilter f, Long beforeArticle, String afterClaim, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT c.article_id, c.claim_key, c.claim_type, c.certainty, "
                + "coalesce(c.source_name, c.source_text) AS claimant, c.source_country, c.cue_text, c.content_text, "
                + "c.attributed_name, c.attributed_country, c.event_id, e.incident_id, c.source_start, c.source_end, "
                + "c.cue_start, c.cue_end, c.content_start, c.content_end, a.doc_key, a.url, a.title, a.outlet, a.seen "
                + "FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN events e ON e.id = c.event_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.claimant() != null) {
            sql.append(" AND lower(c.source_name) = ?");
            args.add(f.claimant().strip().toLowerCase(Locale.ROOT));
        }
        if (f.attributedTo() != null) {
            sql.append(" AND lower(c.attributed_name) = ?");
            args.add(f.attributedTo().strip().toLowerCase(Locale.ROOT));
        }
        if (f.certainty() != null) {
            sql.append(" AND c.certainty = ?");
            args.add(f.certainty().strip().toLowerCase(Locale.ROOT));
        }
        if (f.type() != null) {
            sql.append(" AND c.claim_type = ?");
            args.add(f.type().strip().toLowerCase(Locale.ROOT));
        }
        if (f.outlet() != null) {
            sql.append(" AND a.outlet = ?");
            args.add(f.outlet());
        }
        if (f.articleId() != null) {
            sql.append(" AND c.article_id = ?");
            args.add(f.articleId());
        }
        if (f.incident() != null) {
            sql.append(" AND e.incident_id = ?");
            args.add(f.incident());
        }
        if (beforeArticle != null) {
            sql.append(" AND (c.article_id < ? OR (c.article_id = ? AND c.claim_key > ?))");
            args.add(beforeArticle);
            args.add(beforeArticle);
            args.add(afterClaim == null ? "" : afterClaim);
        }
        sql.append(" ORDER BY c.article_id DESC, c.claim_key LIMIT ").append(Math.max(0, limit));
        return query(sql.toString(), args, rs -> new ClaimRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), Sql.longOrNull(rs, "event_id"), Sql.longOrNull(rs, "incident_id"),
                Sql.intOrNull(rs, "source_start"), Sql.intOrNull(rs, "source_end"), Sql.intOrNull(rs, "cue_start"),
                Sql.intOrNull(rs, "cue_end"), Sql.intOrNull(rs, "content_start"), Sql.intOrNull(rs, "content_end"),
                rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22), Sql.date(rs, "seen")));
    }

    /**
     * Actors of stored events by name (name, then country and sector as most events give them),
     * after name {@code after} when given; {@code name} narrows to names containing it.
     */
    List<Summary> actors(String name, String country, String sector, String after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT name, min(country), min(sector), "
                + "sum(CASE WHEN role = 'actor' THEN 1 ELSE 0 END), sum(CASE WHEN role = 'actor' THEN 0 ELSE 1 END), "
                + "min(day), max(day) FROM event_actors WHERE name IS NOT NULL");
        List<Object> args = new ArrayList<>();
        if (name != null) {
            String part = "%" + like(name.strip().toLowerCase(Locale.ROOT)) + "%";
            // The names containing the part, from the dictionary of names (a few per cent of the
            // participant rows), then only their rows are counted, through the index by name.
            List<Object> names = query("SELECT name_lc FROM actor_names WHERE name_lc LIKE ? ESCAPE '\\' LIMIT "
                    + (NAMES_LOOKED_UP + 1), List.of(part), rs -> rs.getString(1));
            if (names.isEmpty()) {
                return List.of();
            }
            if (names.size() <= NAMES_LOOKED_UP) {
                sql.append(" AND name_lc IN (").append(Sql.marks(names.size())).append(')');
                args.addAll(names);
            } else {
                // A part as common as a letter or two: a scan of every row is then the cheaper plan.
                sql.append(" AND name_lc LIKE ? ESCAPE '\\'");
                args.add(part);
            }
        }
        if (country != null) {
            sql.append(" AND country = ?");
            args.add(country.toUpperCase(Locale.ROOT));
        }
        if (sector != null) {
            sql.append(" AND sector = ?");
            args.add(sector.toUpperCase(Locale.ROOT));
        }
        if (after != null) {
            sql.append(" AND name > ?");
            args.add(after);
        }
        sql.append(" GROUP BY name ORDER BY name LIMIT ").append(Math.max(0, limit));
        return query(sql.toString(), args, rs -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), rs.getLong(5), null, null, day(rs, 6), day(rs, 7)));
    }

    /** Places of stored events by name, after name {@code after} when given. */
    List<Summary> places(String name, String country, String after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT place_name, min(country), min(admin1), count(*), avg(lat), avg(lon), "
                + "min(day), max(day) FROM events WHERE place_name IS NOT NULL");
        List<Object> args = new ArrayList<>();
        if (name != null) {
            sql.append(" AND lower(place_name) LIKE ? ESCAPE '\\'");
            args.add("%" + like(name.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (country != null) {
            sql.append(" AND country = ?");
            args.add(country.toUpperCase(Locale.ROOT));
        }
        if (after != null) {
            sql.append(" AND place_name > ?");
            args.add(after);
        }
        sql.append(" GROUP BY place_name ORDER BY place_name LIMIT ").append(Math.max(0, limit));
        return query(sql.toString(), args, rs -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getLong(4), 0, number(rs, 5), number(rs, 6), day(rs, 7), day(rs, 8)));
    }

    /** Outlets of stored articles by name, after {@code after} when given. */
    List<Summary> outlets(String name, String after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT outlet, count(*), min(seen), max(seen) FROM articles WHERE outlet IS NOT NULL");
        List<Object> args = new ArrayList<>();
        if (name != null) {
            sql.append(" AND outlet = ?");
            args.add(name);
        }
        if (after != null) {
            sql.append(" AND outlet > ?");
            args.add(after);
        }
        sql.append(" GROUP BY outlet ORDER BY outlet LIMIT ").append(Math.max(0, limit));
        return query(sql.toString(), args, rs -> new Summary(rs.getString(1), null, null, rs.getLong(2), 0, null, null,
                day(rs, 3), day(rs, 4)));
    }

    /** How many articles of {@code outlet} the store holds for each day, oldest first. */
    Map<LocalDate, Long> coverage(String outlet) throws SQLException {
        Map<LocalDate, Long> out = new LinkedHashMap<>();
        for (Object[] r : query("SELECT seen, count(*) FROM articles WHERE outlet = ? GROUP BY seen ORDER BY seen",
                List.of(outlet), rs -> new Object[] {rs.getDate(1).toLocalDate(), rs.getLong(2)})) {
            out.put((LocalDate) r[0], (Long) r[1]);
        }
        return out;
    }

    /** Changes logged at or after {@code since} (all when null), after log entry {@code after}, oldest first. */
    List<Change> changes(Instant since, Long after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT seq, article_id, doc_key, action, changed_at FROM article_changes WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (since != null) {
            sql.append(" AND changed_at >= ?");
            args.add(Timestamp.from(since));
        }
        if (after != null) {
            sql.append(" AND seq > ?");
            args.add(after);
        }
        sql.append(" ORDER BY seq LIMIT ").append(Math.max(0, limit));
        return query(sql.toString(), args, rs -> new Change(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant()));
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Reads one row into a value. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> args, RowReader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Sql.bind(p, args.toArray());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
        } finally {
            c.rollback();
        }
        return out;
    }
}
