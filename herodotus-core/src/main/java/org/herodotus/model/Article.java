package org.herodotus.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One article as the extract stage delivers it: the body text without boilerplate and the
 * metadata found around it. Fields that could not be found are {@code null}; {@code errors}
 * says, naming the input, what went wrong when something did.
 *
 * @param id        stable identifier (file name stem, JSON Lines id or WARC record id)
 * @param url       canonical URL when known
 * @param title     headline
 * @param byline    author(s) as printed
 * @param published publication date
 * @param language  ISO 639-1 code of the body text
 * @param text      body text, paragraphs separated by blank lines
 * @param errors    problems met while reading or extracting, empty when none
 */
public record Article(String id, String url, String title, String byline, LocalDate published,
                      String language, String text, List<String> errors) {

    public Article {
        text = text == null ? "" : text;
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** An article that could not be read at all: no text, one error. */
    public static Article failed(String id, String url, String error) {
        return new Article(id, url, null, null, null, null, "", List.of(error));
    }

    /** A copy with {@code error} appended to the errors. */
    public Article withError(String error) {
        var all = new java.util.ArrayList<>(errors);
        all.add(error);
        return new Article(id, url, title, byline, published, language, text, all);
    }

    /** A copy with the publication date replaced. */
    public Article withPublished(LocalDate date) {
        return new Article(id, url, title, byline, date, language, text, errors);
    }

    /** Whether nothing went wrong. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
