package org.herodotus.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.herodotus.model.Analysis;
import org.herodotus.source.HttpFetcher;
import org.herodotus.source.SourceDocument;
import org.herodotus.source.Sources;
import org.herodotus.store.ArticleKeys;
import org.herodotus.store.IngestResult;
import org.herodotus.store.IntakeState;
import org.herodotus.store.Store;

/**
 * One poll of a list of feeds: each feed that is due (and not paused) is fetched with a
 * conditional GET, its new items (and items whose date changed) are fetched politely, analysed
 * and stored, on a few worker threads; what was seen and the health of each feed are kept in the
 * store. A URL is remembered only once its article is stored, so a poll cut short (a stop, a
 * crash) loses nothing: the next poll takes up what was left, and an article stored but not yet
 * remembered is found unchanged by the store, never stored twice.
 */
public final class Watcher {

    /** Sitemaps read from one sitemap index in one poll, at most. */
    private static final int MAX_CHILD_SITEMAPS = 50;

    /**
     * What one poll did.
     *
     * @param feedsPolled  feeds fetched
     * @param feedsFailed  feeds whose fetch or parse failed
     * @param items        items listed by the feeds polled
     * @param fresh        items whose URL was not seen before
     * @param counts       what became of the articles fetched, by outcome (stored, replaced,
     *                     unchanged, not-modified, failed, disallowed, gone, deferred)
     * @param errors       one line per problem, naming the feed or URL
     * @param stopped      whether the poll was stopped before it finished
     */
    public record PollReport(int feedsPolled, int feedsFailed, int items, int fresh, Map<String, Integer> counts,
                             List<String> errors, boolean stopped) {

        /** How many articles ended with {@code outcome}. */
        public int count(String outcome) {
            return counts.getOrDefault(outcome, 0);
        }
    }

    private final Store store;
    private final IntakeState state;
    private final PoliteFetcher fetcher;
    private final Function<SourceDocument, Analysis> analyser;
    private final PollSchedule schedule;
    private final int threads;
    private final Clock clock;
    private final Consumer<String> log;
    private final AtomicBoolean stopping = new AtomicBoolean();

    /**
     * A watcher storing into {@code store}, fetching with {@code fetcher}, analysing with
     * {@code analyser} (which must not throw: failures go in the Analysis's errors) on
     * {@code threads} workers; {@code log} receives one line per feed polled.
     */
    public Watcher(Store store, PoliteFetcher fetcher, Function<SourceDocument, Analysis> analyser, PollSchedule schedule,
                   int threads, Clock clock, Consumer<String> log) {
        this.store = store;
        this.state = new IntakeState(store);
        this.fetcher = fetcher;
        this.analyser = analyser;
        this.schedule = schedule;
        this.threads = Math.max(1, threads);
        this.clock = clock;
        this.log = log;
    }

    /** Asks a running poll to finish the articles in flight and start no others. */
    public void stop() {
        stopping.set(true);
    }

    /** Whether {@link #stop} was called. */
    public boolean stopped() {
        return stopping.get();
    }

    /** The earliest time one of {@code feeds} (not paused) is due; now when one was never polled. */
    public Instant nextDue(List<String> feeds) throws SQLException {
        Instant now = clock.instant();
        Instant earliest = null;
        for (String url : feeds) {
            Optional<IntakeState.Feed> f = state.feed(url);
            if (f.isEmpty() || f.get().nextPoll() == null) {
                return now;
            }
            if (f.get().paused()) {
                continue;
            }
            if (earliest == null || f.get().nextPoll().isBefore(earliest)) {
                earliest = f.get().nextPoll();
            }
        }
        return earliest == null ? now.plus(schedule.max()) : earliest;
    }

