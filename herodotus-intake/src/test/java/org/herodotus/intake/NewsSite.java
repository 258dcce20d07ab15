package org.herodotus.intake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on this machine for the intake tests: article pages with ETags that answer a
 * conditional GET with 304, RSS and Atom feeds, news sitemaps, robots.txt, and any status a test
 * wants; it counts the requests for each path.
 */
final class NewsSite implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Route {
        void answer(HttpExchange ex) throws IOException;
    }

    /** A feed entry: path of the article page, title, date. */
    record Entry(String path, String title, Instant stamp) {
    }

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final String base;

    NewsSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            Route r = routes.get(path);
            try {
                if (r == null) {
                    send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), Map.of());
                } else {
                    r.answer(ex);
                }
            } finally {
                ex.close();
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return base + path;
    }

    int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    void route(String path, Route r) {
        routes.put(path, r);
    }

    /** An article page: an HTML story whose ETag is its content's hash. */
    void page(String path, String title, String paragraph) {
        String html = "<html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + paragraph + "</p><p>" + paragraph + "</p></article></body></html>";
        bytes(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A page in another charset, declared only in the Content-Type header. */
    void page(String path, String title, String paragraph, Charset charset) {
        String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + paragraph + "</p><p>" + paragraph + "</p></article></body></html>";
        bytes(path, "text/html; charset=" + charset.name(), html.getBytes(charset));
    }

    /** Serves {@code body} with an ETag, answering If-None-Match with 304. */
    void bytes(String path, String type, byte[] body) {
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        routes.put(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(304, -1);
                return;
            }
            send(ex, 200, type, body, Map.of("ETag", etag));
        });
    }

    /** An RSS 2.0 feed of {@code entries}. */
    void rss(String path, List<Entry> entries) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test feed</title><link>" + base + "/</link><description>news</description>\n");
        DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
        for (Entry e : entries) {
            b.append("<item><title>").append(e.title()).append("</title><link>").append(base).append(e.path())
                    .append("</link><pubDate>").append(rfc.format(e.stamp())).append("</pubDate></item>\n");
        }
        b.append("</channel></rss>\n");
        bytes(path, "application/rss+xml; charset=utf-8", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** An Atom feed of {@code entries}. */
    void atom(String path, List<Entry> entries) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Test feed</title><id>urn:test:" + path + "</id><updated>2026-03-02T09:00:00Z</updated>\n");
        for (Entry e : entries) {
            b.append("<entry><title>").append(e.title()).append("</title><link rel=\"alternate\" href=\"").append(base)
                    .append(e.path()).append("\"/><id>urn:test:").append(e.path()).append("</id><updated>")
                    .append(e.stamp()).append("</updated></entry>\n");
        }
        b.append("</feed>\n");
        bytes(path, "application/atom+xml", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A news sitemap of {@code entries}. */
    void sitemap(String path, List<Entry> entries) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (Entry e : entries) {
            b.append("<url><loc>").append(base).append(e.path()).append("</loc><news:news><news:publication><news:name>Test</news:name>"
                    + "<news:language>en</news:language></news:publication><news:publication_date>").append(e.stamp())
                    .append("</news:publication_date><news:title>").append(e.title()).append("</news:title></news:news></url>\n");
        }
        b.append("</urlset>\n");
        bytes(path, "application/xml", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange ex, int status, String type, byte[] body, Map<String, String> headers) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
