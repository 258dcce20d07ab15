package org.herodotus.store;

import java.sql.Timestamp;

/**
 * A row of table {@code article_changes}, the change log ({@link ChangeLog}).
 *
 * @param seq    its place in the log
 * @param action "added", "replaced" or "deleted"
 */
record ChangeRecord(long seq, long articleId, String docKey, String action, Timestamp changedAt) implements TableRow {

    static final Table<ChangeRecord> TABLE = Table.of("article_changes", "seq, article_id, doc_key, action, changed_at");

    @Override
    public Object[] values() {
        return new Object[] {seq, articleId, docKey, action, changedAt};
    }
}
