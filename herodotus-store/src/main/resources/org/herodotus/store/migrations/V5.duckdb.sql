-- The word index's lookup by word. DuckDB uses it for words found in few articles and scans the
-- (compressed) table for common ones. Deleting an article's words needs no index: rows are
-- stored in article order, so min/max zone maps find them.
CREATE INDEX article_words_word ON article_words (word);
