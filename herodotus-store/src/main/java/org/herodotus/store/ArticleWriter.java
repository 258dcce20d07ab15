package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/** Writes one analysis as one transaction: delete its old records if any, insert, merge incidents. */
final class ArticleWriter {

    private final Connection c;
    private final Rules rules;
    private final IncidentIndex incidents;
    private final StatementCache sql;

    ArticleWriter(Connection c, StatementCache sql, Rules rules, IncidentIndex incidents) {
        this.c = c;
        this.sql = sql;
        this.rules = rules;
        this.incidents = incidents;
    }

    /** Stores one analysis and commits. */
    IngestResult ingest(Analysis a) throws SQLException {
        return ingest(List.of(a)).get(0);
    }

    /**
     * Stores the analyses in one transaction and commits once; a malformed analysis is rejected
     * without affecting the others. When writing fails, nothing of the batch is stored.
     */
    List<IngestResult> ingest(List<Analysis> batch) throws SQLException {
        List<IngestResult> out = new ArrayList<>();
        try {
            incidents.lock();
            for (Analysis a : batch) {
                out.add(write(a));
            }
            c.commit();
            return out;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private IngestResult write(Analysis a) throws SQLException {
        List<String> problems = AnalysisCheck.problems(a);
        String key = a.text() == null || a.text().isBlank() && a.url() == null ? null : ArticleKeys.docKey(a.url(), a.text());
        if (!problems.isEmpty()) {
            return IngestResult.rejected(key, problems);
        }
        String json = AnalysisJson.toLine(a);
        String contentHash = Migrations.sha256(json);
        Long existing = null;
        LocalDate oldSeen = null;
        PreparedStatement find = sql.get("SELECT id, content_hash, seen FROM articles WHERE doc_key = ?");
        find.setString(1, key);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                existing = rs.getLong(1);
                oldSeen = Sql.date(rs, "seen");
                if (rs.getString(2).equals(contentHash)) {
                    return new IngestResult(IngestResult.Status.UNCHANGED, key, existing, 0, null, List.of());
                }
            }
        }
        Set<Long> touched = new LinkedHashSet<>();
        long id;
        if (existing != null) {
            touched.addAll(incidents.incidentsOfArticle(existing));
            delete(existing);
            id = existing;
        } else {
            id = Sql.nextIds(c, "article_ids", 1).get(0);
        }
        LocalDate seen = a.published() != null ? a.published() : oldSeen != null ? oldSeen : Store.today();
        MinHash.Signature signature = MinHash.of(a.text());
        String textHash = ArticleKeys.textHash(a.text());
        Duplicate dup = findDuplicate(id, signature, textHash);
        String outlet = ArticleKeys.outlet(a.url());
        String group = dup != null ? dup.group() : outlet != null ? outlet : "article:" + id;
        insertArticle(a, id, key, contentHash, textHash, outlet, seen, json, signature, dup, group);
        touched.addAll(insertRecords(a, id, seen));
        incidents.refresh(touched);
        return new IngestResult(existing == null ? IngestResult.Status.STORED : IngestResult.Status.REPLACED,
                key, id, a.events().size(), dup == null ? null : dup.root(), List.of());
    }

    /** An earlier article this one copies: the root of its copy group and its source group. */
    private record Duplicate(long root, String group) {
    }

