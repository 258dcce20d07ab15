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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows of one kind (events, incidents, claims, articles) in the text formats: JSON Lines,
 * PLOVER records, CSV and GeoJSON. What differs between kinds is given as functions (a row's
 * PLOVER record, its CSV columns, its GeoJSON feature); the scaffolding the formats share (one
 * buffered UTF-8 writer, the CSV header and guarded cells, the feature collection) is written once
 * here.
 *
 * @param <T> the row type
 */
final class TextExport<T> {

    /** Where the rows to write come from: a store read, or a list already read. */
    interface Rows<T> {
        void each(Consumer<T> sink) throws SQLException;
    }

    /** RFC 4180: comma-separated, quoted only where needed, CRLF between records. */
    private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180;

    private final ObjectMapper json;
    private final Map<String, Function<T, Object>> columns;
    private final Function<T, Object> plover;
    private final Function<T, Map<String, Object>> feature;

    /**
     * @param json    writes a row (or its record) as JSON
     * @param columns the CSV columns, by header, in order
     * @param plover  a row's PLOVER record; null for rows that are not events
     * @param feature a row's GeoJSON feature, null for a row without coordinates (left out)
     */
    TextExport(ObjectMapper json, Map<String, Function<T, Object>> columns, Function<T, Object> plover,
               Function<T, Map<String, Object>> feature) {
        this.json = json;
        this.columns = columns;
        this.plover = plover;
        this.feature = feature;
    }

    /** Writes {@code rows} to {@code out} in {@code format}; returns how many were written. */
    long write(Rows<T> rows, ExportFormat format, OutputStream out) throws SQLException, IOException {
        if (format == ExportFormat.PARQUET) {
            throw new IllegalArgumentException("Parquet is written to a file: use writeParquet");
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        AtomicLong count = new AtomicLong();
        try {
            switch (format) {
                case JSONL -> rows.each(row -> line(w, json(row), count));
                case PLOVER -> {
                    if (plover == null) {
                        throw new IllegalStateException(format.name());
                    }
                    rows.each(row -> line(w, json(plover.apply(row)), count));
                }
                case CSV -> {
                    CSVPrinter csv = new CSVPrinter(w, CSV_FORMAT);
                    csv.printRecord(columns.keySet());
                    rows.each(row -> {
                        List<String> cells = new ArrayList<>();
                        for (Function<T, Object> f : columns.values()) {
                            cells.add(cell(f.apply(row)));
                        }
                        record(csv, cells);
                        count.incrementAndGet();
                    });
                    csv.flush();
                }
                case GEOJSON -> {
                    w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
                    rows.each(row -> {
                        Map<String, Object> f = feature.apply(row);
                        if (f != null) {
                            write(w, (count.getAndIncrement() == 0 ? "" : ",\n") + json(f));
                        }
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
     * A GeoJSON point geometry, its members in the order the GeoJSON specification writes them
     * ({@code type}, then {@code coordinates}) on every run: an unordered map gave either order,
     * so two exports of the same store differed.
     */
    static Map<String, Object> point(Object lon, Object lat) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Point");
        geometry.put("coordinates", List.of(lon, lat));
        return geometry;
    }

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
    static String csv(Object v) {
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
