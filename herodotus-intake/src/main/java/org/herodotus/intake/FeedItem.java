package org.herodotus.intake;

import java.time.Instant;

/**
 * One entry of a feed or sitemap: an article URL, with what the feed says about it.
 *
 * @param url   the article URL as the feed gives it
 * @param title the title the feed gives, null when none
 * @param stamp when the feed says the item was last updated (else published), null when it
 *              does not say; a later stamp on a known URL means the article changed
 */
public record FeedItem(String url, String title, Instant stamp) {
}
