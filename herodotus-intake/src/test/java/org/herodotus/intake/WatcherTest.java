package org.herodotus.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.herodotus.extract.Extractor;
import org.herodotus.model.Analysis;
import org.herodotus.source.HttpFetcher;
import org.herodotus.source.SourceDocument;
import org.herodotus.source.Sources;
import org.herodotus.store.IntakeState;
import org.herodotus.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polling feeds from a news site on this machine: each article fetched and stored once across
 * polls and restarts, politeness, changed pages, failures of every kind, the WARC archive.
 */
class WatcherTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static Extractor extractor;

    @TempDir
    Path tmp;

    private NewsSite site;
    private Store store;
    private HttpFetcher http;
    private WarcArchive archive;
    private final MovableClock clock = new MovableClock(T0);
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void loadExtractor() {
        extractor = new Extractor();
    }

    @BeforeEach
    void start() throws Exception {
        site = new NewsSite();
        site.route("/robots.txt", ex -> NewsSite.send(ex, 200, "text/plain",
                "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8), Map.of()));
        store = Store.open(storePath());
        http = new HttpFetcher(HttpFetcher.Settings.DEFAULT.withTimeout(Duration.ofSeconds(20)));
        archive = new WarcArchive(tmp.resolve("warc"));
    }

    @AfterEach
    void stop() throws Exception {
        archive.close();
        http.close();
        if (store != null) {
            store.close();
        }
        site.close();
    }

    private String storePath() {
        return tmp.resolve("intake.duckdb").toString();
    }

    /** A clock the test moves; the watcher never waits for real time. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private PoliteFetcher politeFetcher(HttpFetcher fetcher) {
        // No delay between requests to the one local host; waits are recorded, never slept.
        PoliteFetcher.Settings polite = new PoliteFetcher.Settings(4, Duration.ZERO, 3, Duration.ofSeconds(2), Duration.ofMinutes(2));
        return new PoliteFetcher(fetcher, polite, waits::add, f -> {
            try {
                archive.write(f);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private Watcher watcher(Function<SourceDocument, Analysis> analyser) {
        return new Watcher(store, politeFetcher(http), analyser, PollSchedule.around(Duration.ofMinutes(15)), 4, clock, log::add);
    }

    private Watcher watcher() {
        return watcher(WatcherTest::analyse);
    }

    private static Analysis analyse(SourceDocument doc) {
        return Analysis.of(extractor.extract(doc));
    }

    private static String story(String place, int n) {
        return "Officials in " + place + " said on Monday that ferry number " + n + " would resume its crossings to the islands "
                + "once engineers had finished repairing the engine damaged in last week's storm, and that passengers "
                + "holding tickets for cancelled sailings would be offered seats on the first boats.";
    }

    /** {@code count} article pages under {@code prefix}, published on the site; their entries. */
    private List<NewsSite.Entry> articles(String prefix, String place, int count) {
        List<NewsSite.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String path = prefix + "/story-" + i;
            String title = "Ferry " + i + " returns to service in " + place;
            site.page(path, title, story(place, i));
            entries.add(new NewsSite.Entry(path, title, T0.minus(Duration.ofMinutes(i))));
        }
        return entries;
    }

    private long articleCount() throws Exception {
        return store.counts().get("articles");
    }

    private void nextPoll() {
        clock.advance(Duration.ofHours(2)); // past the longest interval: every feed is due
    }

    @Test
    void storesTheArticlesOfRssAtomAndNewsSitemapFeedsOnce() throws Exception {
        site.rss("/rss.xml", articles("/rss", "Piraeus", 3));
        site.atom("/atom.xml", articles("/atom", "Patras", 3));
        site.sitemap("/news-sitemap.xml", articles("/map", "Heraklion", 3));
        List<String> feeds = List.of(site.url("/rss.xml"), site.url("/atom.xml"), site.url("/news-sitemap.xml"));

        Watcher.PollReport first = watcher().poll(feeds);
        assertThat(first.errors()).isEmpty();
        assertThat(first.feedsPolled()).isEqualTo(3);
        assertThat(first.count("stored")).isEqualTo(9);
        assertThat(articleCount()).isEqualTo(9);

        nextPoll();
        Watcher.PollReport second = watcher().poll(feeds);
        assertThat(second.fresh()).isZero();
        assertThat(second.counts()).isEmpty();
        assertThat(articleCount()).isEqualTo(9);
        assertThat(site.hits("/rss/story-2")).as("an article seen is never fetched again").isEqualTo(1);
        assertThat(store.analysisJson(site.url("/atom/story-1")).orElseThrow()).contains("Ferry 1 returns to service in Patras");
    }

    @Test
    void asksForAFeedWithItsValidatorsAndSkipsItWhenNotModified() throws Exception {
        site.rss("/rss.xml", articles("/rss", "Piraeus", 2));
        List<String> feeds = List.of(site.url("/rss.xml"));
        watcher().poll(feeds);
        nextPoll();
        Watcher.PollReport second = watcher().poll(feeds);
        assertThat(site.hits("/rss.xml")).isEqualTo(2);
        assertThat(second.items()).as("a 304 lists nothing").isZero();
        assertThat(log).anyMatch(l -> l.contains("not modified"));
    }

    @Test
    void fiftyFeedsOfTwentyItemsStoreEachArticleOnceOverThreePollsAndARestart() throws Exception {
        List<String> feeds = new ArrayList<>();
        for (int f = 1; f <= 50; f++) {
            List<NewsSite.Entry> entries = articles("/f" + f, "Port " + f, 20);
            if (f % 5 == 0) {
                // Some stories are listed by two feeds: still one fetch, one article.
                entries.add(new NewsSite.Entry("/f" + (f - 1) + "/story-1", "Ferry 1 returns", T0.minus(Duration.ofMinutes(1))));
            }
            String path = "/feed-" + f + (f % 3 == 0 ? ".atom" : ".rss");
            if (f % 3 == 0) {
                site.atom(path, entries);
            } else {
                site.rss(path, entries);
            }
            feeds.add(site.url(path));
        }
        // The first poll is cut short after 300 articles: the process is told to stop.
        AtomicInteger analysed = new AtomicInteger();
        Watcher[] first = new Watcher[1];
        first[0] = watcher(doc -> {
            if (analysed.incrementAndGet() == 300) {
                first[0].stop();
            }
            return analyse(doc);
        });
        Watcher.PollReport cut = first[0].poll(feeds);
        assertThat(cut.stopped()).isTrue();
        long afterFirst = articleCount();
        assertThat(afterFirst).isBetween(300L, 999L);

        // Restart: a new process opens the store again.
        store.close();
        store = Store.open(storePath());
        for (int poll = 2; poll <= 3; poll++) {
            nextPoll();
            Watcher.PollReport r = watcher().poll(feeds);
            assertThat(r.errors()).isEmpty();
        }
        assertThat(articleCount()).isEqualTo(1000);
        assertThat(new IntakeState(store).seenCount()).isEqualTo(1000);
        for (int f = 1; f <= 50; f++) {
            for (int i = 1; i <= 20; i++) {
                assertThat(site.hits("/f" + f + "/story-" + i)).as("fetches of /f%d/story-%d", f, i).isEqualTo(1);
            }
        }
    }

    @Test
    void replacesAnArticleWhoseFeedDateChangedInsteadOfStoringItTwice() throws Exception {
        site.page("/news/bridge", "Bridge closed after crack found", story("Larissa", 1));
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/news/bridge", "Bridge closed", T0)));
        List<String> feeds = List.of(site.url("/rss.xml"));
        watcher().poll(feeds);

        site.page("/news/bridge", "Bridge closed after crack found", "Engineers in Larissa said on Tuesday the crack in the "
                + "bridge was deeper than first thought and the crossing would stay closed for at least a month while the "
                + "pier is rebuilt, the regional governor told reporters at the site.");
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/news/bridge", "Bridge closed", T0.plus(Duration.ofHours(1)))));
        nextPoll();
        Watcher.PollReport second = watcher().poll(feeds);
        assertThat(second.count("replaced")).isEqualTo(1);
        assertThat(articleCount()).isEqualTo(1);
        assertThat(store.analysisJson(site.url("/news/bridge")).orElseThrow()).contains("deeper than first thought");
    }

    @Test
    void asksAgainWithTheArticlesETagWhenOnlyTheFeedDateChanged() throws Exception {
        site.page("/news/port", "Port reopens", story("Volos", 2));
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/news/port", "Port reopens", T0)));
        List<String> feeds = List.of(site.url("/rss.xml"));
        watcher().poll(feeds);
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/news/port", "Port reopens", T0.plus(Duration.ofHours(1)))));
        nextPoll();
        Watcher.PollReport second = watcher().poll(feeds);
        assertThat(second.count("not-modified")).isEqualTo(1);
        assertThat(articleCount()).isEqualTo(1);
    }

    @Test
    void neverFetchesWhatRobotsTxtDisallows() throws Exception {
        site.page("/private/memo", "Internal memo", story("Nowhere", 3));
        site.page("/news/open", "Open story", story("Kavala", 4));
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/private/memo", "Memo", T0), new NewsSite.Entry("/news/open", "Open", T0)));
        Watcher.PollReport r = watcher().poll(List.of(site.url("/rss.xml")));
        assertThat(r.count("disallowed")).isEqualTo(1);
        assertThat(r.count("stored")).isEqualTo(1);
        assertThat(site.hits("/private/memo")).isZero();
        assertThat(site.hits("/robots.txt")).as("robots.txt read once per host").isEqualTo(1);
    }

    @Test
    void waitsAsLongAsRetryAfterSaysAndThenStoresTheArticle() throws Exception {
        site.page("/news/busy-ok", "Storm warning issued", story("Chania", 5));
        AtomicInteger calls = new AtomicInteger();
        NewsSite.Route ok = exchange -> NewsSite.send(exchange, 200, "text/html; charset=utf-8",
                ("<html><head><title>Storm warning issued</title></head><body><article><p>" + story("Chania", 5) + "</p><p>"
                        + story("Chania", 6) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8), Map.of());
        site.route("/news/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                NewsSite.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "7"));
            } else {
                ok.answer(ex);
            }
        });
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/news/busy", "Storm", T0)));
        Watcher.PollReport r = watcher().poll(List.of(site.url("/rss.xml")));
        assertThat(r.count("stored")).isEqualTo(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void backsOffExponentiallyOnServerErrorsAndLeavesTheArticleForTheNextPoll() throws Exception {
        AtomicInteger failing = new AtomicInteger(3);
        site.route("/news/flaky", ex -> {
            if (failing.getAndDecrement() > 0) {
                NewsSite.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8), Map.of());
            } else {
                NewsSite.send(ex, 200, "text/html", ("<html><head><title>Flood barrier holds</title></head><body><article><p>"
                        + story("Preveza", 7) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8), Map.of());
            }
        });
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/news/flaky", "Flood", T0)));
        List<String> feeds = List.of(site.url("/rss.xml"));
        Watcher.PollReport first = watcher().poll(feeds);
        assertThat(first.count("deferred")).isEqualTo(1);
        assertThat(first.errors()).singleElement().asString().contains("HTTP 503");
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(new IntakeState(store).seen(site.url("/news/flaky"))).as("not remembered: tried again").isEmpty();

        nextPoll();
        Watcher.PollReport second = watcher().poll(feeds);
        assertThat(site.hits("/rss.xml")).as("no validators kept while an item is unfinished: fetched whole").isEqualTo(2);
        assertThat(second.count("stored")).isEqualTo(1);
    }

    @Test
    void remembersAMissingPageAsGoneAndDoesNotAskAgain() throws Exception {
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/news/deleted", "Deleted", T0)));
        List<String> feeds = List.of(site.url("/rss.xml"));
        Watcher.PollReport first = watcher().poll(feeds);
        assertThat(first.count("gone")).isEqualTo(1);
        assertThat(first.errors()).containsExactly(site.url("/news/deleted") + ": HTTP 404 Not Found");
        nextPoll();
        watcher().poll(feeds);
        assertThat(site.hits("/news/deleted")).isEqualTo(1);
    }

    @Test
    void reportsARedirectLoopAndASlowPageWithoutStoppingTheOthers() throws Exception {
        site.route("/news/loop-a", ex -> {
            ex.getResponseHeaders().add("Location", "/news/loop-b");
            ex.sendResponseHeaders(301, -1);
        });
        site.route("/news/loop-b", ex -> {
            ex.getResponseHeaders().add("Location", "/news/loop-a");
            ex.sendResponseHeaders(301, -1);
        });
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        site.route("/news/slow", ex -> {
            try {
                release.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        site.page("/news/fine", "Museum reopens", story("Nafplio", 8));
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/news/loop-a", "Loop", T0), new NewsSite.Entry("/news/slow", "Slow", T0),
                new NewsSite.Entry("/news/fine", "Fine", T0)));
        try (HttpFetcher quick = new HttpFetcher(HttpFetcher.Settings.DEFAULT.withTimeout(Duration.ofMillis(400)))) {
            Watcher w = new Watcher(store, politeFetcher(quick), WatcherTest::analyse, PollSchedule.around(Duration.ofMinutes(15)),
                    2, clock, log::add);
            Watcher.PollReport r = w.poll(List.of(site.url("/rss.xml")));
            assertThat(r.count("stored")).isEqualTo(1);
            assertThat(r.count("failed")).isEqualTo(1);
            assertThat(r.count("deferred")).as("a timeout may pass: tried again next poll").isEqualTo(1);
            assertThat(r.errors()).anyMatch(e -> e.contains("redirect loop"));
            assertThat(r.errors()).anyMatch(e -> e.contains("/news/slow: no response within 400 ms"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void storesAPageInTheCharsetItsServerDeclares() throws Exception {
        String text = "La municipalité de Liège a annoncé lundi que le pont de la Boverie rouvrira à la circulation après "
                + "des travaux de réparation, a déclaré l'échevin chargé des travaux publics devant le conseil communal.";
        site.page("/fr/pont", "Le pont de la Boverie rouvre", text, Charset.forName("ISO-8859-1"));
        site.rss("/rss.xml", List.of(new NewsSite.Entry("/fr/pont", "Pont", T0)));
        watcher().poll(List.of(site.url("/rss.xml")));
        assertThat(store.analysisJson(site.url("/fr/pont")).orElseThrow()).contains("municipalité de Liège");
    }

    @Test
    void recordsFeedFailuresAndPausesAFeedThatKeepsFailing() throws Exception {
        site.bytes("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel><item><title>cut".getBytes(StandardCharsets.UTF_8));
        site.rss("/good.xml", articles("/good", "Corfu", 1));
        List<String> feeds = List.of(site.url("/broken.xml"), site.url("/good.xml"), site.url("/missing.xml"));
        Watcher.PollReport first = watcher().poll(feeds);
        assertThat(first.feedsFailed()).isEqualTo(2);
        assertThat(first.count("stored")).isEqualTo(1);
        assertThat(first.errors()).anyMatch(e -> e.startsWith(site.url("/broken.xml") + ": not a readable RSS"));
        assertThat(first.errors()).anyMatch(e -> e.startsWith(site.url("/missing.xml") + ": HTTP 404"));
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofDays(1));
            watcher().poll(feeds);
        }
        IntakeState state = new IntakeState(store);
        IntakeState.Feed broken = state.feed(site.url("/broken.xml")).orElseThrow();
        assertThat(broken.paused()).isTrue();
        assertThat(broken.consecutiveFailures()).isEqualTo(5);
        assertThat(broken.lastError()).contains("not a readable RSS");
        assertThat(site.hits("/broken.xml")).as("not polled once paused").isEqualTo(5);
        IntakeState.Feed good = state.feed(site.url("/good.xml")).orElseThrow();
        assertThat(good.paused()).isFalse();
        assertThat(good.itemsTotal()).isEqualTo(1);
        assertThat(good.lastSuccess()).isEqualTo(clock.instant());
    }

    @Test
    void followsASitemapIndexToItsNewsSitemaps() throws Exception {
        site.sitemap("/sitemaps/a.xml", articles("/a", "Rhodes", 2));
        site.sitemap("/sitemaps/b.xml", articles("/b", "Kos", 2));
        String index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + site.url("/sitemaps/a.xml") + "</loc></sitemap><sitemap><loc>" + site.url("/sitemaps/b.xml")
                + "</loc></sitemap></sitemapindex>";
        site.bytes("/sitemap.xml", "application/xml", index.getBytes(StandardCharsets.UTF_8));
        Watcher.PollReport r = watcher().poll(List.of(site.url("/sitemap.xml")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.count("stored")).isEqualTo(4);
    }

    @Test
    void archivesEveryPageFetchedAsWarcThatCanBeAnalysedAgain() throws Exception {
        site.rss("/rss.xml", articles("/rss", "Thessaloniki", 3));
        watcher().poll(List.of(site.url("/rss.xml")));
        archive.close();
        List<Path> files;
        try (Stream<Path> s = Files.list(tmp.resolve("warc"))) {
            files = s.filter(p -> p.toString().endsWith(".warc.gz")).toList();
        }
        assertThat(files).hasSize(1);
        List<SourceDocument> docs = new ArrayList<>();
        new Sources().read(files.get(0).toString(), docs::add);
        assertThat(docs).extracting(SourceDocument::url).contains(site.url("/rss/story-1"), site.url("/rss/story-2"),
                site.url("/rss/story-3"));
        SourceDocument story = docs.stream().filter(d -> site.url("/rss/story-2").equals(d.url())).findFirst().orElseThrow();
        assertThat(extractor.extract(story).text()).contains("ferry number 2");
    }

    @Test
    void anArticleStoredButNotYetRememberedIsNotStoredTwice() throws Exception {
        site.rss("/rss.xml", articles("/rss", "Kalamata", 2));
        watcher().poll(List.of(site.url("/rss.xml")));
        // A crash after the store committed the article and before the URL was remembered:
        onTheDatabaseFile("DELETE FROM intake_seen WHERE url = '" + site.url("/rss/story-1") + "'", "DELETE FROM intake_feeds");
        nextPoll();
        Watcher.PollReport r = watcher().poll(List.of(site.url("/rss.xml")));
        assertThat(r.count("unchanged")).isEqualTo(1);
        assertThat(articleCount()).isEqualTo(2);
    }

    /** Runs {@code sql} on the store's database file with the store closed, then opens it again. */
    private void onTheDatabaseFile(String... sql) throws Exception {
        store.close();
        store = null;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + storePath()); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
        store = Store.open(storePath());
    }
}
