-- Indexes for filtered queries and incident merging on PostgreSQL, and full-text search over
-- article titles and bodies with its built-in text search ('simple' configuration: no stemming,
-- so a search means the same words on both back ends).
CREATE INDEX events_type_day ON events (event_type, day);
CREATE INDEX events_day ON events (day);
CREATE INDEX events_country_day ON events (country, day);
CREATE INDEX events_lat_lon ON events (lat, lon);
CREATE INDEX event_actors_name ON event_actors (name_lc);
CREATE INDEX event_actors_country ON event_actors (country, sector);
CREATE INDEX incidents_type_dates ON incidents (event_type, date_hi);
ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || body)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
