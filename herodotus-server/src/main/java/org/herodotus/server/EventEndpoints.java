package org.herodotus.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.store.EventQuery;
import org.herodotus.store.EventRow;
import org.herodotus.store.Store;

/** {@code /api/events}: stored events by the filters of {@code herodotus query}, and their timeline. */
final class EventEndpoints {

    private static final Set<String> LIST = Params.union(Params.EVENT_FILTERS, "limit", "cursor", "format");
    private static final Set<String> FORMATS = Set.of("csv", "geojson", "jsonl");

    private final Stores stores;

    EventEndpoints(Stores stores) {
        this.stores = stores;
    }

    void register(Javalin app) {
        app.get("/api/events", this::list);
        app.get("/api/events/days", this::days);
    }

    private void list(Context ctx) throws SQLException {
        Params p = Params.of(ctx, LIST);
        String format = p.format(FORMATS);
        int limit = p.limit(100);
        EventQuery q = p.eventQuery();
        List<String> cursor = Cursor.decode(p.text("cursor"), "events", 2);
        if (cursor != null) {
            try {
                q = q.withBefore(new EventQuery.Position(LocalDate.parse(cursor.get(0)), Long.parseLong(cursor.get(1))));
            } catch (RuntimeException e) {
                throw ApiError.badRequest("cursor: not a token this server issued");
            }
        }
        Page<EventRow> page = page(stores.read().events(q.withLimit(limit + 1)), limit);
        String next = page.more() ? Cursor.encode("events", page.last().day(), page.last().id()) : null;
        Formats.events(ctx, format, page.items(), next);
    }

    private void days(Context ctx) throws SQLException {
        Params p = Params.of(ctx, Params.EVENT_FILTERS);
        Map<LocalDate, Long> days = stores.read().eventDays(p.eventQuery());
        List<Object> out = new ArrayList<>();
        long total = 0;
        for (var e : days.entrySet()) {
            out.add(Json.object("day", e.getKey(), "count", e.getValue()));
            total += e.getValue();
        }
        Json.send(ctx, Json.object("days", out, "total", total));
    }

    /** The first {@code limit} of {@code rows} (read one more than a page), and whether there are more. */
    record Page<T>(List<T> items, boolean more) {
        T last() {
            return items.get(items.size() - 1);
        }
    }

    static <T> Page<T> page(List<T> rows, int limit) {
        return rows.size() > limit ? new Page<>(rows.subList(0, limit), true) : new Page<>(rows, false);
    }
}
