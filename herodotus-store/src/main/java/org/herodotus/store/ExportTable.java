package org.herodotus.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tables a store exports, each with its columns and their Parquet types. Events have their
 * own richer writer (nested actor lists, PLOVER records); the others are flat rows.
 */
public enum ExportTable {
    /** One row per stored event (see {@link EventRow}). */
    EVENTS(Map.of()),
    /** One row per incident: events from many articles merged, with place, dates and counts. */
    INCIDENTS(columns(
            "id", "BIGINT", "event", "VARCHAR", "label", "VARCHAR", "place", "VARCHAR", "lat", "DOUBLE",
            "lon", "DOUBLE", "country", "VARCHAR", "admin1", "VARCHAR", "date", "DATE", "date_from", "DATE",
            "date_to", "DATE", "first_seen", "DATE", "last_seen", "DATE", "events", "INTEGER", "articles", "INTEGER",
            "sources", "INTEGER")),
    /**
     * One row per claim, as in ACLED-style tables: who claims (claimant, its country and sector),
     * how sure, what kind of claim, against or for whom (the attributed party and its country),
     * about which event, and where it was read (outlet, date, URL).
     */
    CLAIMS(columns(
            "article_id", "BIGINT", "claim", "VARCHAR", "claim_type", "VARCHAR", "certainty", "VARCHAR",
            "claimant", "VARCHAR", "claimant_country", "VARCHAR", "claimant_sector", "VARCHAR",
            "attributed_to", "VARCHAR", "attributed_country", "VARCHAR", "attributed_sector", "VARCHAR",
            "cue", "VARCHAR", "content", "VARCHAR", "event_id", "BIGINT", "incident", "BIGINT", "event", "VARCHAR",
            "day", "DATE", "place", "VARCHAR", "country", "VARCHAR", "lat", "DOUBLE", "lon", "DOUBLE",
            "outlet", "VARCHAR", "title", "VARCHAR", "url", "VARCHAR", "published", "DATE", "key", "VARCHAR")),
    /** One row per stored article: where it comes from and what was found in it. */
    ARTICLES(columns(
            "id", "BIGINT", "key", "VARCHAR", "document", "VARCHAR", "url", "VARCHAR", "outlet", "VARCHAR",
            "title", "VARCHAR", "byline", "VARCHAR", "published", "DATE", "seen", "DATE", "language", "VARCHAR",
            "copy_of", "BIGINT", "source", "VARCHAR", "events", "BIGINT", "claims", "BIGINT"));

    private final Map<String, String> columns;

    ExportTable(Map<String, String> columns) {
        this.columns = columns;
    }

    /** Column name to DuckDB/Parquet type, in output order; empty for events. */
    public Map<String, String> columns() {
        return columns;
    }

    /** Whether rows carry coordinates, so GeoJSON can hold them. */
    public boolean hasCoordinates() {
        return this == EVENTS || columns.containsKey("lat");
    }

    private static Map<String, String> columns(String... nameType) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameType.length; i += 2) {
            m.put(nameType[i], nameType[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
