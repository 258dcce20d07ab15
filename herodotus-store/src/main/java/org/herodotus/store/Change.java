package org.herodotus.store;

import java.time.Instant;

/**
 * One entry of the store's change log.
 *
 * @param seq       its place in the log (increasing)
 * @param articleId the article's row id (a replaced article keeps its id)
 * @param key       the article's key
 * @param action    added, replaced or deleted
 * @param at        when
 */
public record Change(long seq, long articleId, String key, String action, Instant at) {
}
