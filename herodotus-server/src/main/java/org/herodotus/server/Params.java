package org.herodotus.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.herodotus.store.EventQuery;

/**
 * The query parameters of one request, validated: an unknown parameter, a repeated one, a value
 * of the wrong shape or out of range is a 400 naming the parameter, never passed on to the store.
 */
final class Params {

    /** Event filters, as {@code herodotus query} takes them. */
    static final Set<String> EVENT_FILTERS = Set.of("actor", "actor_country", "sector", "country", "type", "bbox", "near",
            "radius", "from", "to", "text", "incident");

    /** The largest page a client may ask for. */
    static final int MAX_LIMIT = 1000;

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,6}");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z_]{2,20}");
    private static final int MAX_TEXT = 500;

    private final Context ctx;

    private Params(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiError.badRequest("unknown parameter: " + clip(e.getKey()) + " (this endpoint takes: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badRequest(e.getKey() + ": given more than once");
            }
        }
    }

    /** The parameters of {@code ctx}, of which only {@code allowed} may be present. */
    static Params of(Context ctx, Set<String> allowed) {
        return new Params(ctx, allowed);
    }

    /** {@code a} and {@code b} together. */
    static Set<String> union(Set<String> a, String... b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(List.of(b));
        return out;
    }

    /** A text parameter, null when absent or empty. */
    String text(String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT || v.chars().anyMatch(c -> c < 0x20)) {
            throw ApiError.badRequest(name + ": at most " + MAX_TEXT + " characters on one line");
        }
        return v.strip();
    }

    /** A country or sector code ("IRQ", "GOV"), upper case. */
    String code(String name) {
        String v = text(name);
        if (v != null && !CODE.matcher(v).matches()) {
            throw ApiError.badRequest(name + ": not a code (2 to 6 letters): " + clip(v));
        }
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    /** A day, YYYY-MM-DD. */
    LocalDate day(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + ": not a date (YYYY-MM-DD): " + clip(v));
        }
    }

    /** An instant (2024-03-07T10:00:00Z) or a day (midnight UTC). */
    Instant instant(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + ": not a time (2024-03-07T10:00:00Z or 2024-03-07): " + clip(v));
        }
    }

    /** A whole number in [min, max], or {@code fallback} when absent. */
    Long number(String name, long min, long max, Long fallback) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": not a whole number: " + clip(v));
        }
        if (n < min || n > max) {
            throw ApiError.badRequest(name + ": must be between " + min + " and " + max);
        }
        return n;
    }

    /** The page size: {@code limit}, 1 to {@value #MAX_LIMIT}, default {@code fallback}. */
    int limit(int fallback) {
        return number("limit", 1, MAX_LIMIT, (long) fallback).intValue();
    }

    /** The {@code format} parameter: json (default), csv, geojson or jsonl, of those {@code allowed}. */
    String format(Set<String> allowed) {
        String v = text("format");
        if (v == null) {
            return "json";
        }
        String f = v.toLowerCase(Locale.ROOT);
        if (!f.equals("json") && !allowed.contains(f)) {
            throw ApiError.badRequest("format: one of json, " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return f;
    }

    /** The event filters of this request. */
    EventQuery eventQuery() {
        EventQuery q = EventQuery.all().withActor(text("actor")).withActorCountry(code("actor_country"))
                .withSector(code("sector")).withCountry(code("country")).withText(text("text"))
                .withIncident(number("incident", 1, Long.MAX_VALUE, null));
        String types = text("type");
        if (types != null) {
            List<String> list = new ArrayList<>();
            for (String t : types.split(",")) {
                if (!TYPE.matcher(t.strip()).matches()) {
                    throw ApiError.badRequest("type: not a PLOVER event type: " + clip(t));
                }
                list.add(t.strip().toUpperCase(Locale.ROOT));
            }
            q = q.withTypes(list);
        }
        LocalDate from = day("from");
        LocalDate to = day("to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badRequest("from: after to");
        }
        q = q.withDates(from, to);
        String bbox = text("bbox");
        if (bbox != null) {
            double[] v = numbers("bbox", bbox, 4);
            latLon("bbox", v[0], v[1]);
            latLon("bbox", v[2], v[3]);
            if (v[0] > v[2] || v[1] > v[3]) {
                throw ApiError.badRequest("bbox: minimum exceeds maximum (MINLAT,MINLON,MAXLAT,MAXLON)");
            }
            q = q.withBbox(new EventQuery.BoundingBox(v[0], v[1], v[2], v[3]));
        }
        String near = text("near");
        String radius = text("radius");
        if (radius != null && near == null) {
            throw ApiError.badRequest("radius: needs near");
        }
        if (near != null) {
            double[] v = numbers("near", near, 2);
            latLon("near", v[0], v[1]);
            double km = radius == null ? 25 : numbers("radius", radius, 1)[0];
            if (!(km > 0 && km <= 20000)) {
                throw ApiError.badRequest("radius: kilometres, more than 0 and at most 20000");
            }
            q = q.withNear(new EventQuery.Circle(v[0], v[1], km));
        }
        return q;
    }

    private static void latLon(String name, double lat, double lon) {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw ApiError.badRequest(name + ": latitude must be within ±90 and longitude within ±180");
        }
    }

    private static double[] numbers(String name, String value, int n) {
        String[] parts = value.split(",");
        if (parts.length != n) {
            throw ApiError.badRequest(name + ": needs " + n + " numbers separated by commas");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest(name + ": not a number: " + clip(parts[i]));
            }
            if (!Double.isFinite(out[i])) {
                throw ApiError.badRequest(name + ": not a finite number");
            }
        }
        return out;
    }

    /** A value quoted back in a message, cut short. */
    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
