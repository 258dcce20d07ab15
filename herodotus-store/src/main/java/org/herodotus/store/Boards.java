package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what an incident's attribution board is built from out of the store's tables — its
 * articles, the incidents their events joined, their claims naming who did it and the named actors
 * of its events — and builds the board with {@link BoardRules}, the rules herodotus-spark applies
 * to a run's analyses too.
 */
final class Boards {

    /** Only the incident's own articles can hold its claims, so every query reads those alone. */
    private static final String MINE = "(SELECT DISTINCT article_id FROM events WHERE incident_id = ?)";

    private final Connection c;
    private final BoardRules rules;

    Boards(Connection c, Rules rules) {
        this.c = c;
        this.rules = new BoardRules(rules);
    }

    /** One article's facts as they are read. */
    private static final class Facts {
        final BoardFacts.Article article;
        final Set<Long> incidents = new TreeSet<>();
        final List<BoardFacts.Claim> claims = new ArrayList<>();
        final List<BoardFacts.Participant> participants = new ArrayList<>();

        Facts(BoardFacts.Article article) {
            this.article = article;
        }
    }

    AttributionBoard board(long incident) throws SQLException {
        Map<Long, Facts> articles = new LinkedHashMap<>();
        try {
            readArticles(incident, articles);
            readIncidents(incident, articles);
            readClaims(incident, articles);
            readParticipants(incident, articles);
        } finally {
            c.rollback();
        }
        List<BoardFacts.ArticleFacts> facts = new ArrayList<>();
        for (Facts f : articles.values()) {
            facts.add(new BoardFacts.ArticleFacts(f.article, f.incidents, f.claims, f.participants));
        }
        return rules.board(incident, facts);
    }

    private void readArticles(long incident, Map<Long, Facts> articles) throws SQLException {
        String sql = "SELECT id, doc_key, source_id, url, title, outlet, published, seen, source_group FROM articles "
                + "WHERE id IN " + MINE;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, incident);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    articles.put(id, new Facts(new BoardFacts.Article(id, rs.getString("doc_key"), rs.getString("source_id"),
                            rs.getString("url"), rs.getString("title"), rs.getString("outlet"), Sql.date(rs, "published"),
                            Sql.date(rs, "seen"), rs.getString("source_group"))));
                }
            }
        }
    }

    private void readIncidents(long incident, Map<Long, Facts> articles) throws SQLException {
        String sql = "SELECT DISTINCT article_id, incident_id FROM events WHERE incident_id IS NOT NULL AND article_id IN " + MINE;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, incident);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    articles.get(rs.getLong(1)).incidents.add(rs.getLong(2));
                }
            }
        }
    }

    private void readClaims(long incident, Map<Long, Facts> articles) throws SQLException {
        String sql = "SELECT c.article_id, c.claim_key, c.event_id, e.incident_id AS event_incident, c.claim_type, "
                + "c.certainty, c.source_name, c.source_text, c.cue_text, c.cue_start, c.content_text, "
                + "c.attributed_name, c.attributed_country, c.attributed_sector "
                + "FROM claims c LEFT JOIN events e ON e.id = c.event_id "
                + "WHERE c.attributed_name IS NOT NULL AND c.article_id IN " + MINE;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, incident);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    boolean linked = Sql.longOrNull(rs, "event_id") != null;
                    articles.get(rs.getLong("article_id")).claims.add(new BoardFacts.Claim(rs.getString("claim_key"), linked,
                            linked ? Sql.longOrNull(rs, "event_incident") : null, rs.getString("claim_type"),
                            rs.getString("certainty"), rs.getString("source_name"), rs.getString("source_text"),
                            rs.getString("cue_text"), Sql.intOrNull(rs, "cue_start"), rs.getString("content_text"),
                            rs.getString("attributed_name"), rs.getString("attributed_country"),
                            rs.getString("attributed_sector")));
                }
            }
        }
    }

    private void readParticipants(long incident, Map<Long, Facts> articles) throws SQLException {
        // Without ORDER BY: the rows come in the order they were written, the order the event lists
        // its actors, which no column holds; BoardRules sorts by event, keeping that order within one.
        String sql = "SELECT e.article_id, ea.event_id, ea.name, ea.country, ea.sector, ea.generic, "
                + "coalesce(ea.evidence_start, e.trigger_start) AS trigger_start, "
                + "coalesce(ea.evidence_text, e.sentence_text) AS sentence_text, e.trigger_text "
                + "FROM event_actors ea JOIN events e ON e.id = ea.event_id "
                + "WHERE e.incident_id = ? AND ea.role = 'actor' AND ea.name IS NOT NULL";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, incident);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    Object generic = rs.getObject("generic");
                    articles.get(rs.getLong("article_id")).participants.add(new BoardFacts.Participant(rs.getLong("event_id"),
                            incident, rs.getString("name"), rs.getString("country"),
                            rs.getString("sector"), generic == null ? null : (Boolean) generic, rs.getString("trigger_text"),
                            rs.getString("sentence_text"), Sql.intOrNull(rs, "trigger_start")));
                }
            }
        }
    }
}
