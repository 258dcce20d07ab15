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
import java.util.HashSet;
import java.util.LinkedHashMap;
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

/**
 * Writes analyses in one transaction: checks each, deletes the old records of changed articles,
 * recognises near-duplicates, merges events into incidents, inserts, commits. The work is done
 * set by set (one statement for all the batch's events, one for all its actors, …) rather than
 * row by row, so a batch of hundreds of articles costs a few dozen statements; a single article
 * is a batch of one. Near-duplicates are recognised by {@link DuplicateFinder}, incidents kept
 * by {@link IncidentIndex}.
 *
 * <p>Still one class, of about 500 lines, because its steps are one transaction over one batch
 * and share the batch's items: the deletes, the checks for articles left not whole and the
 * table-by-table inserts must agree on the same rows, and a failure anywhere rolls all back.
 */
final class ArticleWriter {

    private final Connection c;
    private final Rules rules;
    private final IncidentIndex incidents;
    private final StatementCache sql;
    private final Dialect dialect;
    private final DuplicateFinder duplicates;

    ArticleWriter(Connection c, Dialect dialect, StatementCache sql, Rules rules, IncidentIndex incidents) {
        this.c = c;
        this.dialect = dialect;
        this.sql = sql;
        this.rules = rules;
        this.incidents = incidents;
        this.duplicates = new DuplicateFinder(sql, rules);
    }

    /** One analysis on its way into the store. */
    private static final class Item {
        final Analysis a;
        final int index;
        String key;
        String json;
        String contentHash;
        String textHash;
        MinHash.Signature signature;
        long id;
        Long replaces;
        LocalDate seen;
        Long copyOf;
        String group;
        List<Long> eventIds;
        boolean repair;

