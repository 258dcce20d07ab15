package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's small single-statement reads about the store itself: whether an article is stored
 * (by key, or with this very text), its Analysis JSON by key, rows per table, the schema version;
 * and refreshing the planner's statistics. Each read ends its transaction, as every read of the
 * store does, so a reader connection never holds an old snapshot.
 */
final class StoreLookups {

    private final Connection connection;

    StoreLookups(Connection connection) {
        this.connection = connection;
    }

    /** Refreshes the statistics the query planner uses. */
    void analyze() throws SQLException {
        boolean auto = connection.getAutoCommit();
        try (Statement s = connection.createStatement()) {
            connection.setAutoCommit(true);
            s.execute("ANALYZE");
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    /** Rows in each of {@code tables}. */
    Map<String, Long> counts(List<String> tables) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        } finally {
            connection.rollback();
        }
        return out;
    }

    /** The row id of the article with key {@code key}, if stored. */
    Optional<Long> articleId(String key) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM articles WHERE doc_key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } finally {
            connection.rollback();
        }
    }

    /** Whether the article at {@code url} with body {@code body} is stored with this very text. */
    boolean holdsText(String url, String body) throws SQLException {
        if (body == null || body.isBlank()) {
            return false;
        }
        try (PreparedStatement p = connection.prepareStatement("SELECT 1 FROM articles WHERE doc_key = ? AND text_hash = ?")) {
            p.setString(1, ArticleKeys.docKey(url, body));
            p.setString(2, ArticleKeys.textHash(body));
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        } finally {
            connection.rollback();
        }
    }

    /** The stored Analysis JSON of the article with key {@code key}. */
    Optional<String> analysisJson(String key) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT analysis FROM articles WHERE doc_key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } finally {
            connection.rollback();
        }
    }

    /** The schema version of the database. */
    int schemaVersion() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        } finally {
            connection.rollback();
        }
    }
}
