package org.herodotus.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.store.ArticleFilter;
import org.herodotus.store.Change;
import org.herodotus.store.ClaimFilter;
import org.herodotus.store.ClaimRow;
import org.herodotus.store.EventQuery;
import org.herodotus.store.EventRow;
import org.herodotus.store.Store;
import org.herodotus.store.Store;
import org.herodotus.store.Summary;

/**
 * The directories: claims, actors, places and sources (outlets), each listed in pages and, for
 * actors and sources, one entry with what the store holds about it; full-text search; the
 * change log; and a health check.
 */
final class DirectoryEndpoints {

    private static final Set<String> PAGED = Set.of("limit", "cursor", "format");
    private static final Set<String> CLAIMS = Params.union(PAGED, "claimant", "about", "certainty", "type", "outlet",
            "article", "incident");
    private static final Set<String> ACTORS = Params.union(PAGED, "name", "country", "sector");
    private static final Set<String> PLACES = Params.union(PAGED, "name", "country");
    private static final Set<String> SOURCES = Params.union(PAGED, "name");
    private static final Set<String> SEARCH = Params.union(Params.EVENT_FILTERS, "q", "limit");
    private static final Set<String> CHANGES = Set.of("since", "limit", "cursor");
    private static final Set<String> CERTAINTIES =
            Arrays.stream(Certainty.values()).map(Certainty::value).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> CLAIM_TYPES =
            Arrays.stream(ClaimType.values()).map(ClaimType::value).collect(Collectors.toUnmodifiableSet());
    private static final int DETAIL = 200;

    private static final Map<String, Function<ClaimRow, Object>> CLAIM_COLUMNS = claimColumns();
    private static final Map<String, Function<Summary, Object>> SUMMARY_COLUMNS = summaryColumns();

    private final Stores stores;

    DirectoryEndpoints(Stores stores) {
        this.stores = stores;
    }

    void register(Javalin app) {
        app.get("/api/claims", this::claims);
        app.get("/api/actors", this::actors);
        app.get("/api/actors/<name>", this::actor);
        app.get("/api/places", this::places);
        app.get("/api/sources", this::sources);
        app.get("/api/sources/{name}", this::source);
        app.get("/api/search", this::search);
        app.get("/api/changes", this::changes);
        app.get("/api/health", this::health);
    }

    private void claims(Context ctx) throws SQLException {
        Params p = Params.of(ctx, CLAIMS);
        String format = p.format(Set.of("csv", "jsonl"));
        int limit = p.limit(100);
        String certainty = oneOf(p, "certainty", CERTAINTIES);
        String type = oneOf(p, "type", CLAIM_TYPES);
        ClaimFilter f = new ClaimFilter(p.text("claimant"), p.text("about"), certainty, type, p.text("outlet"),
                p.number("article", 1, Long.MAX_VALUE, null), p.number("incident", 1, Long.MAX_VALUE, null));
        List<String> cursor = Cursor.decode(p.text("cursor"), "claims", 2);
        Long article = null;
        if (cursor != null) {
            try {
                article = Long.parseLong(cursor.get(0));
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("cursor: not a token this server issued");
            }
        }
        EventEndpoints.Page<ClaimRow> page = EventEndpoints.page(
                stores.read().claims(f, article, cursor == null ? null : cursor.get(1), limit + 1), limit);
        String next = page.more() ? Cursor.encode("claims", page.last().articleId(), page.last().claimKey()) : null;
        Formats.rows(ctx, format, page.items(), next, CLAIM_COLUMNS);
    }

