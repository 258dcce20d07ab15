package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds an incident's attribution board from the stored claims about its events.
 *
 * <p>Every claim that names who did it ({@code attributedTo}) and is about one of the incident's
 * events counts for or against its candidate, weighted by certainty (board.properties). Each
 * claimant counts once per candidate, with its strongest claim; an unnamed claimant ("a military
 * source") counts once per independent source, since two outlets' anonymous sources may be two
 * people. A claim with no event counts for the incident when its article reports no other
 * incident, or when the article's other attributions are mostly about this incident. The article's own narrative naming a perpetrator counts as a claim by the outlet,
 * unless a claim in the same article about this incident already names that perpetrator.
 */
final class Boards {

    private final Connection c;
    private final Rules rules;

    Boards(Connection c, Rules rules) {
        this.c = c;
        this.rules = rules;
    }

    private record Row(String candidateKey, String name, String country, String sector, String claimant,
                       String claimantKey, String type, String certainty, double weight, AttributionBoard.Entry entry,
                       String group, LocalDate when, long article, int offset) {
    }

    AttributionBoard board(long incident) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try {
            readClaims(incident, rows);
            readNarrative(incident, rows);
        } finally {
            c.rollback();
        }
        Map<String, List<Row>> byCandidate = new LinkedHashMap<>();
        for (Row r : rows) {
            byCandidate.computeIfAbsent(r.candidateKey(), k -> new ArrayList<>()).add(r);
        }
        List<AttributionBoard.Candidate> candidates = new ArrayList<>();
        Map<AttributionBoard.Candidate, LocalDate> firstClaim = new HashMap<>();
        for (List<Row> claims : byCandidate.values()) {
            claims.sort(Comparator.comparing(Row::when).thenComparingLong(Row::article).thenComparingInt(Row::offset));
            Map<String, Row> strongest = new LinkedHashMap<>();
            for (Row r : claims) {
                strongest.merge(r.claimantKey(), r, (a, b) -> Math.abs(b.weight()) >= Math.abs(a.weight()) ? b : a);
            }
            double forSum = 0;
            double against = 0;
            Row bestFor = null;
            Row bestAgainst = null;
            for (Row r : strongest.values()) {
                if (r.weight() >= 0) {
                    forSum += r.weight();
                    bestFor = bestFor == null || r.weight() > bestFor.weight() ? r : bestFor;
                } else {
                    against -= r.weight();
                    bestAgainst = bestAgainst == null || r.weight() < bestAgainst.weight() ? r : bestAgainst;
                }
            }
            Set<String> sourcesFor = new HashSet<>();
            Set<String> sources = new HashSet<>();
            for (Row r : claims) {
                sources.add(r.group());
                if (r.weight() > 0) {
                    sourcesFor.add(r.group());
                }
            }
            double support = forSum - against + rules.weight("corroboration") * Math.max(0, sourcesFor.size() - 1);
            String verdict = support < 0 || bestFor == null ? bestAgainst.certainty() : bestFor.certainty();
            Row first = claims.get(0);
            AttributionBoard.Candidate candidate = new AttributionBoard.Candidate(first.name(), first.country(),
                    first.sector(), verdict, Math.round(support * 1000) / 1000.0, strongest.size(), sources.size(),
                    claims.stream().map(Row::entry).toList());
            candidates.add(candidate);
            firstClaim.put(candidate, first.when());
        }
        candidates.sort(Comparator.comparingDouble(AttributionBoard.Candidate::support).reversed()
                .thenComparing(Comparator.comparingInt(AttributionBoard.Candidate::sources).reversed())
                .thenComparing(firstClaim::get));
        return new AttributionBoard(incident, candidates);
    }

    private void readClaims(long incident, List<Row> rows) throws SQLException {
        // Only the incident's own articles can hold its claims, so both tests of a claim without an
        // event look at those articles alone: grouping every stored event and every claim per
        // article made the board of a small incident cost a scan of the whole store.
        String sql = "WITH mine AS (SELECT DISTINCT article_id FROM events WHERE incident_id = ?) "
                + "SELECT c.*, a.doc_key, a.source_id, a.url, a.title, a.outlet, a.published, a.seen, a.source_group "
                + "FROM claims c JOIN articles a ON a.id = c.article_id "
                + "WHERE c.attributed_name IS NOT NULL AND ("
                + " c.event_id IN (SELECT id FROM events WHERE incident_id = ?)"
                // A claim with no event counts when its article reports no other incident ...
                + " OR (c.event_id IS NULL AND c.article_id IN ("
                + "   SELECT article_id FROM events WHERE incident_id IS NOT NULL AND article_id IN (SELECT article_id FROM mine)"
                + "   GROUP BY article_id HAVING count(DISTINCT incident_id) = 1 AND min(incident_id) = ?))"
                // ... or when this is the incident its article's other attributions are about.
                + " OR (c.event_id IS NULL AND c.article_id IN ("
                + "   SELECT article_id FROM (SELECT c2.article_id, e2.incident_id, row_number() OVER ("
                + "     PARTITION BY c2.article_id ORDER BY count(*) DESC, e2.incident_id) AS r"
                + "     FROM claims c2 JOIN events e2 ON e2.id = c2.event_id"
                + "     WHERE c2.attributed_name IS NOT NULL AND e2.incident_id IS NOT NULL"
                + "     AND c2.article_id IN (SELECT article_id FROM mine)"
                + "     GROUP BY c2.article_id, e2.incident_id) x WHERE r = 1 AND incident_id = ?)))";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            Sql.bind(p, incident, incident, incident, incident);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String target = rs.getString("attributed_name");
                    String type = rs.getString("claim_type");
                    String certainty = rs.getString("certainty");
                    String speaker = rs.getString("source_name");
                    String group = rs.getString("source_group");
                    boolean self = speaker != null && speaker.equalsIgnoreCase(target);
                    double w = weight(type, certainty, self);
                    String claimant = speaker != null ? speaker
                            : rs.getString("source_text") != null ? rs.getString("source_text") : "unnamed source";
                    String claimantKey = speaker != null ? "actor:" + speaker.toLowerCase(Locale.ROOT) : "unnamed@" + group;
                    LocalDate when = whenOf(rs);
                    Integer offset = Sql.intOrNull(rs, "cue_start");
                    rows.add(new Row(target.toLowerCase(Locale.ROOT), target, rs.getString("attributed_country"),
                            rs.getString("attributed_sector"), claimant, claimantKey, type, certainty, w,
                            new AttributionBoard.Entry(claimant, type, certainty, w < 0, rs.getString("cue_text"),
                                    rs.getString("content_text"), when, rs.getString("outlet"), rs.getString("url"),
                                    rs.getString("title"), rs.getString("source_id"), rs.getString("doc_key"), group),
                            group, when, rs.getLong("article_id"), offset == null ? 0 : offset));
                }
            }
        }
    }

    private void readNarrative(long incident, List<Row> rows) throws SQLException {
        String sql = "SELECT ea.name, ea.country, ea.sector, ea.generic, e.article_id, "
                + "coalesce(ea.evidence_start, e.trigger_start) AS trigger_start, "
                + "coalesce(ea.evidence_text, e.sentence_text) AS sentence_text, e.trigger_text, "
                + "a.doc_key, a.source_id, a.url, a.title, a.outlet, a.published, a.seen, a.source_group "
                + "FROM event_actors ea JOIN events e ON e.id = ea.event_id JOIN articles a ON a.id = e.article_id "
                + "WHERE e.incident_id = ? AND ea.role = 'actor' AND ea.name IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = e.article_id AND lower(c.attributed_name) = ea.name_lc"
                + " AND (c.event_id IS NULL OR c.event_id IN (SELECT id FROM events WHERE incident_id = ?)))";
        Set<String> seen = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setLong(1, incident);
            p.setLong(2, incident);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    long article = rs.getLong("article_id");
                    if (!seen.add(article + "|" + name.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    String outlet = rs.getString("outlet");
                    String group = rs.getString("source_group");
                    // A wire copy's narrative is the original outlet's.
                    String claimant = !group.startsWith("article:") ? group : outlet != null ? outlet : "the article";
                    LocalDate when = whenOf(rs);
                    Integer offset = Sql.intOrNull(rs, "trigger_start");
                    // "Gunmen", "a pro-Iran militia": a description, not an identified party.
                    // Rows stored before participants recorded it fall back to "no country known".
                    Object generic = rs.getObject("generic");
                    boolean unidentified = generic == null ? rs.getString("country") == null : (Boolean) generic;
                    double w = unidentified ? rules.weight("report.unidentified") : rules.weight("report");
                    rows.add(new Row(name.toLowerCase(Locale.ROOT), name, rs.getString("country"), rs.getString("sector"),
                            claimant, "report@" + group, "report", "asserted", w,
                            new AttributionBoard.Entry(claimant, "report", "asserted", false, rs.getString("trigger_text"),
                                    rs.getString("sentence_text"), when, outlet, rs.getString("url"),
                                    rs.getString("title"), rs.getString("source_id"), rs.getString("doc_key"), group),
                            group, when, article, offset == null ? 0 : offset));
                }
            }
        }
    }

    private static LocalDate whenOf(ResultSet rs) throws SQLException {
        LocalDate published = Sql.date(rs, "published");
        return published != null ? published : Sql.date(rs, "seen");
    }

    /** The signed weight of one claim for its candidate. */
    double weight(String type, String certainty, boolean self) {
        String key = certainty == null ? "unknown" : certainty;
        double w = rules.board().containsKey("certainty." + key) ? rules.weight("certainty." + key) : rules.weight("certainty.unknown");
        if ("denial".equals(type)) {
            w = -Math.abs(w);
            if (self) {
                w *= rules.weight("denial.self.factor");
            }
        }
        return w;
    }
}
