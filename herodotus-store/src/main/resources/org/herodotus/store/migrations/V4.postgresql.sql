-- Text search by a word index instead of the full-text index over article bodies: one row per
-- distinct word of each article's title and text (what a word is: org.herodotus.store.Words), the
-- same on both engines. The program fills it for the stored articles right after this script, in
-- the same transaction; its indexes come in version 5, built once over the filled table.
-- Participants get their event's day, so a participant filter can walk an index newest first.
CREATE TABLE article_words (
    word       VARCHAR NOT NULL,
    article_id BIGINT NOT NULL
);
ALTER TABLE event_actors ADD COLUMN day DATE;
UPDATE event_actors ea SET day = e.day FROM events e WHERE e.id = ea.event_id;
DROP INDEX articles_search;
ALTER TABLE articles DROP COLUMN search;
