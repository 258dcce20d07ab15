package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The word index behind text search: table {@code article_words} holds one row per distinct
 * {@link Words word} of each article's title and text, written with the article in its
 * transaction and deleted with it. A search for some words is then an index lookup on both
 * engines instead of a scan of every article body.
 */
final class WordIndex {

    private static final Logger LOG = LoggerFactory.getLogger(WordIndex.class);

    /** Articles read per round trip when indexing the stored ones. */
    private static final int PAGE = 500;

    private WordIndex() {
    }

    /** The index rows of one article. */
    static List<WordRecord> rows(long articleId, String title, String text) {
        List<WordRecord> out = new ArrayList<>();
        for (String w : Words.of(title, text)) {
            out.add(new WordRecord(w, articleId));
        }
        return out;
    }

    /**
     * Indexes every stored article: the migration that creates the index runs this once, in its
     * transaction, so an existing store can search its old articles too.
     */
    static void fill(Connection c, Dialect dialect) throws SQLException {
        long after = Long.MIN_VALUE;
        long articles = 0;
        long words = 0;
        try (StatementCache sql = new StatementCache(c);
             PreparedStatement page = c.prepareStatement(
                     "SELECT id, title, body FROM articles WHERE id > ? ORDER BY id LIMIT " + PAGE)) {
            while (true) {
                page.setLong(1, after);
                List<WordRecord> rows = new ArrayList<>();
                int n = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        rows.addAll(rows(after, rs.getString(2), rs.getString(3)));
                        n++;
                    }
                }
                if (n == 0) {
                    break;
                }
                sql.insert(WordRecord.TABLE, rows);
                articles += n;
                words += rows.size();
                if (articles % 20_000 < PAGE) {
                    LOG.info("word index: {} articles indexed", articles);
                }
            }
        }
        LOG.info("word index: {} articles, {} words", articles, words);
    }
}
