package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.herodotus.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herodotus watch}, and URLs given to {@code analyze} and {@code ingest}, against a news
 * site on this machine, with the full pipeline.
 */
class WatchCommandTest {

    private static final String LAGOS = "<html><head><title>Protesters block airport road in Lagos</title></head><body><article>"
            + "<h1>Protesters block airport road in Lagos</h1>"
            + "<p>Protesters blocked the road to the airport in Lagos on Wednesday, angry at a rise in fuel prices.</p>"
            + "<p>Police fired tear gas to disperse the crowd, witnesses said.</p></article></body></html>";
    private static final String KABUL = "<html><head><title>Rockets hit Kabul airport</title></head><body><article>"
            + "<h1>Rockets hit Kabul airport</h1>"
            + "<p>Militants fired rockets at Kabul airport on Monday, wounding two guards, the interior ministry said.</p>"
            + "<p>No group has claimed responsibility for the attack.</p></article></body></html>";

    @TempDir
    static Path tmp;

    private static HttpServer server;
    private static String base;
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", WatchCommandTest::answer);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        HITS.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        byte[] body;
        String type = "text/html; charset=utf-8";
        int status = 200;
        switch (path) {
            case "/news/lagos", "/desk/lagos" -> body = LAGOS.getBytes(StandardCharsets.UTF_8);
            case "/news/kabul", "/desk/kabul" -> body = KABUL.getBytes(StandardCharsets.UTF_8);
            case "/rss.xml", "/desk.xml" -> {
                // The desk's feed lists pages of their own, so the counts of the watch test stay its own.
                String dir = path.equals("/rss.xml") ? "/news/" : "/desk/";
                type = "application/rss+xml";
                body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>World</title><link>" + base + "/</link>"
                        + "<description>news</description>"
                        + "<item><title>Lagos</title><link>" + base + dir + "lagos</link><pubDate>Wed, 04 Mar 2026 10:00:00 GMT</pubDate></item>"
                        + "<item><title>Kabul</title><link>" + base + dir + "kabul</link><pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>"
                        + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                status = 404;
                type = "text/plain";
                body = "not found".getBytes(StandardCharsets.UTF_8);
            }
        }
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static int hits(String path) {
        AtomicInteger n = HITS.get(path);
        return n == null ? 0 : n.get();
    }

