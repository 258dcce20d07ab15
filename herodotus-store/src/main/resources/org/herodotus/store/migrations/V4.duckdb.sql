-- Text search by a word index instead of scanning every article body: one row per distinct word
-- of each article's title and text (what a word is: org.herodotus.store.Words). The program fills
-- it for the stored articles right after this script, in the same transaction; its index comes in
-- version 5, built once over the filled table.
-- Participants get their event's day, so a participant filter can find the newest events first.
CREATE TABLE article_words (
    word       VARCHAR NOT NULL,
    article_id BIGINT NOT NULL
);
ALTER TABLE event_actors ADD COLUMN day DATE;
UPDATE event_actors SET day = e.day FROM events e WHERE e.id = event_actors.event_id;
