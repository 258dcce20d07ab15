package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A text search on DuckDB tried first on the newest rows that pass a search's other filters: their
 * articles' words are a few row groups of the word index (stored in article order), read in
 * milliseconds, where looking a common word up reads all its rows in the store. Shared by the
 * event and the article searches.
 */
final class WordProbe {

    /** How many of the newest candidates are tested for the words. */
    static final int SIZE = 3000;

    private WordProbe() {
    }

    /**
     * Runs a probe. {@code candidates} is the SQL of the candidates, newest first, with its
     * arguments in {@code args}; it selects an {@code id}, the {@code articleColumn} its words are
     * looked up by, and the {@code order} columns. Returns the ids of the candidates holding every
     * word, newest first, when that settles the answer (at least {@code limit} of them, or fewer
     * than {@link #SIZE} candidates in all), else null: the caller then searches the whole store.
     */
    static List<Long> run(Connection c, String candidates, List<Object> args, List<String> words,
                          String articleColumn, String order, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("WITH cand AS (").append(candidates).append(" LIMIT ").append(SIZE)
                .append("), hits AS (SELECT * FROM cand c WHERE 1 = 1");
        List<Object> all = new ArrayList<>(args);
        for (String word : words) {
            // "word || ''" keeps DuckDB from looking the word up in its index, which would read all
            // of the word's rows: the other filters alone narrow the scan to a few row groups.
            sql.append(" AND c.").append(articleColumn).append(" IN (SELECT aw.article_id FROM article_words aw ")
                    .append("WHERE aw.article_id IN (SELECT ").append(articleColumn)
                    .append(" FROM cand) AND aw.word || '' = ?)");
            all.add(word);
        }
        sql.append(" ORDER BY ").append(order).append(" LIMIT ").append(limit)
                .append(") SELECT (SELECT count(*) FROM cand), (SELECT list(id ORDER BY ").append(order)
                .append(") FROM hits)");
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            Sql.bind(p, all.toArray());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long count = rs.getLong(1);
                java.sql.Array list = rs.getArray(2);
                List<Long> ids = new ArrayList<>();
                if (list != null) {
                    for (Object id : (Object[]) list.getArray()) {
                        ids.add(((Number) id).longValue());
                    }
                }
                return ids.size() >= limit || count < SIZE ? ids : null;
            }
        }
    }
}