        Item(Analysis a, int index) {
            this.a = a;
            this.index = index;
        }
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
        IngestResult[] results = new IngestResult[batch.size()];
        try {
            incidents.lock();
            List<Item> part = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < batch.size(); i++) {
                Analysis a = batch.get(i);
                List<String> problems = AnalysisCheck.problems(a);
                String key = a.text() == null || a.text().isBlank() && a.url() == null ? null : ArticleKeys.docKey(a.url(), a.body());
                if (!problems.isEmpty()) {
                    results[i] = IngestResult.rejected(key, problems);
                    continue;
                }
                if (!keys.add(key)) {
                    // The same article twice in one batch: the later one must see the earlier stored.
                    write(part, results);
                    part.clear();
                    keys.clear();
                    keys.add(key);
                }
                Item item = new Item(a, i);
                item.key = key;
                part.add(item);
            }
            write(part, results);
            c.commit();
            return List.of(results);
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    /**
     * Rolls back after {@code cause}. An engine may have ended the transaction itself on the
     * failure (DuckDB does on a full disk), and then the rollback fails too: that failure is kept
     * as a suppressed exception, so the caller reports the real cause, not "no transaction is active".
     */
    private void rollback(Exception cause) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException r) {
            cause.addSuppressed(r);
        }
        if (dialect == Dialect.DUCKDB) {
            // DuckDB falls back to committing each statement by itself when a commit fails, while
            // the driver still reports a transaction: the next article would be written statement
            // by statement, and a failure in the middle would leave half of it. Beginning a
            // transaction puts it back into one transaction per article (and is refused, harmlessly,
            // when the rollback above already began one).
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("BEGIN TRANSACTION");
            } catch (SQLException | RuntimeException alreadyInOne) {
                // the normal case after a successful rollback
            }
        }
    }

    private void write(List<Item> items, IngestResult[] results) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        Map<String, Item> byKey = new HashMap<>();
        for (Item item : items) {
            item.json = AnalysisJson.toLine(item.a);
            item.contentHash = Migrations.sha256(item.json);
            byKey.put(item.key, item);
        }
        // Which are stored already, and which of those changed.
        Map<String, Object[]> stored = new HashMap<>();
        List<String> keyList = new ArrayList<>(byKey.keySet());
        for (int from = 0; from < keyList.size(); from += 500) {
            List<String> chunk = keyList.subList(from, Math.min(keyList.size(), from + 500));
            PreparedStatement p = sql.get("SELECT doc_key, id, content_hash, seen FROM articles WHERE doc_key IN ("
                    + Sql.marks(chunk.size()) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                p.setString(i + 1, chunk.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new Object[] {rs.getLong(2), rs.getString(3), Sql.date(rs, "seen")});
                }
            }
        }
        List<Item> same = new ArrayList<>();
        for (Item item : items) {
            Object[] old = stored.get(item.key);
            if (old != null && old[1].equals(item.contentHash)) {
                item.id = (Long) old[0];
                same.add(item);
            }
        }
        Set<Long> notWhole = notWhole(same);
        List<Item> work = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        for (Item item : items) {
            Object[] old = stored.get(item.key);
            if (old != null && old[1].equals(item.contentHash)) {
                if (!notWhole.contains(item.id)) {
                    results[item.index] = new IngestResult(IngestResult.Status.UNCHANGED, item.key, item.id, 0, null, List.of());
                    continue;
                }
                item.repair = true;
            }
            if (old != null) {
                item.replaces = (Long) old[0];
                item.id = item.replaces;
                replaced.add(item.replaces);
            }
            LocalDate oldSeen = old == null ? null : (LocalDate) old[2];
            item.seen = item.a.published() != null ? item.a.published() : oldSeen != null ? oldSeen : Store.today();
            // The body alone: the same story under another headline is still a copy, and an
            // article's key does not change with the headline the analysis reads before it.
            item.signature = MinHash.of(item.a.body());
            item.textHash = ArticleKeys.textHash(item.a.body());
            work.add(item);
        }
        if (work.isEmpty()) {
            return;
        }
        Set<Long> touched = new LinkedHashSet<>();
        if (!replaced.isEmpty()) {
            touched.addAll(incidents.incidentsOfArticles(replaced));
            delete(replaced);
        }
        List<Long> fresh = Sql.nextIds(c, "article_ids", (int) work.stream().filter(i -> i.replaces == null).count());
        int k = 0;
        for (Item item : work) {
            if (item.replaces == null) {
                item.id = fresh.get(k++);
            }
        }
        List<DuplicateFinder.Article> articles = new ArrayList<>(work.size());
        for (Item item : work) {
            articles.add(new DuplicateFinder.Article(item.id, item.textHash, item.signature, item.a.url()));
        }
        List<DuplicateFinder.Verdict> verdicts = duplicates.find(articles);
        for (int w = 0; w < work.size(); w++) {
            work.get(w).copyOf = verdicts.get(w).copyOf();
            work.get(w).group = verdicts.get(w).group();
        }

        int events = work.stream().mapToInt(i -> i.a.events().size()).sum();
        List<Long> eventIds = Sql.nextIds(c, "event_ids", events);
        k = 0;
        List<List<EventSketch>> sketches = new ArrayList<>();
        for (Item item : work) {
            item.eventIds = eventIds.subList(k, k + item.a.events().size());
            k += item.a.events().size();
            sketches.add(sketches(item));
        }
        IncidentIndex.Assignment assignment = incidents.assign(sketches);
        touched.addAll(assignment.touched());
        insert(work, assignment.incidents());
        if (work.stream().anyMatch(i -> i.repair)) {
            touched.addAll(sweep());
        }
        incidents.refresh(touched);
        List<Object[]> changes = new ArrayList<>();
        for (Item item : work) {
            changes.add(new Object[] {item.id, item.key, item.replaces == null ? "added" : "replaced"});
        }
        logChanges(changes);
        for (Item item : work) {
            IngestResult.Status status = item.replaces == null ? IngestResult.Status.STORED
                    : item.repair ? IngestResult.Status.REPAIRED : IngestResult.Status.REPLACED;
            results[item.index] = new IngestResult(status,
                    item.key, item.id, item.a.events().size(), item.copyOf, List.of());
        }
    }

    /**
     * The stored articles among {@code same} (unchanged content) that are not whole: a table holds
     * fewer or more of their records than their analysis gives. A transaction is all or nothing,
     * but an engine that fails while committing (a full disk under DuckDB) has been seen to keep
     * part of one; storing such an article again repairs it, where "unchanged" never would.
     */
    private Set<Long> notWhole(List<Item> same) throws SQLException {
        Set<Long> out = new HashSet<>();
        if (same.isEmpty()) {
            return out;
        }
        Map<String, Map<Long, Integer>> want = new LinkedHashMap<>();
        for (Item item : same) {
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
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                PreparedStatement p = sql.get("SELECT article_id, count(*) FROM " + table.getKey() + " WHERE article_id IN ("
                        + Sql.marks(chunk.size()) + ") GROUP BY article_id");
                for (int i = 0; i < chunk.size(); i++) {
                    p.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        have.put(rs.getLong(1), rs.getInt(2));
                    }
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
    private List<Long> sweep() throws SQLException {
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

    private List<EventSketch> sketches(Item item) {
        Map<String, Actor> actors = new HashMap<>();
        item.a.actors().forEach(x -> actors.put(x.id(), x));
        Map<String, Place> places = new HashMap<>();
        item.a.places().forEach(x -> places.put(x.id(), x));
        List<EventSketch> out = new ArrayList<>();
        for (int k = 0; k < item.a.events().size(); k++) {
            Event e = item.a.events().get(k);
            if (eligible(e)) {
                Place place = e.place() == null ? null : places.get(e.place());
                LocalDate[] when = e.date() == null ? null : EventDates.interval(e.date());
                out.add(sketch(e, item.eventIds.get(k), item.id, place, when, item.seen, actors));
            }
        }
        return out;
    }

    /** Inserts every record of the batch, table by table. */
    private void insert(List<Item> work, Map<Long, Long> incidentOf) throws SQLException {
        List<Object[]> articles = new ArrayList<>();
        List<Object[]> bands = new ArrayList<>();
        List<Object[]> actorRows = new ArrayList<>();
        List<Object[]> placeRows = new ArrayList<>();
        List<Object[]> eventRows = new ArrayList<>();
        List<Object[]> participants = new ArrayList<>();
        List<Object[]> claimRows = new ArrayList<>();
        List<Object[]> wordRows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (Item item : work) {
            Analysis a = item.a;
            String text = a.text();
            long articleId = item.id;
            articles.add(new Object[] {articleId, item.key, item.contentHash, item.textHash, a.id(), a.url(),
                ArticleKeys.outlet(a.url()), a.title(), a.byline(), a.published(), item.seen, a.language(), text, item.json,
                item.signature.shingles(), item.signature.bytes(), item.copyOf, item.group, now});
            if (item.signature.shingles() > 0) {
                for (long b : item.signature.buckets()) {
                    bands.add(new Object[] {b, articleId});
                }
            }
            wordRows.addAll(WordIndex.rows(articleId, a.title(), text));
            Map<String, Actor> actors = new HashMap<>();
            for (Actor actor : a.actors()) {
                actors.put(actor.id(), actor);
                actorRows.add(new Object[] {articleId, actor.id(), actor.name(), actor.country(), actor.sector(),
                    actor.mentions().size()});
            }
            Map<String, Place> places = new HashMap<>();
            for (Place place : a.places()) {
                places.put(place.id(), place);
                placeRows.add(new Object[] {articleId, place.id(), place.name(), place.start(), place.end(), place.lat(),
                    place.lon(), place.country(), place.admin1(), place.feature(), place.mentions().size()});
            }
            Map<String, Long> eventIds = new HashMap<>();
            for (int k = 0; k < a.events().size(); k++) {
                Event e = a.events().get(k);
                long id = item.eventIds.get(k);
                eventIds.put(e.id(), id);
                Place place = e.place() == null ? null : places.get(e.place());
                LocalDate[] when = e.date() == null ? null : EventDates.interval(e.date());
                boolean precise = when != null && when[0].equals(when[1]);
                LocalDate day = precise ? when[0] : item.seen;
                Span t = e.trigger();
                Span s = e.sentence();
                eventRows.add(new Object[] {id, articleId, e.id(), e.event().strip().toUpperCase(Locale.ROOT), e.mode(),
                    e.place(), place == null ? null : place.name(), place == null ? null : place.lat(),
                    place == null ? null : place.lon(), place == null ? null : place.country(),
                    place == null ? null : place.admin1(), place == null ? null : place.feature(), e.date(),
                    when == null ? null : when[0], when == null ? null : when[1], day, item.seen,
                    item.group, e.negated(), e.modality(), e.quad() == null ? null : e.quad().shortValue(), e.intensity(),
                    t == null ? null : t.start(), t == null ? null : t.end(), s == null ? null : s.start(),
                    s == null ? null : s.end(), t == null ? null : t.of(text), s == null ? null : s.of(text),
                    incidentOf.get(id)});
                for (String role : List.of("actor", "recipient")) {
                    for (String actorKey : role.equals("actor") ? e.actors() : e.recipients()) {
                        Actor actor = actors.get(actorKey);
                        Span evidence = Evidence.of(text, e, actor);
                        participants.add(new Object[] {id, articleId, role, actorKey, actor.name(),
                            actor.name() == null ? null : actor.name().toLowerCase(Locale.ROOT), actor.country(), actor.sector(),
                            actor.generic(), evidence == null ? null : evidence.of(text),
                            evidence == null ? null : evidence.start(), day});
                    }
                }
            }
            for (Claim claim : a.claims()) {
                Claim.Source src = claim.source();
                Actor speaker = src == null || src.actor() == null ? null : actors.get(src.actor());
                Actor target = claim.attributedTo() == null ? null : actors.get(claim.attributedTo());
                boolean hasSpan = src != null && src.start() != null && src.end() != null;
                Span cue = claim.cue();
                Span content = claim.content();
                claimRows.add(new Object[] {articleId, claim.id(), claim.event(),
                    claim.event() == null ? null : eventIds.get(claim.event()), lower(claim.type()), lower(claim.certainty()),
                    src == null ? null : src.actor(), speaker == null ? null : speaker.name(),
                    speaker == null ? null : speaker.country(), speaker == null ? null : speaker.sector(),
                    hasSpan ? text.substring(src.start(), src.end()) : null, hasSpan ? src.start() : null,
                    hasSpan ? src.end() : null, cue == null ? null : cue.of(text), cue == null ? null : cue.start(),
                    cue == null ? null : cue.end(), content == null ? null : content.of(text),
                    content == null ? null : content.start(), content == null ? null : content.end(), claim.attributedTo(),
                    target == null ? null : target.name(), target == null ? null : target.country(),
                    target == null ? null : target.sector()});
            }
        }
        sql.insert("articles", "id, doc_key, content_hash, text_hash, source_id, url, outlet, title, byline, published, seen, "
                + "language, body, analysis, shingles, minhash, copy_of, source_group, ingested_at", 19, articles);
        sql.insert("article_bands", "bucket, article_id", 2, bands);
        sql.insert("actors", "article_id, actor_key, name, country, sector, mentions", 6, actorRows);
        sql.insert("places", "article_id, place_key, name, start_off, end_off, lat, lon, country, admin1, feature, mentions", 11,
                placeRows);
        sql.insert("events", "id, article_id, event_key, event_type, mode, place_key, place_name, lat, lon, country, "
                + "admin1, feature, date_text, date_lo, date_hi, day, seen, source_group, negated, modality, quad, intensity, "
                + "trigger_start, trigger_end, sentence_start, sentence_end, trigger_text, sentence_text, incident_id", 29, eventRows);
        sql.insert("event_actors", "event_id, article_id, role, actor_key, name, name_lc, country, sector, generic, "
                + "evidence_text, evidence_start, day", 12,
                participants);
        sql.insert("claims", "article_id, claim_key, event_key, event_id, claim_type, certainty, source_key, source_name, "
                + "source_country, source_sector, source_text, source_start, source_end, cue_text, cue_start, cue_end, "
                + "content_text, content_start, content_end, attributed_key, attributed_name, attributed_country, "
                + "attributed_sector", 23, claimRows);
        sql.insert("article_words", "word, article_id", 2, wordRows);
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

    /**
     * Deletes the article with key {@code key} and every record of it, refreshes the incidents it
     * reported and logs the deletion, in one transaction; false when no such article is stored.
     */
    boolean delete(String key) throws SQLException {
        try {
            incidents.lock();
            PreparedStatement p = sql.get("SELECT id FROM articles WHERE doc_key = ?");
            p.setString(1, key);
            Long id = null;
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    id = rs.getLong(1);
                }
            }
            if (id == null) {
                c.rollback();
                return false;
            }
            Set<Long> touched = new LinkedHashSet<>(incidents.incidentsOfArticles(List.of(id)));
            delete(List.of(id));
            incidents.refresh(touched);
            List<Object[]> deleted = new ArrayList<>();
            deleted.add(new Object[] {id, key, "deleted"});
            logChanges(deleted);
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    /** Appends (article id, key, action) rows to the change log, stamped now. */
    private void logChanges(List<Object[]> changes) throws SQLException {
        List<Long> seqs = Sql.nextIds(c, "change_ids", changes.size());
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Object[] ch = changes.get(i);
            rows.add(new Object[] {seqs.get(i), ch[0], ch[1], ch[2], now});
        }
        sql.insert("article_changes", "seq, article_id, doc_key, action, changed_at", 5, rows);
    }

    /** Removes every record of the articles {@code ids}, leaving their incidents to be refreshed. */
    void delete(List<Long> ids) throws SQLException {
        for (String table : List.of("event_actors", "events", "claims", "actors", "places", "article_bands", "article_words")) {
            sql.update("DELETE FROM " + table + " WHERE article_id IN (?*)", ids);
        }
        sql.update("DELETE FROM articles WHERE id IN (?*)", ids);
    }
}
