package org.herodotus.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the flat export tables (claims, articles) row by row, in the same SQL on both engines. */
final class TableReader {

    private static final String CLAIMS = "SELECT c.article_id, c.claim_key AS claim, c.claim_type, c.certainty, "
            + "coalesce(c.source_name, c.source_text) AS claimant, c.source_country AS claimant_country, "
            + "c.source_sector AS claimant_sector, c.attributed_name AS attributed_to, c.attributed_country, "
            + "c.attributed_sector, c.cue_text AS cue, c.content_text AS content, e.id AS event_id, "
            + "e.incident_id AS incident, e.event_type AS event, e.day, e.place_name AS place, e.country, e.lat, e.lon, "
            + "a.outlet, a.title, a.url, a.published, a.doc_key AS key "
            + "FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN events e ON e.id = c.event_id "
            + "ORDER BY c.article_id, c.cue_start, c.claim_key";

    private static final String ARTICLES = "SELECT a.id, a.doc_key AS key, a.source_id AS document, a.url, a.outlet, "
            + "a.title, a.byline, a.published, a.seen, a.language, a.copy_of, a.source_group AS source, "
            + "(SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events, "
            + "(SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims "
            + "FROM articles a ORDER BY a.id";

    private final Connection connection;

    TableReader(Connection connection) {
        this.connection = connection;
    }

    /** Hands every row of {@code table} (claims or articles) to {@code sink}, columns in table order. */
    void read(ExportTable table, Consumer<Map<String, Object>> sink) throws SQLException {
        String sql = switch (table) {
            case CLAIMS -> CLAIMS;
            case ARTICLES -> ARTICLES;
            default -> throw new IllegalArgumentException(table + " is not read here");
        };
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : table.columns().keySet()) {
                    row.put(column, value(rs.getObject(column)));
                }
                sink.accept(row);
            }
        } finally {
            connection.rollback();
        }
    }

    /** JDBC dates and times as java.time values, which the JSON and CSV writers print as ISO text. */
    private static Object value(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime();
        }
        return v;
    }
}