    private static String oneOf(Params p, String name, Set<String> allowed) {
        String v = p.text(name);
        if (v != null && !allowed.contains(v.toLowerCase(java.util.Locale.ROOT))) {
            throw ApiError.badRequest(name + ": one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return v;
    }

    private void actors(Context ctx) throws SQLException {
        Params p = Params.of(ctx, ACTORS);
        String format = p.format(Set.of("csv", "jsonl"));
        int limit = p.limit(100);
        String after = after(p, "actors");
        EventEndpoints.Page<Summary> page = EventEndpoints.page(
                stores.read().actors(p.text("name"), p.code("country"), p.code("sector"), after, limit + 1), limit);
        Formats.rows(ctx, format, page.items(), page.more() ? Cursor.encode("actors", page.last().name()) : null, SUMMARY_COLUMNS);
    }

    private void actor(Context ctx) throws SQLException {
        Params.of(ctx, Set.of());
        String name = name(ctx);
        Store store = stores.read(); // one connection for the whole answer
        Summary summary = store.actors(name, null, null, null, 50).stream().filter(s -> s.name().equalsIgnoreCase(name))
                .findFirst().orElse(null);
        List<ClaimRow> made = store.claims(new ClaimFilter(name, null, null, null, null, null, null), null, null, DETAIL);
        List<ClaimRow> about = store.claims(new ClaimFilter(null, name, null, null, null, null, null), null, null, DETAIL);
        if (summary == null && made.isEmpty() && about.isEmpty()) {
            throw ApiError.notFound("no actor named " + Params.clip(name));
        }
        List<EventRow> asActor = new ArrayList<>();
        List<EventRow> asRecipient = new ArrayList<>();
        for (EventRow e : store.events(EventQuery.all().withActor(name.replace("*", "")).withLimit(DETAIL))) {
            if (e.actors().stream().anyMatch(a -> name.equalsIgnoreCase(a.name()))) {
                asActor.add(e);
            }
            if (e.recipients().stream().anyMatch(a -> name.equalsIgnoreCase(a.name()))) {
                asRecipient.add(e);
            }
        }
        Json.send(ctx, Json.object("name", summary == null ? name : summary.name(), "summary", summary, "asActor", asActor,
                "asRecipient", asRecipient, "claimsMade", made, "claimsAbout", about));
    }

    private static String name(Context ctx) {
        String name = ctx.pathParam("name");
        if (name.isBlank() || name.length() > 300 || name.chars().anyMatch(c -> c < 0x20)) {
            throw ApiError.badRequest("name: 1 to 300 characters on one line");
        }
        return name.strip();
    }

    private void places(Context ctx) throws SQLException {
        Params p = Params.of(ctx, PLACES);
        String format = p.format(Set.of("csv", "jsonl", "geojson"));
        int limit = p.limit(100);
        String after = after(p, "places");
        EventEndpoints.Page<Summary> page = EventEndpoints.page(stores.read().places(p.text("name"), p.code("country"), after, limit + 1),
                limit);
        Formats.rows(ctx, format, page.items(), page.more() ? Cursor.encode("places", page.last().name()) : null, SUMMARY_COLUMNS);
    }

    private void sources(Context ctx) throws SQLException {
        Params p = Params.of(ctx, SOURCES);
        String format = p.format(Set.of("csv", "jsonl"));
        int limit = p.limit(100);
        String after = after(p, "sources");
        EventEndpoints.Page<Summary> page = EventEndpoints.page(stores.read().outlets(p.text("name"), after, limit + 1), limit);
        Formats.rows(ctx, format, page.items(), page.more() ? Cursor.encode("sources", page.last().name()) : null, SUMMARY_COLUMNS);
    }

    private void source(Context ctx) throws SQLException {
        Params.of(ctx, Set.of());
        String name = name(ctx);
        Store store = stores.read(); // one connection for the whole answer
        List<Summary> found = store.outlets(name, null, 1);
        if (found.isEmpty()) {
            throw ApiError.notFound("no source named " + Params.clip(name));
        }
        List<Object> coverage = new ArrayList<>();
        store.coverage(name).forEach((day, n) -> coverage.add(Json.object("day", day, "count", n)));
        Json.send(ctx, Json.object("summary", found.get(0), "coverage", coverage,
                "articles", store.articles(new ArticleFilter(name, null, null, null), null, DETAIL),
                "claims", store.claims(new ClaimFilter(null, null, null, null, name, null, null), null, null, DETAIL)));
    }

    private void search(Context ctx) throws SQLException {
        Params p = Params.of(ctx, SEARCH);
        String q = p.text("q");
        if (q == null) {
            throw ApiError.badRequest("q: the words to search for");
        }
        int limit = p.limit(50);
        EventQuery events = p.eventQuery().withText(q).withLimit(limit);
        Store store = stores.read(); // one connection for the whole answer
        Json.send(ctx, Json.object("q", q, "events", store.events(events),
                "articles", store.articles(new ArticleFilter(null, q, p.day("from"), p.day("to")), null, limit),
                "actors", store.actors(q, null, null, null, 20)));
    }

    private void changes(Context ctx) throws SQLException {
        Params p = Params.of(ctx, CHANGES);
        int limit = p.limit(500);
        List<String> cursor = Cursor.decode(p.text("cursor"), "changes", 1);
        Long after;
        try {
            after = cursor == null ? null : Long.parseLong(cursor.get(0));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("cursor: not a token this server issued");
        }
        EventEndpoints.Page<Change> page = EventEndpoints.page(stores.read().changes(p.instant("since"), after, limit + 1), limit);
        List<Object> items = new ArrayList<>();
        for (Change c : page.items()) {
            items.add(Json.object("seq", c.seq(), "action", c.action(), "id", c.articleId(), "key", c.key(),
                    "at", c.at().toString(), "href", c.action().equals("deleted") ? null : "/api/articles/" + c.articleId()));
        }
        // The next token also serves when a page came back short: hand it back later for what came since.
        String next = page.items().isEmpty() ? p.text("cursor")
                : Cursor.encode("changes", page.last().seq());
        Map<String, Object> body = Json.page(items, page.more() ? next : null);
        body.put("resume", next);
        Json.send(ctx, body);
    }

    private void health(Context ctx) throws SQLException {
        Params.of(ctx, Set.of());
        Store store = stores.read();
        Json.send(ctx, Json.object("status", "ok", "schema", store.schemaVersion(), "store",
                store.dialect().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private static String after(Params p, String kind) {
        List<String> cursor = Cursor.decode(p.text("cursor"), kind, 1);
        return cursor == null ? null : cursor.get(0);
    }

    private static Map<String, Function<ClaimRow, Object>> claimColumns() {
        Map<String, Function<ClaimRow, Object>> m = new LinkedHashMap<>();
        m.put("article_id", ClaimRow::articleId);
        m.put("claim_key", ClaimRow::claimKey);
        m.put("type", ClaimRow::type);
        m.put("certainty", ClaimRow::certainty);
        m.put("claimant", ClaimRow::claimant);
        m.put("claimant_country", ClaimRow::claimantCountry);
        m.put("cue", ClaimRow::cue);
        m.put("content", ClaimRow::content);
        m.put("attributed_to", ClaimRow::attributedTo);
        m.put("attributed_country", ClaimRow::attributedCountry);
        m.put("event_id", ClaimRow::eventId);
        m.put("incident", ClaimRow::incident);
        m.put("key", ClaimRow::key);
        m.put("url", ClaimRow::url);
        m.put("title", ClaimRow::title);
        m.put("outlet", ClaimRow::outlet);
        m.put("seen", ClaimRow::seen);
        return m;
    }

    private static Map<String, Function<Summary, Object>> summaryColumns() {
        Map<String, Function<Summary, Object>> m = new LinkedHashMap<>();
        m.put("name", Summary::name);
        m.put("country", Summary::country);
        m.put("detail", Summary::detail);
        m.put("count", Summary::count);
        m.put("other", Summary::other);
        m.put("lat", Summary::lat);
        m.put("lon", Summary::lon);
        m.put("first", Summary::first);
        m.put("last", Summary::last);
        return m;
    }
}
