package org.herodotus.store;

/** A row of table {@code article_words}: one distinct {@link Words word} of an article ({@link WordIndex}). */
record WordRecord(String word, long articleId) implements TableRow {

    static final Table<WordRecord> TABLE = Table.of("article_words", "word, article_id");

    @Override
    public Object[] values() {
        return new Object[] {word, articleId};
    }
}
