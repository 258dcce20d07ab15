package org.herodotus.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyst's desk: one HTTP server with the REST API under {@code /api/} and the web UI at
 * {@code /}, on one store.
 *
 * <pre>{@code
 * try (DeskServer desk = DeskServer.start(ServerConfig.of(store).withAddress("127.0.0.1", 8080))) {
 *     System.out.println(desk.url());
 *     desk.join();
 * }
 * }</pre>
 *
 * <p>Security: every response carries a strict Content-Security-Policy (scripts, styles, images
 * and data only from this server; no inline script, no frames), and the UI writes text into
 * the page only as text. Writes ({@code POST}, {@code DELETE}) need the write token as
 * {@code Authorization: Bearer …}, compared in constant time; with no write token configured,
 * every write is refused. Reads are open unless a read token is configured; then every read of
 * the API needs it (or the write token) the same way, except the API's own description. The web
 * UI asks the user for the read token and sends it as that header.
 */
public final class DeskServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskServer.class);

    /** The Content-Security-Policy of every response. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final String WEB = "/org/herodotus/server/web";
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE,
            HandlerType.PATCH);

    /**
     * What a read token does not guard: the API's description, which holds nothing from the
     * store, so that its page can be read by a browser that cannot send the header.
     */
    private static final Set<String> PUBLIC = Set.of("/api/openapi.json", "/api/docs");

    private final Javalin app;
    private final ServerConfig config;
    private final Stores stores;

    private DeskServer(Javalin app, ServerConfig config, Stores stores) {
        this.app = app;
        this.config = config;
        this.stores = stores;
    }

    /** Starts a server as {@code config} says; it listens once this returns. */
    public static DeskServer start(ServerConfig config) throws java.sql.SQLException {
        Stores stores = new Stores(config.store(), config.readers());
        try {
            return start(config, stores);
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
    }

    private static DeskServer start(ServerConfig config, Stores stores) {
        Tokens writeToken = new Tokens(config.writeToken());
        Tokens readToken = new Tokens(config.readToken());
        Map<String, String> headers = securityHeaders();
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB;
                files.location = Location.CLASSPATH;
                files.headers = headers;
            });
        });
        app.before(ctx -> headers.forEach(ctx::header));
        app.before("/api/*", ctx -> {
            if (WRITES.contains(ctx.method())) {
                if (!writeToken.configured()) {
                    throw new ApiError(403, "writes are disabled: start the server with a write token");
                }
                if (!writeToken.accepts(ctx.header("Authorization"))) {
                    ctx.header("WWW-Authenticate", "Bearer");
                    throw new ApiError(401, "writes need the write token: Authorization: Bearer TOKEN");
                }
            } else if (readToken.configured() && !PUBLIC.contains(ctx.path()) && !readToken.accepts(ctx.header("Authorization"))
                    && !writeToken.accepts(ctx.header("Authorization"))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiError(401, "reads need the read token: Authorization: Bearer TOKEN");
            }
        });
        new EventEndpoints(stores).register(app);
        new IncidentEndpoints(stores).register(app);
        new ArticleEndpoints(config, stores).register(app);
        new DirectoryEndpoints(stores).register(app);
        app.get("/api/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json; charset=utf-8"));
        app.get("/api/docs", ctx -> resource(ctx, "api.html", "text/html; charset=utf-8"));
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            // The details go to the log, not to the client.
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        app.error(404, ctx -> {
            String written = ctx.res().getContentType();
            if (ctx.path().startsWith("/api/") && (written == null || !written.startsWith("application/json"))) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + Params.clip(ctx.path()));
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + Params.clip(ctx.path())));
        // After handlers run whether or not the request failed: the reader goes back to the pool.
        app.after(ctx -> stores.release());
        app.start(config.bind(), config.port());
        return new DeskServer(app, config, stores);
    }

    private static Map<String, String> securityHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cache-Control", "no-store");
        return h;
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        Json.send(ctx, Json.error(status, message == null ? "error" : message));
    }

    private static void resource(Context ctx, String name, String type) throws IOException {
        try (InputStream in = DeskServer.class.getResourceAsStream(WEB + "/" + name)) {
            if (in == null) {
                throw ApiError.notFound("missing resource " + name);
            }
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    /** How many reader connections are free now (all of them between requests). */
    int freeReaders() {
        return stores.freeReaders();
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The address of the web UI, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        if (host.equals("0.0.0.0") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        return "http://" + host + ":" + port() + "/";
    }

    /** Waits until the server stops (another thread closes it, or the process ends). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            stores.close();
        }
    }
}
