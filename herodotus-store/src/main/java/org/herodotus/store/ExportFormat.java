package org.herodotus.store;

/** The file formats events can be exported to. */
public enum ExportFormat {
    /** One JSON object per event and line, with nested actor lists. */
    JSONL,
    /** Comma-separated values, one row per event, actor lists joined with "; ". */
    CSV,
    /** Apache Parquet with nested actor lists; needs a file, not a stream. */
    PARQUET,
    /** A GeoJSON FeatureCollection of the events that have coordinates. */
    GEOJSON,
    /** PLOVER JSON records, one per line, with cite_info (URL, title, outlet) and the incident as link. */
    PLOVER
}
