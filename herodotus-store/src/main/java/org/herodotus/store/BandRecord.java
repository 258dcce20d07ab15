package org.herodotus.store;

/**
 * A row of table {@code article_bands}: one MinHash bucket of an article, by which its
 * near-duplicates are found.
 */
record BandRecord(long bucket, long articleId) implements TableRow {

    static final Table<BandRecord> TABLE = Table.of("article_bands", "bucket, article_id");

    @Override
    public Object[] values() {
        return new Object[] {bucket, articleId};
    }
}