    private Duplicate findDuplicate(long id, MinHash.Signature signature, String textHash) throws SQLException {
        long[] buckets = signature.shingles() == 0 ? new long[0] : signature.buckets();
        Duplicate best = null;
        double bestScore = 0;
        PreparedStatement same = sql.get("SELECT id, copy_of, source_group FROM articles WHERE text_hash = ? AND id <> ? ORDER BY id LIMIT 1");
        Sql.bind(same, textHash, id);
        try (ResultSet rs = same.executeQuery()) {
            if (rs.next()) {
                Long root = Sql.longOrNull(rs, "copy_of");
                return new Duplicate(root == null ? rs.getLong("id") : root, rs.getString("source_group"));
            }
        }
        if (buckets.length == 0) {
            return null;
        }
        PreparedStatement p = sql.get("SELECT a.id, a.minhash, a.shingles, a.copy_of, a.source_group FROM articles a "
                + "WHERE a.id IN (SELECT article_id FROM article_bands WHERE bucket IN (" + Sql.marks(buckets.length) + ")) "
                + "AND a.id <> ? ORDER BY a.id");
        for (int i = 0; i < buckets.length; i++) {
            p.setLong(1 + i, buckets[i]);
        }
        p.setLong(buckets.length + 1, id);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long other = rs.getLong("id");
                Long root = Sql.longOrNull(rs, "copy_of");
                MinHash.Signature s = MinHash.Signature.of(rs.getBytes("minhash"), rs.getInt("shingles"));
                double j = signature.jaccard(s);
                double contained = signature.containment(s);
                double score = j >= rules.duplicateJaccard() || contained >= rules.duplicateContainment() ? j + contained : 0;
                if (score > bestScore) {
                    bestScore = score;
                    best = new Duplicate(root == null ? other : root, rs.getString("source_group"));
                }
            }
        }
        return best;
    }

    private void insertArticle(Analysis a, long id, String key, String contentHash, String textHash, String outlet,
                               LocalDate seen, String json, MinHash.Signature signature, Duplicate dup,
                               String group) throws SQLException {
        PreparedStatement p = sql.get("INSERT INTO articles (id, doc_key, content_hash, text_hash, source_id, url, "
                + "outlet, title, byline, published, seen, language, body, analysis, shingles, minhash, copy_of, source_group, "
                + "ingested_at) VALUES (" + Sql.marks(19) + ")");
        Sql.bind(p, id, key, contentHash, textHash, a.id(), a.url(), outlet, a.title(), a.byline(), a.published(),
                seen, a.language(), a.text(), json, signature.shingles(), signature.bytes(),
                dup == null ? null : dup.root(), group);
        p.setTimestamp(19, Timestamp.from(Instant.now()));
        p.executeUpdate();
        if (signature.shingles() > 0) {
            List<Object[]> rows = new ArrayList<>();
            for (long b : signature.buckets()) {
                rows.add(new Object[] {b, id});
            }
            sql.insert("article_bands", "bucket, article_id", 2, rows);
        }
    }

    /** Inserts the article's actors, places, events and claims; returns the incidents its events joined. */
    private Set<Long> insertRecords(Analysis a, long articleId, LocalDate seen) throws SQLException {
        String text = a.text();
        Map<String, Actor> actors = new HashMap<>();
        Map<String, Place> places = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (Actor actor : a.actors()) {
            actors.put(actor.id(), actor);
            rows.add(new Object[] {articleId, actor.id(), actor.name(), actor.country(), actor.sector(), actor.mentions().size()});
        }
        sql.insert("actors", "article_id, actor_key, name, country, sector, mentions", 6, rows);
        rows.clear();
        for (Place place : a.places()) {
            places.put(place.id(), place);
            rows.add(new Object[] {articleId, place.id(), place.name(), place.start(), place.end(), place.lat(), place.lon(),
                place.country(), place.admin1(), place.feature()});
        }
        sql.insert("places", "article_id, place_key, name, start_off, end_off, lat, lon, country, admin1, feature", 10, rows);

        // Merge into incidents before inserting, so each event row is written once, with its incident.
        List<Long> ids = Sql.nextIds(c, "event_ids", a.events().size());
        Map<String, Long> eventIds = new HashMap<>();
        List<EventSketch> sketches = new ArrayList<>();
        for (int k = 0; k < a.events().size(); k++) {
            Event e = a.events().get(k);
            eventIds.put(e.id(), ids.get(k));
            if (eligible(e)) {
                Place place = e.place() == null ? null : places.get(e.place());
                LocalDate[] when = e.date() == null ? null : EventDates.interval(e.date());
                sketches.add(sketch(e, ids.get(k), articleId, place, when, seen, actors));
            }
        }
        IncidentIndex.Assignment assignment = incidents.assign(sketches);

        List<Object[]> participants = new ArrayList<>();
        rows.clear();
        for (int k = 0; k < a.events().size(); k++) {
            Event e = a.events().get(k);
            long id = ids.get(k);
            Place place = e.place() == null ? null : places.get(e.place());
            LocalDate[] when = e.date() == null ? null : EventDates.interval(e.date());
            boolean precise = when != null && when[0].equals(when[1]);
            Span t = e.trigger();
            Span s = e.sentence();
            rows.add(new Object[] {id, articleId, e.id(), e.event().strip().toUpperCase(Locale.ROOT), e.mode(), e.place(),
                place == null ? null : place.name(), place == null ? null : place.lat(),
                place == null ? null : place.lon(), place == null ? null : place.country(),
                place == null ? null : place.admin1(), place == null ? null : place.feature(), e.date(),
                when == null ? null : when[0], when == null ? null : when[1], precise ? when[0] : seen, e.negated(),
                e.modality(), e.quad() == null ? null : e.quad().shortValue(), e.intensity(),
                t == null ? null : t.start(), t == null ? null : t.end(), s == null ? null : s.start(),
                s == null ? null : s.end(), t == null ? null : t.of(text), s == null ? null : s.of(text),
                assignment.incidents().get(id)});
            for (String role : List.of("actor", "recipient")) {
                for (String actorKey : role.equals("actor") ? e.actors() : e.recipients()) {
                    Actor actor = actors.get(actorKey);
                    participants.add(new Object[] {id, articleId, role, actorKey, actor.name(),
                        actor.name() == null ? null : actor.name().toLowerCase(Locale.ROOT), actor.country(), actor.sector()});
                }
            }
        }
        sql.insert("events", "id, article_id, event_key, event_type, mode, place_key, place_name, lat, lon, country, "
                + "admin1, feature, date_text, date_lo, date_hi, day, negated, modality, quad, intensity, trigger_start, "
                + "trigger_end, sentence_start, sentence_end, trigger_text, sentence_text, incident_id", 27, rows);
        sql.insert("event_actors", "event_id, article_id, role, actor_key, name, name_lc, country, sector", 8, participants);

        rows.clear();
        for (Claim claim : a.claims()) {
            Claim.Source src = claim.source();
            Actor speaker = src == null || src.actor() == null ? null : actors.get(src.actor());
            Actor target = claim.attributedTo() == null ? null : actors.get(claim.attributedTo());
            boolean hasSpan = src != null && src.start() != null && src.end() != null;
            Span cue = claim.cue();
            Span content = claim.content();
            rows.add(new Object[] {articleId, claim.id(), claim.event(), claim.event() == null ? null : eventIds.get(claim.event()),
                lower(claim.type()), lower(claim.certainty()), src == null ? null : src.actor(),
                speaker == null ? null : speaker.name(), speaker == null ? null : speaker.country(),
                speaker == null ? null : speaker.sector(), hasSpan ? text.substring(src.start(), src.end()) : null,
                hasSpan ? src.start() : null, hasSpan ? src.end() : null,
                cue == null ? null : cue.of(text), cue == null ? null : cue.start(), cue == null ? null : cue.end(),
                content == null ? null : content.of(text), content == null ? null : content.start(),
                content == null ? null : content.end(), claim.attributedTo(),
                target == null ? null : target.name(), target == null ? null : target.country(),
                target == null ? null : target.sector()});
        }
        sql.insert("claims", "article_id, claim_key, event_key, event_id, claim_type, certainty, source_key, source_name, "
                + "source_country, source_sector, source_text, source_start, source_end, cue_text, cue_start, cue_end, "
                + "content_text, content_start, content_end, attributed_key, attributed_name, attributed_country, "
                + "attributed_sector", 23, rows);
        return assignment.touched();
    }

    /** Only events that happened merge into incidents: not negated, not future or hypothetical. */
    static boolean eligible(Event e) {
        return !e.negated() && (e.modality() == null || e.modality().equalsIgnoreCase("asserted"));
    }

    private EventSketch sketch(Event e, long id, long articleId, Place place, LocalDate[] when, LocalDate seen,
                               Map<String, Actor> actors) {
        boolean precise = when != null && when[0].equals(when[1]);
        LocalDate first = when != null ? when[0] : seen.minusDays(rules.undatedWindowDays());
        LocalDate last = when != null ? when[1] : seen;
        boolean area = place != null && (place.lat() == null || rules.isArea(place.feature()));
        return new EventSketch(id, articleId, e.event().strip().toUpperCase(Locale.ROOT),
                place == null ? null : place.lat(), place == null ? null : place.lon(), area,
                place != null && rules.isAdmin1(place.feature()), place == null ? null : place.country(),
                place == null ? null : place.admin1(), first, last, precise,
                names(e.actors(), actors), countries(e.actors(), actors),
                names(e.recipients(), actors), countries(e.recipients(), actors));
    }

    static Set<String> names(List<String> keys, Map<String, Actor> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            Actor a = actors.get(k);
            if (a != null && a.name() != null) {
                out.add(a.name().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    static Set<String> countries(List<String> keys, Map<String, Actor> actors) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            Actor a = actors.get(k);
            if (a != null && a.country() != null) {
                out.add(a.country());
            }
        }
        return out;
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Removes every record of article {@code id}, leaving its incidents to be refreshed. */
    void delete(long id) throws SQLException {
        for (String table : List.of("event_actors", "events", "claims", "actors", "places", "article_bands")) {
            PreparedStatement p = sql.get("DELETE FROM " + table + " WHERE article_id = ?");
            p.setLong(1, id);
            p.executeUpdate();
        }
        PreparedStatement p = sql.get("DELETE FROM articles WHERE id = ?");
        p.setLong(1, id);
        p.executeUpdate();
    }
}
