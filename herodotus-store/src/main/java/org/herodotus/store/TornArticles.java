package org.herodotus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Analysis;

/**
 * Finds and clears what a torn commit left behind. A transaction is all or nothing, but an engine
 * that fails while committing (a full disk under DuckDB) has been seen to keep part of one: an
 * article with some of its records, records of no article, incidents with no event.
 */
final class TornArticles {

    private final StatementCache sql;

    TornArticles(StatementCache sql) {
        this.sql = sql;
    }

    /**
     * The stored articles among {@code same} (unchanged content) that are not whole: a table holds
     * fewer or more of their records than their analysis gives. A transaction is all or nothing,
     * but an engine that fails while committing (a full disk under DuckDB) has been seen to keep
     * part of one; storing such an article again repairs it, where "unchanged" never would.
     */
    Set<Long> notWhole(List<PendingArticle> same) throws SQLException {
        Set<Long> out = new HashSet<>();
        if (same.isEmpty()) {
            return out;
        }
        Map<String, Map<Long, Integer>> want = new LinkedHashMap<>();
        for (PendingArticle item : same) {
            Analysis a = item.a;
            MinHash.Signature sig = MinHash.of(a.body());
            want.computeIfAbsent("article_bands", t -> new HashMap<>()).put(item.id, sig.shingles() > 0 ? sig.buckets().length : 0);
            want.computeIfAbsent("article_words", t -> new HashMap<>()).put(item.id, Words.of(a.title(), a.text()).size());
            want.computeIfAbsent("actors", t -> new HashMap<>()).put(item.id, a.actors().size());
            want.computeIfAbsent("places", t -> new HashMap<>()).put(item.id, a.places().size());
            want.computeIfAbsent("events", t -> new HashMap<>()).put(item.id, a.events().size());
            want.computeIfAbsent("claims", t -> new HashMap<>()).put(item.id, a.claims().size());
        }
        List<Long> ids = same.stream().map(i -> i.id).toList();
        for (Map.Entry<String, Map<Long, Integer>> table : want.entrySet()) {
            Map<Long, Integer> have = new HashMap<>();
            PreparedStatement p = sql.get("SELECT article_id, count(*) FROM " + table.getKey() + " WHERE "
                    + sql.isIn("article_id") + " GROUP BY article_id");
            sql.setIds(p, 1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    have.put(rs.getLong(1), rs.getInt(2));
                }
            }
            for (Map.Entry<Long, Integer> w : table.getValue().entrySet()) {
                if (!w.getValue().equals(have.getOrDefault(w.getKey(), 0))) {
                    out.add(w.getKey());
                }
            }
        }
        return out;
    }

    /**
     * Clears what a torn commit can leave besides a partial article: records of articles that are
     * not stored, and incidents no event belongs to (returned, for {@link IncidentIndex#refresh} to
     * delete). Run only when an article is repaired, as it reads whole tables.
     */
    List<Long> sweep() throws SQLException {
        for (String table : List.of("event_actors", "events", "claims", "actors", "places", "article_bands", "article_words")) {
            sql.get("DELETE FROM " + table + " WHERE article_id NOT IN (SELECT id FROM articles)").executeUpdate();
        }
        List<Long> empty = new ArrayList<>();
        try (ResultSet rs = sql.get("SELECT i.id FROM incidents i WHERE NOT EXISTS "
                + "(SELECT 1 FROM events e WHERE e.incident_id = i.id)").executeQuery()) {
            while (rs.next()) {
                empty.add(rs.getLong(1));
            }
        }
        return empty;
    }
}
