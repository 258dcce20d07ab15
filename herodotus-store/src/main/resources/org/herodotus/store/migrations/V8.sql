-- What herodotus watch remembers across restarts. intake_seen has one row per normalised article
-- URL taken from a feed or sitemap: the stamp the feed gave the item (its updated or published
-- date), the validators for a conditional GET, the hash of the body last analysed and what became
-- of it. intake_feeds has one row per feed: validators, the adaptive poll interval, and health.
CREATE TABLE intake_seen (
    url VARCHAR PRIMARY KEY,
    feed VARCHAR,
    first_seen TIMESTAMP NOT NULL,
    last_fetched TIMESTAMP,
    item_stamp VARCHAR,
    etag VARCHAR,
    last_modified VARCHAR,
    content_sha256 VARCHAR,
    status VARCHAR NOT NULL,
    doc_key VARCHAR
);
CREATE TABLE intake_feeds (
    url VARCHAR PRIMARY KEY,
    etag VARCHAR,
    last_modified VARCHAR,
    last_poll TIMESTAMP,
    last_success TIMESTAMP,
    first_success TIMESTAMP,
    last_error VARCHAR,
    failures INTEGER NOT NULL,
    consecutive_failures INTEGER NOT NULL,
    items_total BIGINT NOT NULL,
    interval_seconds BIGINT NOT NULL,
    next_poll TIMESTAMP,
    paused BOOLEAN NOT NULL
);
