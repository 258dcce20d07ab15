package org.herodotus.store;

import java.util.List;

/**
 * What storing one analysis did.
 *
 * @param status    stored, unchanged, replaced, repaired or rejected
 * @param key       the article's identity in the store (canonical URL or content hash)
 * @param articleId the article's row id; 0 when rejected
 * @param events    events stored for the article
 * @param copyOf    row id of the earlier article this one is a near-duplicate of, null when none
 * @param problems  why the analysis was rejected; empty otherwise
 */
public record IngestResult(Status status, String key, long articleId, int events, Long copyOf, List<String> problems) {

    /** The outcome of storing one analysis. */
    public enum Status {
        /** A new article was stored. */
        STORED,
        /** The same article with the same content was already stored; nothing changed. */
        UNCHANGED,
        /** The article was stored before with different content; its records were replaced. */
        REPLACED,
        /**
         * The same article with the same content was stored, but not whole (a write cut short by
         * a failure of the engine); its records were written again.
         */
        REPAIRED,
        /** The analysis was malformed; nothing was written. */
        REJECTED
    }

    public IngestResult {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A rejection naming its problems. */
    static IngestResult rejected(String key, List<String> problems) {
        return new IngestResult(Status.REJECTED, key, 0, 0, null, problems);
    }
}
