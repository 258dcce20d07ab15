package org.herodotus.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored article, without its text and analysis.
 *
 * @param id        row id
 * @param key       the article's key: canonical URL, else a hash of its text
 * @param url       the article URL, null when unknown
 * @param title     the title
 * @param outlet    the publishing outlet (the URL's site), null when unknown
 * @param published publication date, null when unknown
 * @param seen      the day the store dates it by: published, else the day it was first stored
 * @param language  language code
 * @param copyOf    the row id of the article it copies (wire copy, reprint), null when none
 * @param ingested  when it was stored (or last replaced)
 */
public record ArticleRow(long id, String key, String url, String title, String outlet, LocalDate published,
                         LocalDate seen, String language, Long copyOf, Instant ingested) {
}
