package org.herodotus.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends to the store's change log: which article was added, replaced or deleted, and when, so a
 * reader can follow the store's changes (the {@code changes} listing) without reading it whole.
 */
final class ChangeLog {

    /** One entry: the article's row id, its key and what became of it ("added", "replaced", "deleted"). */
    record Entry(long articleId, String key, String action) {
    }

    private final Connection c;
    private final StatementCache sql;

    ChangeLog(Connection c, StatementCache sql) {
        this.c = c;
        this.sql = sql;
    }

    /** Appends {@code entries}, numbered in order and stamped now, in the caller's transaction. */
    void append(List<Entry> entries) throws SQLException {
        List<Long> seqs = Sql.nextIds(c, "change_ids", entries.size());
        Timestamp now = Timestamp.from(Instant.now());
        List<ChangeRecord> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            rows.add(new ChangeRecord(seqs.get(i), e.articleId(), e.key(), e.action(), now));
        }
        sql.insert(ChangeRecord.TABLE, rows);
    }
}
