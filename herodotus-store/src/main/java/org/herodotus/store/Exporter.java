package org.herodotus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.herodotus.json.AnalysisJson;

/**
 * Writes stored events in open formats: JSON Lines, CSV, GeoJSON, PLOVER JSON records and Parquet;
 * and the other tables (incidents, claims, articles) in all of them but PLOVER. The front door of
 * exports: which rows are read is decided here, how they are written by {@link TextExport} (the
 * text formats, with the event's shapes from {@link EventFormats}) and {@link ParquetExport}.
 */
public final class Exporter {

    /** The PLOVER codebook version the records follow. */
    public static final String CODEBOOK = "PLOVER 0.8";

    private final Store store;
    private final ObjectMapper json = AnalysisJson.mapper();

    /** An exporter reading from {@code store}. */
    public Exporter(Store store) {
        this.store = store;
    }

    /**
     * Writes the events matching {@code query} to {@code out} in a text format (every format but
     * Parquet); returns how many were written.
     */
    public long write(EventQuery query, ExportFormat format, OutputStream out) throws SQLException, IOException {
        return EventFormats.export(json).write(sink -> store.events(query, sink), format, out);
    }

    /**
     * Writes {@code rows} (a page of a listing, say) to {@code out} in a text format; returns how
     * many were written.
     */
    public static long write(List<EventRow> rows, ExportFormat format, OutputStream out) throws IOException {
        try {
            return EventFormats.export(AnalysisJson.mapper()).write(sink -> rows.forEach(sink), format, out);
        } catch (SQLException e) {
            throw new IllegalStateException("no store is read", e);
        }
    }

    /**
     * Writes the rows of {@code table} to {@code out} in a text format; returns how many were
     * written. Events are those matching {@code events}, incidents those matching
     * {@code incidents}; claims and articles are exported whole. PLOVER records are events only,
     * and GeoJSON needs a table with coordinates.
     */
    public long write(ExportTable table, EventQuery events, IncidentFilter incidents, ExportFormat format,
                      OutputStream out) throws SQLException, IOException {
        if (table == ExportTable.EVENTS) {
            return write(events, format, out);
        }
        check(table, format);
        Map<String, Function<Map<String, Object>, Object>> columns = new LinkedHashMap<>();
        for (String column : table.columns().keySet()) {
            columns.put(column, row -> row.get(column));
        }
        return new TextExport<>(json, columns, null, Exporter::feature).write(sink -> rows(table, incidents, sink), format, out);
    }

    /** The GeoJSON feature of a table row, with its other columns as properties; null without coordinates. */
    private static Map<String, Object> feature(Map<String, Object> row) {
        if (row.get("lat") == null || row.get("lon") == null) {
            return null;
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", TextExport.point(row.get("lon"), row.get("lat")));
        Map<String, Object> props = new LinkedHashMap<>(row);
        props.remove("lat");
        props.remove("lon");
        f.put("properties", props);
        return f;
    }

    /** Writes the rows of {@code table} to a Parquet file, typed by its columns; returns how many. */
    public long writeParquet(ExportTable table, EventQuery events, IncidentFilter incidents, Path file)
            throws SQLException, IOException {
        if (table == ExportTable.EVENTS) {
            return writeParquet(events, file);
        }
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        table.columns().forEach((name, type) -> {
            names.add("\"" + name + "\"");
            types.add(ParquetExport.literal(name) + ": " + ParquetExport.literal(type));
        });
        return ParquetExport.write(out -> write(table, events, incidents, ExportFormat.JSONL, out),
                String.join(", ", names), String.join(", ", types), "", file);
    }

    /** Writes the events matching {@code query} to a Parquet file; returns how many were written. */
    public long writeParquet(EventQuery query, Path file) throws SQLException, IOException {
        String participants = "STRUCT(name VARCHAR, country VARCHAR, sector VARCHAR)[]";
        return ParquetExport.write(out -> write(query, ExportFormat.JSONL, out),
                "id, eventKey AS event_key, incident, event, mode, date, day, negated, modality, quad, "
                + "intensity, actors, recipients, place, lat, lon, country, admin1, feature, trigger, sentence, "
                + "sentenceStart AS sentence_start, sentenceEnd AS sentence_end, triggerStart AS trigger_start, "
                + "triggerEnd AS trigger_end, key, url, title, outlet, published, language",
                "id: 'BIGINT', eventKey: 'VARCHAR', incident: 'BIGINT', event: 'VARCHAR', mode: 'VARCHAR', "
                + "date: 'VARCHAR', day: 'DATE', negated: 'BOOLEAN', modality: 'VARCHAR', quad: 'INTEGER', "
                + "intensity: 'DOUBLE', actors: '" + participants + "', recipients: '" + participants + "', "
                + "place: 'VARCHAR', lat: 'DOUBLE', lon: 'DOUBLE', country: 'VARCHAR', admin1: 'VARCHAR', "
                + "feature: 'VARCHAR', trigger: 'VARCHAR', sentence: 'VARCHAR', sentenceStart: 'INTEGER', "
                + "sentenceEnd: 'INTEGER', triggerStart: 'INTEGER', triggerEnd: 'INTEGER', key: 'VARCHAR', "
                + "url: 'VARCHAR', title: 'VARCHAR', outlet: 'VARCHAR', published: 'DATE', language: 'VARCHAR'",
                " ORDER BY id", file);
    }

    /**
     * Refuses a format the table cannot be written in, saying which tables can.
     *
     * @throws IllegalArgumentException naming what to use instead
     */
    public static void check(ExportTable table, ExportFormat format) {
        if (format == ExportFormat.PLOVER && table != ExportTable.EVENTS) {
            throw new IllegalArgumentException("PLOVER records are events: use --table events, or another format");
        }
        if (format == ExportFormat.GEOJSON && !table.hasCoordinates()) {
            throw new IllegalArgumentException("GeoJSON needs coordinates, which " + table.name().toLowerCase(java.util.Locale.ROOT)
                    + " do not have: use events, incidents or claims, or another format");
        }
    }

    private void rows(ExportTable table, IncidentFilter filter, Consumer<Map<String, Object>> sink)
            throws SQLException {
        if (table == ExportTable.INCIDENTS) {
            for (Incident i : store.incidents(filter)) {
                sink.accept(incident(i));
            }
        } else {
            store.rows(table, sink);
        }
    }

    private static Map<String, Object> incident(Incident i) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", i.id());
        r.put("event", i.event());
        r.put("label", i.label());
        r.put("place", i.place());
        r.put("lat", i.lat());
        r.put("lon", i.lon());
        r.put("country", i.country());
        r.put("admin1", i.admin1());
        r.put("date", i.date());
        r.put("date_from", i.dateFrom());
        r.put("date_to", i.dateTo());
        r.put("first_seen", i.firstSeen());
        r.put("last_seen", i.lastSeen());
        r.put("events", i.events());
        r.put("articles", i.articles());
        r.put("sources", i.sources());
        return r;
    }

    /** The PLOVER JSON record of one event. */
    public static Map<String, Object> plover(EventRow row) {
        return EventFormats.plover(row);
    }

    /** One CSV cell as written: guarded against spreadsheet formulas, then quoted where needed. */
    public static String csv(Object v) {
        return TextExport.csv(v);
    }
}
