package org.herodotus.store;

import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Analysis;

/**
 * One analysis on its way into the store, with what the writer learns about it step by step
 * (its key and hashes, then its row id, the article it replaces, its near-duplicate group and its
 * events' row ids). Mutable because the steps fill it in one after the other within one batch;
 * it never leaves {@link ArticleWriter}'s transaction.
 */
final class PendingArticle {
    final Analysis a;
    /** Its position in the batch, where its result goes. */
    final int index;
    String key;
    String json;
    String contentHash;
    String textHash;
    MinHash.Signature signature;
    long id;
    /** The row id of the stored article it replaces, null when it is new. */
    Long replaces;
    LocalDate seen;
    Long copyOf;
    String group;
    /** The row ids of its events, in the analysis's order. */
    List<Long> eventIds;
    /** Stored with the same content but not whole: written again to repair it. */
    boolean repair;

    PendingArticle(Analysis a, int index) {
        this.a = a;
        this.index = index;
    }
}
