package org.herodotus.store;

import java.time.LocalDate;

/**
 * Filters for stored articles; every filter left null matches everything.
 *
 * @param outlet the publishing outlet
 * @param text   words that must all appear in the title or text
 * @param from   first day (article date), inclusive
 * @param to     last day, inclusive
 */
public record ArticleFilter(String outlet, String text, LocalDate from, LocalDate to) {

    /** Every article. */
    public static ArticleFilter all() {
        return new ArticleFilter(null, null, null, null);
    }
}