    /** Runs the launcher; returns its exit status and what it printed on standard error. */
    private static Object[] run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run(args);
        } finally {
            System.setErr(old);
        }
        return new Object[] {status, err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void watchStoresEachArticleOfAFeedOnceWithItsEventsAndArchivesWhatItFetched() throws Exception {
        Path feeds = Files.writeString(tmp.resolve("feeds.txt"), "# world news\n" + base + "/rss.xml  the world desk\n");
        String db = tmp.resolve("watch.duckdb").toString();
        String first = CliRun.stdout("watch", "--feeds", feeds.toString(), "--db", db, "--once", "--host-delay", "0s",
                "--threads", "2", "--published", "2026-03-04");
        assertThat(first).contains("poll: 1 feeds (0 failed), 2 items, 2 new; {stored=2}");
        // A second run, as after a restart: nothing new, nothing fetched again.
        String second = CliRun.stdout("watch", "--feeds", feeds.toString(), "--db", db, "--once", "--host-delay", "0s");
        assertThat(second).contains("poll: 0 feeds");
        assertThat(hits("/news/lagos")).isEqualTo(1);
        try (Store store = Store.openReadOnly(db)) {
            assertThat(store.counts().get("articles")).isEqualTo(2);
            assertThat(store.counts().get("events")).isPositive();
            assertThat(store.analysisJson(base + "/news/kabul").orElseThrow()).contains("Rockets hit Kabul airport");
        }
        try (Stream<Path> warc = Files.list(tmp.resolve("watch-warc"))) {
            assertThat(warc.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".warc.gz"));
        }
        String status = CliRun.stdout("watch", "--status", "--db", db);
        assertThat(status).contains("active").contains(base + "/rss.xml").contains("items/day");
    }

    @Test
    void serveWithWatchStoresTheFeedsArticlesWhileServingAndTheApiListsThem() throws Exception {
        Path feeds = Files.writeString(tmp.resolve("desk-feeds.txt"), base + "/desk.xml\n");
        String db = tmp.resolve("desk.duckdb").toString();
        CliRun.Result r = CliRun.result("serve", "--db", db, "--port", "0", "--check", "--watch", feeds.toString(),
                "--host-delay", "0s");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 new; {stored=2}");
        assertThat(r.out()).contains("GET /api/health -> 200").contains("GET /api/articles -> 200: 2 articles")
                .contains("Protesters block airport road in Lagos").contains("Rockets hit Kabul airport");
        // Served and watched again, as after a restart: the API still lists each article once.
        CliRun.Result again = CliRun.result("serve", "--db", db, "--port", "0", "--check", "--watch", feeds.toString(),
                "--host-delay", "0s");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("GET /api/articles -> 200: 2 articles");
        assertThat(hits("/desk/lagos")).isEqualTo(1);
        try (Stream<Path> warc = Files.list(tmp.resolve("desk-warc"))) {
            assertThat(warc.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".warc.gz"));
        }
    }

    @Test
    void serveRefusesToWatchOnAReadOnlyStoreOrWithABadFeedsFile() throws Exception {
        Path feeds = Files.writeString(tmp.resolve("ro-feeds.txt"), base + "/desk.xml\n");
        CliRun.Result ro = CliRun.result("serve", "--db", tmp.resolve("ro.duckdb").toString(), "--port", "0", "--check",
                "--read-only", "--watch", feeds.toString());
        assertThat(ro.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(ro.err()).contains("--read-only");
        CliRun.Result missing = CliRun.result("serve", "--db", tmp.resolve("m.duckdb").toString(), "--port", "0", "--check",
                "--watch", tmp.resolve("no-such-feeds.txt").toString());
        assertThat(missing.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such file");
        CliRun.Result every = CliRun.result("serve", "--db", tmp.resolve("m.duckdb").toString(), "--port", "0", "--check",
                "--watch", feeds.toString(), "--every", "often");
        assertThat(every.err()).contains("--every: not a duration: often");
    }

    @Test
    void analyzeAndIngestTakeUrlsAndNameTheOneThatFailed() throws Exception {
        Path out = tmp.resolve("urls.jsonl");
        Object[] r = run("analyze", base + "/news/lagos", base + "/news/gone", "--out", out.toString());
        assertThat(r[0]).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat((String) r[1]).contains(base + "/news/gone: HTTP 404 Not Found");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("\"url\":\"" + base + "/news/lagos\"").contains("Protesters blocked the road");
        String stored = CliRun.stdout("ingest", base + "/news/kabul", "--db", tmp.resolve("urls.duckdb").toString());
        assertThat(stored).contains("stored    " + base + "/news/kabul");
    }

    @Test
    void watchRefusesAFeedsFileWithALineThatIsNotAUrl() throws Exception {
        Path feeds = Files.writeString(tmp.resolve("bad-feeds.txt"), base + "/rss.xml\nworld news\n");
        Object[] r = run("watch", "--feeds", feeds.toString(), "--db", tmp.resolve("bad.duckdb").toString(), "--once");
        assertThat(r[0]).isEqualTo(ExitCodes.USAGE);
        assertThat((String) r[1]).contains(feeds + ":2: not an http(s) URL: world");
        Object[] noFeeds = run("watch", "--db", tmp.resolve("bad.duckdb").toString());
        assertThat(noFeeds[0]).isEqualTo(ExitCodes.USAGE);
        Object[] badEvery = run("watch", "--feeds", feeds.toString(), "--every", "often");
        assertThat((String) badEvery[1]).contains("--every: not a duration: often");
    }
}
