package org.herodotus.store;

import org.herodotus.store.ClaimAndParticipantColumns.ClaimColumns;

/**
 * A row of table {@code claims}.
 *
 * @param claimKey the claim's id in the analysis
 * @param eventKey the id in the analysis of the event it is about, or null
 * @param eventId  that event's row id, or null
 * @param claim    the columns from the claim itself, shared with herodotus-spark
 */
record ClaimRecord(long articleId, String claimKey, String eventKey, Long eventId, ClaimColumns claim)
        implements TableRow {

    static final Table<ClaimRecord> TABLE = Table.of("claims",
            "article_id, claim_key, event_key, event_id, " + ClaimColumns.COLUMNS);

    @Override
    public Object[] values() {
        return ClaimAndParticipantColumns.row(new Object[] {articleId, claimKey, eventKey, eventId}, claim.values());
    }
}
