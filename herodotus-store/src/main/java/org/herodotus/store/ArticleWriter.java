package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;

/**
 * Writes analyses in one transaction: checks each, deletes the old records of changed articles,
 * recognises near-duplicates, merges events into incidents, inserts, commits. The work is done
 * set by set (one statement for all the batch's events, one for all its actors, …) rather than
 * row by row, so a batch of hundreds of articles costs a few dozen statements; a single article
 * is a batch of one. This class orders the steps and owns the transaction; each step is the job
 * of another: near-duplicates {@link DuplicateFinder}, what incident matching needs of the events
 * {@link IncidentRules#sketches}, incidents {@link IncidentIndex}, the table rows {@link ArticleRecords},
 * articles a torn commit left partial {@link TornArticles}, the change log {@link ChangeLog}.
 */
final class ArticleWriter {

    private final Connection c;
    private final IncidentIndex incidents;
    private final StatementCache sql;
    private final Dialect dialect;
    private final DuplicateFinder duplicates;
    private final IncidentRules sketches;
    private final ArticleRecords records;
    private final TornArticles torn;
    private final ChangeLog log;

    ArticleWriter(Connection c, Dialect dialect, StatementCache sql, Rules rules, IncidentIndex incidents) {
        this.c = c;
        this.dialect = dialect;
        this.sql = sql;
        this.incidents = incidents;
        this.duplicates = new DuplicateFinder(sql, rules);
        this.sketches = new IncidentRules(rules);
        this.records = new ArticleRecords(sql);
        this.torn = new TornArticles(sql);
        this.log = new ChangeLog(c, sql);
    }

    /** What the store holds of an article the batch brings again. */
    private record Stored(long id, String contentHash, LocalDate seen) {
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
            List<PendingArticle> part = new ArrayList<>();
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
                PendingArticle item = new PendingArticle(a, i);
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

    private void write(List<PendingArticle> items, IngestResult[] results) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        Map<String, PendingArticle> byKey = new HashMap<>();
        for (PendingArticle item : items) {
            item.json = AnalysisJson.toLine(item.a);
            item.contentHash = Migrations.sha256(item.json);
            byKey.put(item.key, item);
        }
        // Which are stored already, and which of those changed.
        Map<String, Stored> stored = new HashMap<>();
        PreparedStatement p = sql.get("SELECT doc_key, id, content_hash, seen FROM articles WHERE " + sql.isIn("doc_key"));
        sql.setTexts(p, 1, byKey.keySet());
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                stored.put(rs.getString(1), new Stored(rs.getLong(2), rs.getString(3), Sql.date(rs, "seen")));
            }
        }
        List<PendingArticle> same = new ArrayList<>();
        for (PendingArticle item : items) {
            Stored old = stored.get(item.key);
            if (old != null && old.contentHash().equals(item.contentHash)) {
                item.id = old.id();
                same.add(item);
            }
        }
        Set<Long> notWhole = torn.notWhole(same);
        List<PendingArticle> work = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        for (PendingArticle item : items) {
            Stored old = stored.get(item.key);
            if (old != null && old.contentHash().equals(item.contentHash)) {
                if (!notWhole.contains(item.id)) {
                    results[item.index] = new IngestResult(IngestResult.Status.UNCHANGED, item.key, item.id, 0, null, List.of());
                    continue;
                }
                item.repair = true;
            }
            if (old != null) {
                item.replaces = old.id();
                item.id = item.replaces;
                replaced.add(item.replaces);
            }
            LocalDate oldSeen = old == null ? null : old.seen();
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
        for (PendingArticle item : work) {
            if (item.replaces == null) {
                item.id = fresh.get(k++);
            }
        }
        List<DuplicateFinder.Article> articles = new ArrayList<>(work.size());
        for (PendingArticle item : work) {
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
        List<List<EventSketch>> batchSketches = new ArrayList<>();
        for (PendingArticle item : work) {
            item.eventIds = eventIds.subList(k, k + item.a.events().size());
            k += item.a.events().size();
            batchSketches.add(sketches.sketches(item.a, item.id, item.eventIds, item.seen));
        }
        IncidentIndex.Assignment assignment = incidents.assign(batchSketches);
        touched.addAll(assignment.touched());
        records.insert(work, assignment.incidents());
        if (work.stream().anyMatch(i -> i.repair)) {
            touched.addAll(torn.sweep());
        }
        incidents.refresh(touched);
        List<ChangeLog.Entry> changes = new ArrayList<>();
        for (PendingArticle item : work) {
            changes.add(new ChangeLog.Entry(item.id, item.key, item.replaces == null ? "added" : "replaced"));
        }
        log.append(changes);
        for (PendingArticle item : work) {
            IngestResult.Status status = item.replaces == null ? IngestResult.Status.STORED
                    : item.repair ? IngestResult.Status.REPAIRED : IngestResult.Status.REPLACED;
            results[item.index] = new IngestResult(status,
                    item.key, item.id, item.a.events().size(), item.copyOf, List.of());
        }
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
            log.append(List.of(new ChangeLog.Entry(id, key, "deleted")));
            c.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    /** Removes every record of the articles {@code ids}, leaving their incidents to be refreshed. */
    void delete(List<Long> ids) throws SQLException {
        for (String table : List.of("event_actors", "events", "claims", "actors", "places", "article_bands", "article_words")) {
            sql.update("DELETE FROM " + table + " WHERE " + sql.isIn("article_id"), ids);
        }
        sql.update("DELETE FROM articles WHERE " + sql.isIn("id"), ids);
    }
}
