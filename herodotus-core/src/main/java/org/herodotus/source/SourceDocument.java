package org.herodotus.source;

import java.time.LocalDate;

/**
 * One document as read from an input, before extraction: raw bytes plus whatever the container
 * told us about it (a WARC record's URL and HTTP charset, a JSON Lines object's fields).
 *
 * @param id        identifier: file name stem, JSON Lines {@code id}, or WARC record id
 * @param origin    where it came from, for messages ("pages/a.html.gz", "feed.jsonl:12")
 * @param url       URL when known
 * @param format    how to read the content
 * @param content   the bytes; empty when {@code error} is set
 * @param charset   charset declared by the container (HTTP header), null when none
 * @param title     title given by the container (JSON Lines), null when none
 * @param published publication date given by the container, null when none
 * @param error     why the document could not be read, null when it was
 */
public record SourceDocument(String id, String origin, String url, Format format, byte[] content,
                             String charset, String title, LocalDate published, String error) {

    /** How the content is to be read. */
    public enum Format {
        /** An HTML page. */
        HTML,
        /** Plain text: a title line, then the body. */
        TEXT
    }

    public SourceDocument {
        content = content == null ? new byte[0] : content;
    }

    /** A document that could not be read, with the reason naming the input. */
    public static SourceDocument failed(String id, String origin, String url, String error) {
        return new SourceDocument(id, origin, url, Format.HTML, new byte[0], null, null, null, error);
    }
}
