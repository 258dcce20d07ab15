package org.herodotus.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.herodotus.store.EventRow;
import org.herodotus.store.ExportFormat;
import org.herodotus.store.Exporter;

/**
 * Writes one page of a listing in the format the client asked for: JSON (items and the next
 * token), JSON Lines, CSV or GeoJSON. In the formats other than JSON the next page's token is in
 * the {@code X-Next-Cursor} header and a {@code Link: <…>; rel="next"} header.
 */
final class Formats {

    private Formats() {
    }

    /** A page of events: the store's own export formats, PLOVER-compatible JSON Lines and CSV included. */
    static void events(Context ctx, String format, List<EventRow> rows, String next) {
        if (format.equals("json")) {
            Json.send(ctx, Json.page(rows, next));
            return;
        }
        ExportFormat f = switch (format) {
            case "csv" -> ExportFormat.CSV;
            case "geojson" -> ExportFormat.GEOJSON;
            default -> ExportFormat.JSONL;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Exporter.write(rows, f, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nextHeaders(ctx, next);
        ctx.contentType(contentType(format)).result(out.toByteArray());
    }

    /**
     * A page of any other listing: {@code columns} give the CSV columns and, with {@code lat} and
     * {@code lon} among them, the GeoJSON points.
     */
    static <T> void rows(Context ctx, String format, List<T> rows, String next, Map<String, Function<T, Object>> columns) {
        switch (format) {
            case "json" -> Json.send(ctx, Json.page(rows, next));
            case "jsonl" -> {
                StringBuilder b = new StringBuilder();
                for (T row : rows) {
                    b.append(write(row)).append('\n');
                }
                send(ctx, format, next, b.toString());
            }
            case "csv" -> {
                StringBuilder b = new StringBuilder(String.join(",", columns.keySet())).append("\r\n");
                for (T row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (Function<T, Object> f : columns.values()) {
                        cells.add(Exporter.csv(f.apply(row)));
                    }
                    b.append(String.join(",", cells)).append("\r\n");
                }
                send(ctx, format, next, b.toString());
            }
            case "geojson" -> {
                List<Object> features = new ArrayList<>();
                for (T row : rows) {
                    Object lat = columns.get("lat").apply(row);
                    Object lon = columns.get("lon").apply(row);
                    if (lat == null || lon == null) {
                        continue;
                    }
                    Map<String, Object> props = new LinkedHashMap<>();
                    columns.forEach((k, f) -> {
                        if (!k.equals("lat") && !k.equals("lon")) {
                            props.put(k, f.apply(row));
                        }
                    });
                    features.add(Json.object("type", "Feature", "geometry",
                            Json.object("type", "Point", "coordinates", List.of(lon, lat)), "properties", props));
                }
                send(ctx, format, next, write(Json.object("type", "FeatureCollection", "features", features)));
            }
            default -> throw ApiError.badRequest("format: " + format);
        }
    }

    private static void send(Context ctx, String format, String next, String body) {
        nextHeaders(ctx, next);
        ctx.contentType(contentType(format)).result(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String write(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void nextHeaders(Context ctx, String next) {
        if (next == null) {
            return;
        }
        ctx.header("X-Next-Cursor", next);
        String query = ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)cursor=[^&]*", "");
        query = query.startsWith("&") ? query.substring(1) : query;
        ctx.header("Link", "<" + ctx.path() + "?" + (query.isEmpty() ? "" : query + "&") + "cursor=" + next + ">; rel=\"next\"");
    }

    private static String contentType(String format) {
        return switch (format) {
            case "csv" -> "text/csv; charset=utf-8";
            case "geojson" -> "application/geo+json";
            case "jsonl" -> "application/x-ndjson";
            default -> "application/json; charset=utf-8";
        };
    }
}
