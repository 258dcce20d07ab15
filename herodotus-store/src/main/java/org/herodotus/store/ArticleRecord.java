package org.herodotus.store;

import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * A row of table {@code articles}, as {@link ArticleRecords} writes it.
 *
 * @param id          the article's row id
 * @param docKey      its key: canonical URL, else "sha256:" and the hash of its body
 * @param contentHash hash of its Analysis JSON: decides unchanged against replaced
 * @param textHash    hash of its normalised body, for exact copies
 * @param sourceId    the id given with the input, or null
 * @param seen        its publication date, else the day it was first stored
 * @param analysis    the Analysis JSON
 * @param shingles    how many word shingles its MinHash signature was made of
 * @param minhash     the signature's bytes
 * @param copyOf      the article it is a copy of, or null
 * @param sourceGroup the independent source it counts for
 * @param ingestedAt  when it was stored
 */
record ArticleRecord(long id, String docKey, String contentHash, String textHash, String sourceId, String url,
                     String outlet, String title, String byline, LocalDate published, LocalDate seen, String language,
                     String body, String analysis, int shingles, byte[] minhash, Long copyOf, String sourceGroup,
                     Timestamp ingestedAt) implements TableRow {

    static final Table<ArticleRecord> TABLE = Table.of("articles", "id, doc_key, content_hash, text_hash, source_id, "
            + "url, outlet, title, byline, published, seen, language, body, analysis, shingles, minhash, copy_of, "
            + "source_group, ingested_at");

    @Override
    public Object[] values() {
        return new Object[] {id, docKey, contentHash, textHash, sourceId, url, outlet, title, byline, published, seen,
            language, body, analysis, shingles, minhash, copyOf, sourceGroup, ingestedAt};
    }
}
