-- Full-text search over article titles and bodies with PostgreSQL's built-in text search
-- ('simple' configuration: no stemming, so a search means the same words on both back ends).
ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || body)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
