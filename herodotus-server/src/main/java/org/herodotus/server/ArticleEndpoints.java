package org.herodotus.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.herodotus.model.Analysis;
import org.herodotus.source.SourceDocument;
import org.herodotus.store.ArticleFilter;
import org.herodotus.store.ArticleRow;
import org.herodotus.store.IngestResult;
import org.herodotus.store.Store;
import org.herodotus.store.Store;

/**
 * {@code /api/articles}: stored articles, one article with its analysis, and writes: {@code POST}
 * analyses and stores a page, text or JSON object as {@code herodotus ingest} does; {@code DELETE}
 * removes an article. Writes need the write token.
 */
final class ArticleEndpoints {

    private static final Set<String> LIST = Set.of("outlet", "text", "from", "to", "limit", "cursor", "format");
    private static final Set<String> FORMATS = Set.of("csv", "jsonl");
    private static final Set<String> POST = Set.of("id", "url", "title", "published");
    private static final Map<String, Function<ArticleRow, Object>> COLUMNS = columns();

    private final Stores stores;
    private final ServerConfig config;
    /** Analyses run at most one per processor at a time; the others wait a while, then get 503. */
    private final Semaphore analysing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    ArticleEndpoints(ServerConfig config, Stores stores) {
        this.stores = stores;
        this.config = config;
    }

    void register(Javalin app) {
        app.get("/api/articles", this::list);
        app.get("/api/articles/{id}", this::one);
        app.post("/api/articles", this::post);
        app.delete("/api/articles/{id}", this::delete);
    }

    private void list(Context ctx) throws SQLException {
        Params p = Params.of(ctx, LIST);
        String format = p.format(FORMATS);
        int limit = p.limit(100);
        List<String> cursor = Cursor.decode(p.text("cursor"), "articles", 1);
        Long before;
        try {
            before = cursor == null ? null : Long.parseLong(cursor.get(0));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("cursor: not a token this server issued");
        }
        ArticleFilter f = new ArticleFilter(p.text("outlet"), p.text("text"), p.day("from"), p.day("to"));
        EventEndpoints.Page<ArticleRow> page = EventEndpoints.page(stores.read().articles(f, before, limit + 1), limit);
        Formats.rows(ctx, format, page.items(), page.more() ? Cursor.encode("articles", page.last().id()) : null, COLUMNS);
    }

