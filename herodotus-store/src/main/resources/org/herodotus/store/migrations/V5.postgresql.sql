-- The word index's lookups: articles with a word, and an article's words (to delete them).
-- Participant filters by name, or by country and sector, walk their index newest first; the
-- pattern operator class lets a name with a wildcard ('islamic*') use the index whatever the
-- database's collation. These replace the version 2 indexes on the same leading columns.
ALTER TABLE article_words ADD PRIMARY KEY (word, article_id);
CREATE INDEX article_words_article ON article_words (article_id);
DROP INDEX event_actors_name;
DROP INDEX event_actors_country;
CREATE INDEX event_actors_name_day ON event_actors (name_lc varchar_pattern_ops, day, event_id);
CREATE INDEX event_actors_party_day ON event_actors (country, sector, day, event_id);
-- Queries find the newest matching events' ids before reading the events: these indexes, in
-- query order and carrying the article (for text search), answer that from the index alone.
DROP INDEX events_day;
DROP INDEX events_country_day;
DROP INDEX events_type_day;
CREATE INDEX events_newest ON events (day, id) INCLUDE (article_id);
CREATE INDEX events_country_newest ON events (country, day, id) INCLUDE (article_id);
CREATE INDEX events_type_newest ON events (event_type, day, id) INCLUDE (article_id);
ANALYZE article_words;
ANALYZE event_actors;
ANALYZE events;
