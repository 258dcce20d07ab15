package org.herodotus.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.herodotus.extract.Extractor;
import org.herodotus.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching URLs from a server on this machine: pages, charsets, errors, redirects, limits. */
class HttpFetcherTest {

    private static final String STORY = "<html><head><title>Harbour reopens after storm</title></head><body><article><p>"
            + "The harbour of the coastal town reopened on Tuesday after the storm damaged two of its piers last week. ".repeat(4)
            + "</p></article></body></html>";

    private static HttpServer server;
    private static String base;
    /** Released when the tests end, so the slow handlers stop waiting. */
    private static final CountDownLatch DONE = new CountDownLatch(1);

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/story", ex -> send(ex, 200, "text/html; charset=utf-8", STORY.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/arabic", ex -> send(ex, 200, "text/html; charset=windows-1256", arabicPage()));
        server.createContext("/plain", ex -> send(ex, 200, "text/plain",
                "Dam repairs finished\n\nEngineers finished repairing the dam on Friday, the water authority said.".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>no such page</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/broken", ex -> send(ex, 500, "text/html", "<p>oops</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/busy", ex -> {
            ex.getResponseHeaders().add("Retry-After", "120");
            send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/moved", ex -> redirect(ex, "/hop"));
        server.createContext("/hop", ex -> redirect(ex, base + "/story"));
        server.createContext("/loop-a", ex -> redirect(ex, "/loop-b"));
        server.createContext("/loop-b", ex -> redirect(ex, "/loop-a"));
        server.createContext("/pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/huge", ex -> send(ex, 200, "text/html", new byte[70_000]));
        server.createContext("/slow", ex -> {
            try {
                DONE.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "text/html", STORY.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/trickle", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<html><body><p>The first words".getBytes(StandardCharsets.UTF_8));
                out.flush();
                DONE.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException | IOException e) {
                // the client gave up: that is what the test wants
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        DONE.countDown();
        server.stop(0);
    }

    private static byte[] arabicPage() {
        String html = "<html><head><title>افتتاح جسر جديد</title></head><body><article><p>"
                + "افتتحت السلطات المحلية صباح اليوم جسرا جديدا فوق النهر يربط الحي الشرقي بوسط المدينة بعد أعمال بناء استمرت ثلاث سنوات. ".repeat(3)
                + "</p></article></body></html>";
        return html.getBytes(Charset.forName("windows-1256"));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static List<Article> extract(HttpFetcher fetcher, String... urls) {
        List<Article> out = new ArrayList<>();
        Extractor extractor = new Extractor();
        new Sources(InputLimits.DEFAULT, fetcher).read(List.of(urls), doc -> out.add(extractor.extract(doc)));
        return out;
    }

    @Test
    void readsAPageGivenByUrlAsAnyFileInput() {
        try (HttpFetcher fetcher = new HttpFetcher()) {
            Article a = extract(fetcher, base + "/story").get(0);
            assertThat(a.errors()).isEmpty();
            assertThat(a.title()).isEqualTo("Harbour reopens after storm");
            assertThat(a.url()).isEqualTo(base + "/story");
            assertThat(a.text()).contains("reopened on Tuesday");
        }
    }

    @Test
    void decodesAPageInTheCharsetItsHeaderDeclares() {
        try (HttpFetcher fetcher = new HttpFetcher()) {
            Article a = extract(fetcher, base + "/arabic").get(0);
            assertThat(a.title()).isEqualTo("افتتاح جسر جديد");
            assertThat(a.text()).contains("جسرا جديدا");
        }
    }

    @Test
    void readsPlainTextServedAsText() {
        try (HttpFetcher fetcher = new HttpFetcher()) {
            Article a = extract(fetcher, base + "/plain").get(0);
            assertThat(a.title()).isEqualTo("Dam repairs finished");
        }
    }

    @Test
    void followsRedirectsAndKeepsTheFinalUrl() {
        try (HttpFetcher fetcher = new HttpFetcher()) {
            HttpFetcher.Fetched f = fetcher.fetch(base + "/moved");
            assertThat(f.ok()).isTrue();
            assertThat(f.url().toString()).isEqualTo(base + "/story");
            assertThat(extract(fetcher, base + "/moved").get(0).url()).isEqualTo(base + "/story");
        }
    }

    @Test
    void stopsAtARedirectLoopAndSaysSo() {
        try (HttpFetcher fetcher = new HttpFetcher()) {
            HttpFetcher.Fetched f = fetcher.fetch(base + "/loop-a");
            assertThat(f.ok()).isFalse();
            assertThat(f.error()).contains("redirect loop").contains("/loop-a -> " + base + "/loop-b -> " + base + "/loop-a");
        }
    }

    @Test
    void stopsAfterTheRedirectLimit() {
        HttpFetcher.Settings one = new HttpFetcher.Settings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1, 1 << 20, "test");
        try (HttpFetcher fetcher = new HttpFetcher(one)) {
            assertThat(fetcher.fetch(base + "/moved").error()).contains("more than 1 redirects");
        }
    }

    @Test
    void namesTheUrlAndStatusOfAnHttpError() {
        try (HttpFetcher fetcher = new HttpFetcher()) {
            List<Article> out = extract(fetcher, base + "/missing", base + "/broken", base + "/story");
            assertThat(out.get(0).errors()).containsExactly(base + "/missing: HTTP 404 Not Found");
            assertThat(out.get(1).errors()).containsExactly(base + "/broken: HTTP 500 Internal Server Error");
            assertThat(out.get(2).errors()).as("one bad URL does not stop the run").isEmpty();
        }
    }

    @Test
    void readsRetryAfterInSecondsAndAsADate() {
        try (HttpFetcher fetcher = new HttpFetcher()) {
            HttpFetcher.Fetched f = fetcher.fetch(base + "/busy");
            assertThat(f.status()).isEqualTo(429);
            assertThat(f.retryAfter()).contains(Duration.ofSeconds(120));
        }
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(HttpFetcher.parseRetryAfter("Sun, 01 Mar 2026 10:01:30 GMT", now)).isEqualTo(Duration.ofSeconds(90));
        assertThat(HttpFetcher.parseRetryAfter("soon", now)).isEqualTo(Duration.ZERO);
    }

    @Test
    void refusesAResponseThatIsNotAPage() {
        try (HttpFetcher fetcher = new HttpFetcher()) {
            assertThat(extract(fetcher, base + "/pdf").get(0).errors().get(0)).contains("not a web page or text (application/pdf)");
        }
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        HttpFetcher.Settings small = new HttpFetcher.Settings(Duration.ofSeconds(5), Duration.ofSeconds(10), 5, 65_536, "test");
        try (HttpFetcher fetcher = new HttpFetcher(small)) {
            assertThat(fetcher.fetch(base + "/huge").error()).contains("limit for one document");
        }
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        try (HttpFetcher fetcher = new HttpFetcher(HttpFetcher.Settings.DEFAULT.withTimeout(Duration.ofMillis(300)))) {
            assertThat(fetcher.fetch(base + "/slow").error()).isEqualTo(base + "/slow: no response within 300 ms");
        }
    }

    @Test
    void givesUpOnABodyThatNeverEnds() {
        try (HttpFetcher fetcher = new HttpFetcher(HttpFetcher.Settings.DEFAULT.withTimeout(Duration.ofMillis(500)))) {
            assertThat(fetcher.fetch(base + "/trickle").error()).isEqualTo(base + "/trickle: response not complete within 500 ms");
        }
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        try (HttpFetcher fetcher = new HttpFetcher()) {
            assertThat(fetcher.fetch("ftp://example.org/a").error()).contains("not an http(s) URL");
            assertThat(fetcher.fetch("http://exa mple.org/").error()).contains("not a valid URL");
        }
    }
}
