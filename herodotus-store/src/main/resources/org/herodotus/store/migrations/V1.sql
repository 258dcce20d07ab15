-- Initial schema. Written in the SQL that DuckDB and PostgreSQL both accept. Only the indexes for
-- point lookups are created here; indexes for filtering are a PostgreSQL matter (version 2), since
-- DuckDB filters by scanning with min/max zone maps and every index slows its inserts.
-- No foreign keys: DuckDB cannot delete a parent row inside the transaction that deletes its
-- children, and every write path already removes an article's rows together in one transaction.

CREATE SEQUENCE article_ids START 1;
CREATE SEQUENCE event_ids START 1;
CREATE SEQUENCE incident_ids START 1;

-- One row per stored article. doc_key is the canonical URL, else 'sha256:' of the normalised text.
CREATE TABLE articles (
    id           BIGINT PRIMARY KEY,
    doc_key      VARCHAR NOT NULL UNIQUE,
    content_hash VARCHAR NOT NULL,
    text_hash    VARCHAR NOT NULL,
    source_id    VARCHAR,
    url          VARCHAR,
    outlet       VARCHAR,
    title        VARCHAR,
    byline       VARCHAR,
    published    DATE,
    seen         DATE NOT NULL,
    language     VARCHAR,
    body         VARCHAR NOT NULL,
    analysis     VARCHAR NOT NULL,
    shingles     INTEGER NOT NULL,
    minhash      BYTEA NOT NULL,
    copy_of      BIGINT,
    source_group VARCHAR NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);
CREATE INDEX articles_text_hash ON articles (text_hash);

-- MinHash locality-sensitive buckets: articles sharing a bucket are near-duplicate candidates.
CREATE TABLE article_bands (
    bucket     BIGINT NOT NULL,
    article_id BIGINT NOT NULL
);
CREATE INDEX article_bands_bucket ON article_bands (bucket);
CREATE INDEX article_bands_article ON article_bands (article_id);

CREATE TABLE actors (
    article_id BIGINT NOT NULL,
    actor_key  VARCHAR NOT NULL,
    name       VARCHAR,
    country    VARCHAR,
    sector     VARCHAR,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, actor_key)
);

CREATE TABLE places (
    article_id BIGINT NOT NULL,
    place_key  VARCHAR NOT NULL,
    name       VARCHAR,
    start_off  INTEGER NOT NULL,
    end_off    INTEGER NOT NULL,
    lat        FLOAT8,
    lon        FLOAT8,
    country    VARCHAR,
    admin1     VARCHAR,
    feature    VARCHAR,
    PRIMARY KEY (article_id, place_key)
);

-- day: the event's own date when the text gives one to the day, else the article's date.
-- seen and source_group repeat the article's, so merging incidents reads one table.
CREATE TABLE events (
    id             BIGINT PRIMARY KEY,
    article_id     BIGINT NOT NULL,
    event_key      VARCHAR NOT NULL,
    event_type     VARCHAR NOT NULL,
    mode           VARCHAR,
    place_key      VARCHAR,
    place_name     VARCHAR,
    lat            FLOAT8,
    lon            FLOAT8,
    country        VARCHAR,
    admin1         VARCHAR,
    feature        VARCHAR,
    date_text      VARCHAR,
    date_lo        DATE,
    date_hi        DATE,
    day            DATE NOT NULL,
    seen           DATE NOT NULL,
    source_group   VARCHAR NOT NULL,
    negated        BOOLEAN NOT NULL,
    modality       VARCHAR,
    quad           SMALLINT,
    intensity      FLOAT8,
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    sentence_start INTEGER,
    sentence_end   INTEGER,
    trigger_text   VARCHAR,
    sentence_text  VARCHAR,
    incident_id    BIGINT
);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_incident ON events (incident_id);

-- Actors and recipients of each event, with the actor's names copied for filtering.
CREATE TABLE event_actors (
    event_id   BIGINT NOT NULL,
    article_id BIGINT NOT NULL,
    role       VARCHAR NOT NULL,
    actor_key  VARCHAR NOT NULL,
    name       VARCHAR,
    name_lc    VARCHAR,
    country    VARCHAR,
    sector     VARCHAR
);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_actors_article ON event_actors (article_id);

CREATE TABLE claims (
    article_id         BIGINT NOT NULL,
    claim_key          VARCHAR NOT NULL,
    event_key          VARCHAR,
    event_id           BIGINT,
    claim_type         VARCHAR,
    certainty          VARCHAR,
    source_key         VARCHAR,
    source_name        VARCHAR,
    source_country     VARCHAR,
    source_sector      VARCHAR,
    source_text        VARCHAR,
    source_start       INTEGER,
    source_end         INTEGER,
    cue_text           VARCHAR,
    cue_start          INTEGER,
    cue_end            INTEGER,
    content_text       VARCHAR,
    content_start      INTEGER,
    content_end        INTEGER,
    attributed_key     VARCHAR,
    attributed_name    VARCHAR,
    attributed_country VARCHAR,
    attributed_sector  VARCHAR,
    PRIMARY KEY (article_id, claim_key)
);
CREATE INDEX claims_event ON claims (event_id);

-- One row per incident: events from many articles about the same happening. Derived from events;
-- the counters are recomputed whenever an incident gains or loses events.
CREATE TABLE incidents (
    id         BIGINT PRIMARY KEY,
    event_type VARCHAR NOT NULL,
    label      VARCHAR,
    place_name VARCHAR,
    lat        FLOAT8,
    lon        FLOAT8,
    country    VARCHAR,
    admin1     VARCHAR,
    date_lo    DATE,
    date_hi    DATE,
    best_date  DATE,
    first_seen DATE,
    last_seen  DATE,
    events     INTEGER NOT NULL,
    articles   INTEGER NOT NULL,
    sources    INTEGER NOT NULL
);
