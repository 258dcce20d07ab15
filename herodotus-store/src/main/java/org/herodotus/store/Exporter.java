package org.herodotus.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.herodotus.json.AnalysisJson;

/**
 * Writes stored events in open formats: JSON Lines, CSV, GeoJSON, PLOVER JSON records and Parquet;
 * and the other tables (incidents, claims, articles) in all of them but PLOVER.
 *
 * <p>Parquet goes through an in-memory DuckDB whichever engine holds the store: the events are
 * written as JSON Lines to a temporary file and DuckDB's {@code COPY ... (FORMAT PARQUET)} turns
 * them into Parquet with typed columns and nested actor lists. DuckDB is already a dependency, so
 * this costs nothing, where parquet-hadoop would bring in tens of megabytes of Hadoop.
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
        return write(sink -> store.events(query, sink), format, out);
    }

    /**
     * Writes {@code rows} (a page of a listing, say) to {@code out} in a text format; returns how
     * many were written.
     */
    public static long write(List<EventRow> rows, ExportFormat format, OutputStream out) throws IOException {
        try {
            return new Exporter(null).write(sink -> rows.forEach(sink), format, out);
        } catch (SQLException e) {
            throw new IllegalStateException("no store is read", e);
        }
    }

    /** Where the rows to write come from. */
    private interface Rows {
        void each(java.util.function.Consumer<EventRow> sink) throws SQLException;
    }

    private long write(Rows rows, ExportFormat format, OutputStream out) throws SQLException, IOException {
        if (format == ExportFormat.PARQUET) {
            throw new IllegalArgumentException("Parquet is written to a file: use writeParquet");
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        AtomicLong count = new AtomicLong();
        try {
            switch (format) {
                case JSONL -> rows.each(row -> line(w, json(row), count));
                case PLOVER -> rows.each(row -> line(w, json(plover(row)), count));
                case CSV -> {
                    CSVPrinter csv = new CSVPrinter(w, CSV_FORMAT);
                    csv.printRecord(CSV_COLUMNS.keySet());
                    rows.each(row -> {
                        List<String> cells = new ArrayList<>();
                        for (Function<EventRow, Object> f : CSV_COLUMNS.values()) {
                            cells.add(cell(f.apply(row)));
                        }
                        record(csv, cells);
                        count.incrementAndGet();
                    });
                    csv.flush();
                }
                case GEOJSON -> {
                    w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
                    AtomicLong n = new AtomicLong();
                    rows.each(row -> {
                        if (row.lat() == null || row.lon() == null) {
                            return;
                        }
                        write(w, (n.getAndIncrement() == 0 ? "" : ",\n") + json(feature(row)));
                        count.incrementAndGet();
                    });
                    w.write("\n]}\n");
                }
                default -> throw new IllegalStateException(format.name());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        return count.get();
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
        if (format == ExportFormat.PARQUET) {
            throw new IllegalArgumentException("Parquet is written to a file: use writeParquet");
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        AtomicLong count = new AtomicLong();
        try {
            switch (format) {
                case JSONL -> rows(table, incidents, row -> line(w, json(row), count));
                case CSV -> {
                    CSVPrinter csv = new CSVPrinter(w, CSV_FORMAT);
                    csv.printRecord(table.columns().keySet());
                    rows(table, incidents, row -> {
                        record(csv, table.columns().keySet().stream().map(column -> cell(row.get(column))).toList());
                        count.incrementAndGet();
                    });
                    csv.flush();
                }
                case GEOJSON -> {
                    w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
                    rows(table, incidents, row -> {
                        if (row.get("lat") == null || row.get("lon") == null) {
                            return;
                        }
                        Map<String, Object> f = new LinkedHashMap<>();
                        f.put("type", "Feature");
                        f.put("geometry", Map.of("type", "Point", "coordinates", List.of(row.get("lon"), row.get("lat"))));
                        Map<String, Object> props = new LinkedHashMap<>(row);
                        props.remove("lat");
                        props.remove("lon");
                        f.put("properties", props);
                        write(w, (count.getAndIncrement() == 0 ? "" : ",\n") + json(f));
                    });
                    w.write("\n]}\n");
                }
                default -> throw new IllegalStateException(format.name());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        return count.get();
    }

    /** Writes the rows of {@code table} to a Parquet file, typed by its columns; returns how many. */
    public long writeParquet(ExportTable table, EventQuery events, IncidentFilter incidents, Path file)
            throws SQLException, IOException {
        if (table == ExportTable.EVENTS) {
            return writeParquet(events, file);
        }
        Path tmp = Files.createTempFile("herodotus-export", ".jsonl");
        try {
            long n;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                n = write(table, events, incidents, ExportFormat.JSONL, out);
            }
            Path target = file.toAbsolutePath();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            List<String> names = new ArrayList<>();
            List<String> types = new ArrayList<>();
            table.columns().forEach((name, type) -> {
                names.add("\"" + name + "\"");
                types.add(literal(name) + ": " + literal(type));
            });
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                 Statement s = duck.createStatement()) {
                s.execute("COPY (SELECT " + String.join(", ", names) + " FROM read_json(" + literal(tmp.toString())
                        + ", format = 'newline_delimited', columns = {" + String.join(", ", types) + "})) TO "
                        + literal(target.toString()) + " (FORMAT PARQUET)");
            }
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
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

    private void rows(ExportTable table, IncidentFilter filter, java.util.function.Consumer<Map<String, Object>> sink)
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

    /** Writes the events matching {@code query} to a Parquet file; returns how many were written. */
    public long writeParquet(EventQuery query, Path file) throws SQLException, IOException {
        Path tmp = Files.createTempFile("herodotus-export", ".jsonl");
        try {
            long n;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                n = write(query, ExportFormat.JSONL, out);
            }
            Path target = file.toAbsolutePath();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                 Statement s = duck.createStatement()) {
                String participants = "STRUCT(name VARCHAR, country VARCHAR, sector VARCHAR)[]";
                s.execute("COPY (SELECT id, eventKey AS event_key, incident, event, mode, date, day, negated, modality, quad, "
                        + "intensity, actors, recipients, place, lat, lon, country, admin1, feature, trigger, sentence, "
                        + "sentenceStart AS sentence_start, sentenceEnd AS sentence_end, triggerStart AS trigger_start, "
                        + "triggerEnd AS trigger_end, key, url, title, outlet, published, language FROM read_json("
                        + literal(tmp.toString()) + ", format = 'newline_delimited', columns = {"
                        + "id: 'BIGINT', eventKey: 'VARCHAR', incident: 'BIGINT', event: 'VARCHAR', mode: 'VARCHAR', "
                        + "date: 'VARCHAR', day: 'DATE', negated: 'BOOLEAN', modality: 'VARCHAR', quad: 'INTEGER', "
                        + "intensity: 'DOUBLE', actors: '" + participants + "', recipients: '" + participants + "', "
                        + "place: 'VARCHAR', lat: 'DOUBLE', lon: 'DOUBLE', country: 'VARCHAR', admin1: 'VARCHAR', "
                        + "feature: 'VARCHAR', trigger: 'VARCHAR', sentence: 'VARCHAR', sentenceStart: 'INTEGER', "
                        + "sentenceEnd: 'INTEGER', triggerStart: 'INTEGER', triggerEnd: 'INTEGER', key: 'VARCHAR', "
                        + "url: 'VARCHAR', title: 'VARCHAR', outlet: 'VARCHAR', published: 'DATE', language: 'VARCHAR'})"
                        + " ORDER BY id) TO " + literal(target.toString()) + " (FORMAT PARQUET)");
            }
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** The PLOVER JSON record of one event. */
    public static Map<String, Object> plover(EventRow row) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", "herodotus-" + row.id());
        r.put("date", row.day() == null ? null : row.day().toString());
        r.put("date_text", row.date());
        r.put("source", ploverActors(row.actors()));
        r.put("recipient", ploverActors(row.recipients()));
        r.put("event", List.of(row.event()));
        r.put("mode", row.mode());
        r.put("quad_code", row.quad());
        r.put("event_scale", row.intensity());
        r.put("negated", row.negated());
        r.put("modality", row.modality());
        if (row.place() != null || row.lat() != null) {
            Map<String, Object> loc = new LinkedHashMap<>();
            loc.put("name", row.place());
            loc.put("latitude", row.lat());
            loc.put("longitude", row.lon());
            loc.put("cc3", row.country());
            loc.put("admin1", row.admin1());
            loc.put("feature", row.feature());
            r.put("event_loc", loc);
        }
        r.put("event_text", row.trigger() == null ? List.of() : List.of(row.trigger()));
        r.put("text", row.sentence());
        Map<String, Object> textInfo = new LinkedHashMap<>();
        textInfo.put("start", row.sentenceStart());
        textInfo.put("end", row.sentenceEnd());
        textInfo.put("trigger_start", row.triggerStart());
        textInfo.put("trigger_end", row.triggerEnd());
        r.put("text_info", textInfo);
        Map<String, Object> cite = new LinkedHashMap<>();
        cite.put("url", row.url());
        cite.put("title", row.title());
        cite.put("publication", row.outlet());
        cite.put("language", row.language());
        cite.put("citation", row.key());
        cite.put("published", row.published() == null ? null : row.published().toString());
        cite.put("coder", "herodotus");
        cite.put("codebook", CODEBOOK);
        r.put("cite_info", cite);
        r.put("link", row.incident() == null ? null : "incident-" + row.incident());
        r.put("coder", "herodotus");
        return r;
    }

    private static List<Map<String, Object>> ploverActors(List<Participant> ps) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Participant p : ps) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("code", p.country());
            a.put("sector", p.sector());
            a.put("actor_text", p.name());
            a.put("identifier_text", p.name());
            out.add(a);
        }
        return out;
    }

    private Map<String, Object> feature(EventRow row) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", row.id());
        f.put("geometry", Map.of("type", "Point", "coordinates", List.of(row.lon(), row.lat())));
        @SuppressWarnings("unchecked")
        Map<String, Object> props = json.convertValue(row, LinkedHashMap.class);
        props.remove("lat");
        props.remove("lon");
        f.put("properties", props);
        return f;
    }

    private static final Map<String, Function<EventRow, Object>> CSV_COLUMNS = csvColumns();

    private static Map<String, Function<EventRow, Object>> csvColumns() {
        Map<String, Function<EventRow, Object>> m = new LinkedHashMap<>();
        m.put("id", EventRow::id);
        m.put("event_key", EventRow::eventKey);
        m.put("incident", EventRow::incident);
        m.put("event", EventRow::event);
        m.put("mode", EventRow::mode);
        m.put("date", EventRow::date);
        m.put("day", EventRow::day);
        m.put("negated", EventRow::negated);
        m.put("modality", EventRow::modality);
        m.put("quad", EventRow::quad);
        m.put("intensity", EventRow::intensity);
        m.put("actors", r -> join(r.actors(), Participant::name));
        m.put("actor_countries", r -> join(r.actors(), Participant::country));
        m.put("actor_sectors", r -> join(r.actors(), Participant::sector));
        m.put("recipients", r -> join(r.recipients(), Participant::name));
        m.put("recipient_countries", r -> join(r.recipients(), Participant::country));
        m.put("recipient_sectors", r -> join(r.recipients(), Participant::sector));
        m.put("place", EventRow::place);
        m.put("lat", EventRow::lat);
        m.put("lon", EventRow::lon);
        m.put("country", EventRow::country);
        m.put("admin1", EventRow::admin1);
        m.put("feature", EventRow::feature);
        m.put("trigger", EventRow::trigger);
        m.put("sentence", EventRow::sentence);
        m.put("sentence_start", EventRow::sentenceStart);
        m.put("sentence_end", EventRow::sentenceEnd);
        m.put("trigger_start", EventRow::triggerStart);
        m.put("trigger_end", EventRow::triggerEnd);
        m.put("key", EventRow::key);
        m.put("url", EventRow::url);
        m.put("title", EventRow::title);
        m.put("outlet", EventRow::outlet);
        m.put("published", EventRow::published);
        m.put("language", EventRow::language);
        return m;
    }

    private static String join(List<Participant> ps, Function<Participant, String> f) {
        List<String> out = new ArrayList<>();
        for (Participant p : ps) {
            String v = f.apply(p);
            out.add(v == null ? "" : v);
        }
        return String.join("; ", out);
    }

    /** RFC 4180: comma-separated, quoted only where needed, CRLF between records. */
    private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180;

    /**
     * One CSV cell's text, before quoting. Text that a spreadsheet would run as a formula
     * (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: a
     * hostile headline such as {@code =HYPERLINK("http://…?leak="&A1)}) gets a leading
     * apostrophe, as OWASP recommends, so it is shown as text; numbers (a negative longitude) are
     * left as they are.
     */
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return s;
    }

    /** One CSV cell as written: guarded as {@link #cell} does, then quoted by the CSV library where needed. */
    public static String csv(Object v) {
        String s = cell(v);
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        try {
            CSV_FORMAT.print(s, out, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void record(CSVPrinter csv, List<String> cells) {
        try {
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String json(Object value) {
        try {
            return json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(Writer w, String s, AtomicLong count) {
        write(w, s + "\n");
        count.incrementAndGet();
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