    static long id(Context ctx) {
        try {
            long id = Long.parseLong(ctx.pathParam("id"));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("article id: a positive whole number");
    }

    private void one(Context ctx) throws SQLException, IOException {
        Params.of(ctx, Set.of());
        long id = id(ctx);
        Store store = stores.read(); // one connection for the whole answer
        ArticleRow article = store.article(id).orElseThrow(() -> ApiError.notFound("no article " + id));
        JsonNode analysis = Json.MAPPER.readTree(store.analysisJson(id).orElse("{}"));
        Json.send(ctx, Json.object("article", article, "analysis", analysis, "incidents", store.eventIncidents(id)));
    }

    private void delete(Context ctx) throws SQLException {
        Params.of(ctx, Set.of());
        long id = id(ctx);
        ArticleRow article = stores.write().article(id).orElseThrow(() -> ApiError.notFound("no article " + id));
        stores.write().delete(article.key());
        Json.send(ctx, Json.object("deleted", article.key(), "id", id));
    }

    private void post(Context ctx) throws SQLException, InterruptedException {
        Params p = Params.of(ctx, POST);
        byte[] body = Bodies.read(ctx, config.maxBodyBytes());
        SourceDocument doc = document(ctx, p, body);
        if (config.analyser() == null) {
            throw new ApiError(503, "this server analyses no documents (started without a pipeline)");
        }
        if (!analysing.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new ApiError(503, "busy analysing other documents; try again later");
        }
        Analysis analysis;
        try {
            analysis = config.analyser().analyse(doc);
        } finally {
            analysing.release();
        }
        if (analysis.text() == null || analysis.text().isBlank()) {
            throw new ApiError(422, "no article text found" + (analysis.errors().isEmpty() ? "" : ": " + analysis.errors()));
        }
        IngestResult r = stores.write().ingest(analysis);
        if (r.status() == IngestResult.Status.REJECTED) {
            throw new ApiError(422, "not stored: " + String.join("; ", r.problems()));
        }
        ctx.status(r.status() == IngestResult.Status.STORED ? 201 : 200);
        Json.send(ctx, Json.object("status", r.status().name().toLowerCase(Locale.ROOT), "key", r.key(), "id", r.articleId(),
                "events", r.events(), "claims", analysis.claims().size(), "copyOf", r.copyOf(), "warnings", analysis.errors(),
                "notes", analysis.notes()));
    }

    /** The posted body as a source document: an HTML page, plain text, or a JSON object as in JSON Lines input. */
    private static SourceDocument document(Context ctx, Params p, byte[] body) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String mime = type.split(";")[0].strip();
        String charset = charset(type);
        String id = p.text("id") != null ? p.text("id") : "posted-" + HexFormat.of().formatHex(sha(body), 0, 6);
        String url = url(p.text("url"));
        LocalDate published = date(p.text("published"), "published");
        switch (mime) {
            case "text/html", "application/xhtml+xml" -> {
                return new SourceDocument(id, "POST /api/articles", url, SourceDocument.Format.HTML, body, charset,
                        p.text("title"), published, null);
            }
            case "text/plain" -> {
                return new SourceDocument(id, "POST /api/articles", url, SourceDocument.Format.TEXT, body, charset,
                        p.text("title"), published, null);
            }
            case "application/json" -> {
                JsonNode n;
                try {
                    n = Json.MAPPER.readTree(body);
                } catch (IOException e) {
                    throw ApiError.badRequest("body: not JSON");
                }
                if (n == null || !n.isObject()) {
                    throw ApiError.badRequest("body: a JSON object with text or html, and optional id, url, title, published");
                }
                boolean html = n.hasNonNull("html");
                JsonNode content = html ? n.get("html") : n.get("text");
                if (content == null || !content.isTextual()) {
                    throw ApiError.badRequest("body: needs a text or html string");
                }
                return new SourceDocument(n.path("id").isTextual() ? n.get("id").asText() : id, "POST /api/articles",
                        n.path("url").isTextual() ? url(n.get("url").asText()) : url,
                        html ? SourceDocument.Format.HTML : SourceDocument.Format.TEXT,
                        content.asText().getBytes(StandardCharsets.UTF_8), "UTF-8",
                        n.path("title").isTextual() ? n.get("title").asText() : p.text("title"),
                        n.path("published").isTextual() ? date(n.get("published").asText(), "published") : published, null);
            }
            default -> throw new ApiError(415, "Content-Type: text/html, text/plain or application/json");
        }
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String t = part.strip();
            if (t.startsWith("charset=")) {
                String c = t.substring(8).replace("\"", "").strip();
                if (!c.matches("[a-z0-9._-]{1,40}")) {
                    throw ApiError.badRequest("Content-Type: charset not understood");
                }
                return c;
            }
        }
        return null;
    }

    /** Only web addresses are taken as an article's URL: they are shown as links. */
    private static String url(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://")) || url.length() > 2000) {
            throw ApiError.badRequest("url: an http or https address");
        }
        return url;
    }

    private static LocalDate date(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + ": not a date (YYYY-MM-DD)");
        }
    }

    private static byte[] sha(byte[] body) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(body);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Function<ArticleRow, Object>> columns() {
        Map<String, Function<ArticleRow, Object>> m = new LinkedHashMap<>();
        m.put("id", ArticleRow::id);
        m.put("key", ArticleRow::key);
        m.put("url", ArticleRow::url);
        m.put("title", ArticleRow::title);
        m.put("outlet", ArticleRow::outlet);
        m.put("published", ArticleRow::published);
        m.put("seen", ArticleRow::seen);
        m.put("language", ArticleRow::language);
        m.put("copy_of", ArticleRow::copyOf);
        m.put("ingested", ArticleRow::ingested);
        return m;
    }

    /** Reading request bodies within the size limit. */
    static final class Bodies {
        private Bodies() {
        }

        /** The body, at most {@code max} bytes; 413 when larger, 400 when empty. */
        static byte[] read(Context ctx, long max) {
            long declared = ctx.req().getContentLengthLong();
            if (declared > max) {
                throw new ApiError(413, "body larger than the " + max + "-byte limit");
            }
            try (InputStream in = ctx.req().getInputStream()) {
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (body.length > max) {
                    throw new ApiError(413, "body larger than the " + max + "-byte limit");
                }
                if (body.length == 0) {
                    throw ApiError.badRequest("body: empty");
                }
                return body;
            } catch (IOException e) {
                throw ApiError.badRequest("body: could not be read");
            }
        }
    }
}