    /** Polls every feed of {@code feeds} that is due now and not paused. */
    public PollReport poll(List<String> feeds) throws SQLException, InterruptedException {
        Instant now = clock.instant();
        Poll poll = new Poll();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "herodotus-intake");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> work = new ArrayList<>();
        List<FeedPoll> polled = new ArrayList<>();
        try {
            for (String url : feeds) {
                if (stopping.get()) {
                    break;
                }
                IntakeState.Feed feed = state.feed(url).orElse(IntakeState.Feed.fresh(url, schedule.every()));
                if (feed.paused() || feed.nextPoll() != null && feed.nextPoll().isAfter(now)) {
                    continue;
                }
                FeedPoll fp = pollFeed(feed, now, poll);
                if (fp == null) {
                    continue;
                }
                polled.add(fp);
                for (FeedItem item : fp.items) {
                    work.add(workers.submit(() -> {
                        if (!article(url, item, poll)) {
                            fp.unfinished.set(true);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : work) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof SQLException s) {
                        throw s;
                    }
                    poll.error("intake failed: " + cause);
                }
            }
            // Only now, with every item of a feed done, may the feed be asked "anything new since
            // this response?": validators saved earlier would hide unfinished items after a crash.
            for (FeedPoll fp : polled) {
                if (!fp.unfinished.get() && (fp.etag != null || fp.lastModified != null)) {
                    IntakeState.Feed saved = state.feed(fp.url).orElseThrow();
                    state.save(new IntakeState.Feed(saved.url(), fp.etag, fp.lastModified, saved.lastPoll(),
                            saved.lastSuccess(), saved.firstSuccess(), saved.lastError(), saved.failures(),
                            saved.consecutiveFailures(), saved.itemsTotal(), saved.intervalSeconds(), saved.nextPoll(),
                            saved.paused()));
                }
            }
        } finally {
            workers.shutdownNow();
        }
        return new PollReport(poll.feedsPolled.get(), poll.feedsFailed.get(), poll.items.get(), poll.fresh.get(),
                Map.copyOf(poll.counts), List.copyOf(poll.errors), stopping.get());
    }

    /** What one poll has done so far; shared by its workers. */
    private static final class Poll {
        final AtomicInteger feedsPolled = new AtomicInteger();
        final AtomicInteger feedsFailed = new AtomicInteger();
        final AtomicInteger items = new AtomicInteger();
        final AtomicInteger fresh = new AtomicInteger();
        final Map<String, Integer> counts = new ConcurrentHashMap<>();
        final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        /** URLs taken by a worker in this poll: one listed by two feeds is fetched once. */
        final Set<String> claimed = ConcurrentHashMap.newKeySet();

        void count(String outcome) {
            counts.merge(outcome, 1, Integer::sum);
        }

        void error(String message) {
            errors.add(message);
        }
    }

    /** A feed fetched in this poll: its items to fetch, and the validators of its response. */
    private static final class FeedPoll {
        final String url;
        final List<FeedItem> items;
        final String etag;
        final String lastModified;
        /** Set when an item was left for a later poll (stopped, or a transient failure). */
        final AtomicBoolean unfinished = new AtomicBoolean();

        FeedPoll(String url, List<FeedItem> items, String etag, String lastModified) {
            this.url = url;
            this.items = items;
            this.etag = etag;
            this.lastModified = lastModified;
        }
    }

    /**
     * Fetches and parses one feed and updates its health; returns the items worth fetching, or
     * null when the feed failed.
     */
    private FeedPoll pollFeed(IntakeState.Feed feed, Instant now, Poll poll) throws SQLException, InterruptedException {
        poll.feedsPolled.incrementAndGet();
        Map<String, String> conditional = new LinkedHashMap<>();
        if (feed.etag() != null) {
            conditional.put("If-None-Match", feed.etag());
        }
        if (feed.lastModified() != null) {
            conditional.put("If-Modified-Since", feed.lastModified());
        }
        PoliteFetcher.Result r = fetcher.fetch(feed.url(), conditional);
        String error = null;
        List<FeedItem> listed = new ArrayList<>();
        HttpFetcher.Fetched f = r.fetched();
        if (r.disallowed()) {
            error = feed.url() + ": robots.txt does not allow fetching this feed";
        } else if (f.notModified()) {
            // unchanged since the last poll: no items to look at
        } else if (!f.ok()) {
            error = f.error();
        } else {
            try {
                FeedParser.Parsed parsed = new FeedParser().parse(f.url().toString(), f.body(), f.header("content-type").orElse(null));
                listed.addAll(parsed.items());
                int children = 0;
                for (String child : parsed.sitemaps()) {
                    if (children++ >= MAX_CHILD_SITEMAPS) {
                        break;
                    }
                    PoliteFetcher.Result c = fetcher.fetch(child, Map.of());
                    if (c.fetched() != null && c.fetched().ok()) {
                        listed.addAll(new FeedParser().parse(child, c.fetched().body(), null).items());
                    } else {
                        poll.error(child + ": " + (c.disallowed() ? "disallowed by robots.txt" : c.fetched().error()));
                    }
                }
            } catch (FeedParser.FeedFormatException e) {
                error = e.getMessage();
            }
        }
        if (error != null) {
            int consecutive = feed.consecutiveFailures() + 1;
            boolean paused = schedule.paused(consecutive);
            state.save(new IntakeState.Feed(feed.url(), feed.etag(), feed.lastModified(), now, feed.lastSuccess(),
                    feed.firstSuccess(), error, feed.failures() + 1, consecutive, feed.itemsTotal(),
                    feed.intervalSeconds(), now.plus(schedule.afterFailure(consecutive)), paused));
            poll.feedsFailed.incrementAndGet();
            poll.error(error + (paused ? " (failed " + consecutive + " times in a row: paused)" : ""));
            log.accept("feed " + feed.url() + ": failed: " + error + (paused ? "; paused" : ""));
            return null;
        }
        List<FeedItem> todo = new ArrayList<>();
        int fresh = 0;
        for (FeedItem item : listed) {
            String key = ArticleKeys.canonicalUrl(item.url());
            if (key == null) {
                continue;
            }
            Optional<IntakeState.Seen> seen = state.seen(key);
            if (seen.isEmpty()) {
                fresh++;
                todo.add(item);
            } else if (item.stamp() != null && !item.stamp().toString().equals(seen.get().itemStamp())) {
                todo.add(item); // the feed says the article changed
            }
        }
        poll.items.addAndGet(listed.size());
        poll.fresh.addAndGet(fresh);
        Duration interval = schedule.afterSuccess(Duration.ofSeconds(feed.intervalSeconds()), fresh, listed.size());
        boolean notModified = f.notModified();
        // The old validators stay until every item of this response is done (see poll).
        state.save(new IntakeState.Feed(feed.url(), notModified ? feed.etag() : null,
                notModified ? feed.lastModified() : null, now, now,
                feed.firstSuccess() == null ? now : feed.firstSuccess(), null, feed.failures(), 0,
                feed.itemsTotal() + fresh, interval.toSeconds(), now.plus(interval), false));
        log.accept("feed " + feed.url() + ": " + (notModified ? "not modified" : listed.size() + " items, " + fresh + " new")
                + "; next poll in " + interval.toMinutes() + " min");
        return notModified ? new FeedPoll(feed.url(), todo, null, null)
                : new FeedPoll(feed.url(), todo, f.header("etag").orElse(null), f.header("last-modified").orElse(null));
    }

    /**
     * Fetches, analyses and stores one article, then remembers its URL; false when the article
     * was left for a later poll (the poll is stopping, or a transient failure).
     */
    private boolean article(String feedUrl, FeedItem item, Poll poll) throws SQLException, InterruptedException {
        String key = ArticleKeys.canonicalUrl(item.url());
        if (stopping.get()) {
            return false;
        }
        if (!poll.claimed.add(key)) {
            return true;
        }
        Optional<IntakeState.Seen> seen = state.seen(key);
        Map<String, String> conditional = new LinkedHashMap<>();
        if (seen.isPresent() && seen.get().etag() != null) {
            conditional.put("If-None-Match", seen.get().etag());
        }
        if (seen.isPresent() && seen.get().lastModified() != null) {
            conditional.put("If-Modified-Since", seen.get().lastModified());
        }
        PoliteFetcher.Result r = fetcher.fetch(item.url(), conditional);
        Instant now = clock.instant();
        Instant firstSeen = seen.map(IntakeState.Seen::firstSeen).orElse(now);
        String stamp = item.stamp() == null ? null : item.stamp().toString();
        if (r.disallowed()) {
            remember(key, feedUrl, firstSeen, null, stamp, null, null, null, "disallowed", null);
            poll.count("disallowed");
            return true;
        }
        HttpFetcher.Fetched f = r.fetched();
        if (f.notModified()) {
            IntakeState.Seen s = seen.orElseThrow();
            remember(key, feedUrl, firstSeen, now, stamp, s.etag(), s.lastModified(), s.contentSha256(), "not-modified", s.docKey());
            poll.count("not-modified");
            return true;
        }
        if (!f.ok()) {
            poll.error(f.error());
            if (f.transientError()) {
                poll.count("deferred"); // not remembered: the next poll tries again
                return false;
            } else {
                remember(key, feedUrl, firstSeen, now, stamp, null, null, null, f.status() == 404 || f.status() == 410 ? "gone" : "failed", null);
                poll.count(f.status() == 404 || f.status() == 410 ? "gone" : "failed");
            }
            return true;
        }
        String etag = f.header("etag").orElse(null);
        String lastModified = f.header("last-modified").orElse(null);
        String sha = sha256(f.body());
        if (seen.isPresent() && sha.equals(seen.get().contentSha256())) {
            remember(key, feedUrl, firstSeen, now, stamp, etag, lastModified, sha, "unchanged", seen.get().docKey());
            poll.count("unchanged");
            return true;
        }
        SourceDocument doc = Sources.fromResponse(f);
        Analysis analysis = analyser.apply(doc);
        if (analysis.body() == null || analysis.body().isBlank()) {
            poll.error(item.url() + ": " + (analysis.errors().isEmpty() ? "no article text" : String.join("; ", analysis.errors())));
            remember(key, feedUrl, firstSeen, now, stamp, etag, lastModified, sha, "failed", null);
            poll.count("failed");
            return true;
        }
        IngestResult result = store.ingest(analysis);
        if (result.status() == IngestResult.Status.REJECTED) {
            poll.error(item.url() + ": rejected by the store: " + String.join("; ", result.problems()));
            remember(key, feedUrl, firstSeen, now, stamp, etag, lastModified, sha, "failed", null);
            poll.count("failed");
            return true;
        }
        String outcome = result.status() == IngestResult.Status.REPAIRED ? "stored"
                : result.status().name().toLowerCase(java.util.Locale.ROOT);
        remember(key, feedUrl, firstSeen, now, stamp, etag, lastModified, sha, outcome, result.key());
        poll.count(outcome);
        return true;
    }

    private void remember(String url, String feed, Instant firstSeen, Instant fetched, String stamp, String etag,
                          String lastModified, String sha, String status, String docKey) throws SQLException {
        state.remember(new IntakeState.Seen(url, feed, firstSeen, fetched, stamp, etag, lastModified, sha, status, docKey));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
