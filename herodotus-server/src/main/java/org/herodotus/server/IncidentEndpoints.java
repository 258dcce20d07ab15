package org.herodotus.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.herodotus.store.ArticleRow;
import org.herodotus.store.AttributionBoard;
import org.herodotus.store.EventQuery;
import org.herodotus.store.EventRow;
import org.herodotus.store.Incident;
import org.herodotus.store.IncidentFilter;
import org.herodotus.store.Store;

/** {@code /api/incidents}: incidents merged across articles, each with its attribution board. */
final class IncidentEndpoints {

    private static final Set<String> LIST = Set.of("type", "country", "from", "to", "min_sources", "limit", "cursor", "format");
    private static final Set<String> FORMATS = Set.of("csv", "geojson", "jsonl");
    private static final int MAX_EVENTS = 1000;

    private static final Map<String, Function<Incident, Object>> COLUMNS = columns();

    private final Stores stores;

    IncidentEndpoints(Stores stores) {
        this.stores = stores;
    }

    void register(Javalin app) {
        app.get("/api/incidents", this::list);
        app.get("/api/incidents/{id}", this::one);
        app.get("/api/incidents/{id}/board", this::board);
    }

    private void list(Context ctx) throws SQLException {
        Params p = Params.of(ctx, LIST);
        String format = p.format(FORMATS);
        int limit = p.limit(100);
        LocalDate from = p.day("from");
        LocalDate to = p.day("to");
        Long minSources = p.number("min_sources", 1, 1_000_000, null);
        IncidentFilter f = new IncidentFilter(null, p.code("type"), p.code("country"), from, to,
                minSources == null ? null : minSources.intValue(), limit + 1);
        List<String> cursor = Cursor.decode(p.text("cursor"), "incidents", 2);
        if (cursor != null) {
            try {
                f = f.withBefore(new IncidentFilter.Position(cursor.get(0).isEmpty() ? null : LocalDate.parse(cursor.get(0)),
                        Long.parseLong(cursor.get(1))));
            } catch (RuntimeException e) {
                throw ApiError.badRequest("cursor: not a token this server issued");
            }
        }
        EventEndpoints.Page<Incident> page = EventEndpoints.page(stores.read().incidents(f), limit);
        String next = page.more() ? Cursor.encode("incidents", page.last().lastSeen(), page.last().id()) : null;
        Formats.rows(ctx, format, page.items(), next, COLUMNS);
    }

    private long id(Context ctx) {
        try {
            long id = Long.parseLong(ctx.pathParam("id"));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("incident id: a positive whole number");
    }

    private Incident incident(Context ctx, Store store) throws SQLException {
        long id = id(ctx);
        Optional<Incident> found = store.incident(id);
        if (found.isEmpty()) {
            throw ApiError.notFound("no incident " + id);
        }
        return found.get();
    }

    private void one(Context ctx) throws SQLException {
        Params.of(ctx, Set.of());
        Store store = stores.read(); // one connection for the whole answer
        Incident incident = incident(ctx, store);
        AttributionBoard board = store.board(incident.id());
        List<EventRow> events = store.events(EventQuery.all().withIncident(incident.id()).withLimit(MAX_EVENTS));
        Json.send(ctx, Json.object("incident", incident, "board", board, "events", events, "articles", articles(store, events)));
    }

    private void board(Context ctx) throws SQLException {
        Params.of(ctx, Set.of());
        Store store = stores.read();
        Json.send(ctx, store.board(incident(ctx, store).id()));
    }

    /**
     * The reporting articles, each original with its wire copies and reprints under it, earliest
     * first.
     */
    private List<Object> articles(Store store, List<EventRow> events) throws SQLException {
        // One statement for all the reporting articles, not one per article.
        List<ArticleRow> all = new ArrayList<>(store.articlesByKeys(events.stream().map(EventRow::key).toList()));
        all.sort(java.util.Comparator.comparing(ArticleRow::seen, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparingLong(ArticleRow::id));
        Map<Long, List<ArticleRow>> copies = new LinkedHashMap<>();
        List<ArticleRow> originals = new ArrayList<>();
        for (ArticleRow a : all) {
            boolean copyOfListed = a.copyOf() != null && all.stream().anyMatch(o -> o.id() == a.copyOf());
            if (copyOfListed) {
                copies.computeIfAbsent(a.copyOf(), k -> new ArrayList<>()).add(a);
            } else {
                originals.add(a);
            }
        }
        List<Object> out = new ArrayList<>();
        for (ArticleRow a : originals) {
            out.add(Json.object("article", a, "copies", copies.getOrDefault(a.id(), List.of())));
        }
        return out;
    }

    private static Map<String, Function<Incident, Object>> columns() {
        Map<String, Function<Incident, Object>> m = new LinkedHashMap<>();
        m.put("id", Incident::id);
        m.put("event", Incident::event);
        m.put("label", Incident::label);
        m.put("place", Incident::place);
        m.put("lat", Incident::lat);
        m.put("lon", Incident::lon);
        m.put("country", Incident::country);
        m.put("admin1", Incident::admin1);
        m.put("date_from", Incident::dateFrom);
        m.put("date_to", Incident::dateTo);
        m.put("date", Incident::date);
        m.put("first_seen", Incident::firstSeen);
        m.put("last_seen", Incident::lastSeen);
        m.put("events", Incident::events);
        m.put("articles", Incident::articles);
        m.put("sources", Incident::sources);
        return m;
    }
}
