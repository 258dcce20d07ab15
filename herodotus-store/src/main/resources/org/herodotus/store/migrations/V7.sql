-- The change log, for clients that keep a copy of the store in sync: one row per article added,
-- replaced or deleted, in the order it happened. The articles stored before this version are
-- logged as added when they were ingested.
CREATE SEQUENCE change_ids START 1;
CREATE TABLE article_changes (
    seq        BIGINT PRIMARY KEY,
    article_id BIGINT NOT NULL,
    doc_key    VARCHAR NOT NULL,
    action     VARCHAR NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX article_changes_at ON article_changes (changed_at);
INSERT INTO article_changes (seq, article_id, doc_key, action, changed_at)
    SELECT nextval('change_ids'), id, doc_key, 'added', ingested_at FROM articles;
