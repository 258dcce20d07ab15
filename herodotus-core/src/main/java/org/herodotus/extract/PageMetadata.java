package org.herodotus.extract;

import java.time.LocalDate;

/**
 * What a page says about itself, read before its body is extracted.
 *
 * @param title        headline, without the site name; null when none found
 * @param byline       author(s); null when none found
 * @param published    publication date; null when none found
 * @param canonicalUrl the page's canonical URL (link rel=canonical, og:url); null when none
 * @param siteName     the site's name; null when none
 * @param declaredLang the language the page declares ({@code <html lang>}), as an ISO 639-1 code
 */
record PageMetadata(String title, String byline, LocalDate published, String canonicalUrl,
                    String siteName, String declaredLang) {
}
