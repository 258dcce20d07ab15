package org.herodotus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.herodotus.Herodotus;
import org.herodotus.intake.FeedList;
import org.herodotus.intake.PollSchedule;
import org.herodotus.intake.PoliteFetcher;
import org.herodotus.intake.Sleeper;
import org.herodotus.intake.WarcArchive;
import org.herodotus.intake.Watcher;
import org.herodotus.source.HttpFetcher;
import org.herodotus.store.IntakeState;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herodotus watch}: polls RSS/Atom feeds and news sitemaps on a schedule, and fetches,
 * analyses and stores each new article once.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Polls RSS/Atom feeds and news sitemaps and stores each new article once.",
                "Each feed is polled on a schedule that adapts to it (more often when most items are new),",
                "between a quarter of --every and four times it; a feed failing 5 times in a row is paused.",
                "Pages are fetched politely (robots.txt, a delay and few connections per host, conditional GET,",
                "retries honouring Retry-After) and archived as WARC beside the store.",
                "Ctrl-C or SIGTERM finishes the articles in flight and stops; a restart continues.",
                "Exit status: 0 done, 1 some feeds or articles failed (with --once), 2 usage error or no store."})
final class WatchCommand implements Callable<Integer> {

    @Option(names = "--feeds", paramLabel = "FILE", description = "Feed and sitemap URLs, one per line (# starts a comment).")
    Path feeds;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m",
            description = "Starting poll interval of each feed, e.g. 90s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    String every;

    @Mixin
    DbOption db;

    @Option(names = "--once", description = "Poll the feeds that are due once, then exit.")
    boolean once;

    @Option(names = "--status", description = "Show the health of every feed polled so far and exit.")
    boolean status;

    @Option(names = "--resume", paramLabel = "URL|all", description = "Resume a paused feed (or all) before polling.")
    String resume;

    @Option(names = "--warc", paramLabel = "DIR",
            description = "Where to archive what is fetched (default: a folder beside the DuckDB store, NAME-warc/).")
    Path warc;

    @Option(names = "--threads", description = "Worker threads fetching and analysing articles (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "1s",
            description = "Time between two requests to one host (default: ${DEFAULT-VALUE}; robots.txt Crawl-delay may ask for more).")
    String hostDelay;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "2",
            description = "Requests to one host at once (default: ${DEFAULT-VALUE}).")
    int perHost;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "Longest time one response may take (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Mixin
    PublishedOption published;

    @Mixin
    TimeLimitOption timeLimit;

    @Mixin
    PipelineOptions pipelineOptions;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** The durations of the options, checked; null after printing why one is wrong. */
    private record Timing(Duration interval, Duration delay, Duration responseTime) {
    }

    private Timing timing(String command) {
        try {
            Duration interval = Durations.parse(every, "--every");
            Duration delay = Durations.parse(hostDelay, "--host-delay");
            Duration responseTime = Durations.parse(timeout, "--timeout");
            if (interval.isZero() || responseTime.isZero() || perHost < 1) {
                throw new IllegalArgumentException("--every and --timeout must be above zero, --per-host at least 1");
            }
            return new Timing(interval, delay, responseTime);
        } catch (IllegalArgumentException e) {
            System.err.println(command + ": " + e.getMessage());
            return null;
        }
    }

    /** The feeds of --feeds; null after printing why there are none. */
    private List<String> feedUrls(String command) {
        if (feeds == null) {
            System.err.println(command + ": give the feeds with --feeds FILE (or use --status)");
            return null;
        }
        try {
            List<String> urls = FeedList.read(feeds);
            if (urls.isEmpty()) {
                System.err.println(command + ": " + feeds + " lists no feed");
                return null;
            }
            return urls;
        } catch (IOException e) {
            System.err.println(command + ": " + (e instanceof java.nio.file.NoSuchFileException ? feeds + ": no such file" : e.getMessage()));
            return null;
        }
    }

    @Override
    public Integer call() {
        Timing t = timing("herodotus watch");
        if (t == null) {
            return ExitCodes.USAGE;
        }
        List<String> feedUrls = List.of();
        if (!status) {
            feedUrls = feedUrls("herodotus watch");
            if (feedUrls == null) {
                return ExitCodes.USAGE;
            }
        }
        Store store;
        try {
            store = db.open();
        } catch (SQLException e) {
            System.err.println("herodotus watch: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (store) {
            store.runStatementsOnOneThread();
            IntakeState state = new IntakeState(store);
            if (status) {
                FeedStatus.print(state, out);
                return ExitCodes.OK;
            }
            if (resume != null) {
                int n = FeedStatus.resume(state, resume);
                System.err.println("resumed " + n + " feed" + (n == 1 ? "" : "s"));
            }
            return watch(store, feedUrls, t.interval(), t.delay(), t.responseTime());
        } catch (SQLException e) {
            System.err.println("herodotus watch: the store failed: " + e.getMessage());
            return ExitCodes.RUN_FAILED;
        }
    }

    /**
     * A watcher for {@code serve --watch}: this command's options parsed from {@code args}, on
     * the server's store (opened by the server: DuckDB has one writer, so both share it) with the
     * server's pipeline options. Null after printing why the options are wrong.
     */
    static Ready forServer(String[] args, DbOption db, PipelineOptions pipeline) {
        WatchCommand w = new WatchCommand();
        new picocli.CommandLine(w).parseArgs(args);
        w.db = db;
        w.pipelineOptions = pipeline;
        Timing t = w.timing("herodotus serve --watch");
        List<String> urls = t == null ? null : w.feedUrls("herodotus serve --watch");
        return urls == null ? null : new Ready(w, urls, t);
    }

    /** A watcher whose options are checked, to run on a store it is handed. */
    static final class Ready {
        private final WatchCommand command;
        private final List<String> feedUrls;
        private final Timing timing;

        private Ready(WatchCommand command, List<String> feedUrls, Timing timing) {
            this.command = command;
            this.feedUrls = feedUrls;
            this.timing = timing;
        }

        /** Polls the feeds into {@code store} until the process stops, or once with {@code once}; the exit status. */
        int run(Store store, boolean once) throws SQLException {
            command.once = once;
            return command.watch(store, feedUrls, timing.interval(), timing.delay(), timing.responseTime());
        }
    }

    private int watch(Store store, List<String> feedUrls, Duration interval, Duration delay, Duration responseTime)
            throws SQLException {
        TimeBudgetAnalyser analyser;
        try {
            analyser = new TimeBudgetAnalyser(pipelineOptions.load("herodotus watch"), Herodotus.extractor(), published,
                    timeLimit.budget());
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus watch: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path archiveDir = warc != null ? warc : defaultWarcDir(db.where());
        CountDownLatch finished = new CountDownLatch(1);
        int failures = 0;
        try (HttpFetcher http = new HttpFetcher(HttpFetcher.Settings.DEFAULT.withTimeout(responseTime));
             WarcArchive archive = new WarcArchive(archiveDir)) {
            PoliteFetcher.Settings polite = new PoliteFetcher.Settings(perHost, delay, PoliteFetcher.Settings.DEFAULT.attempts(),
                    PoliteFetcher.Settings.DEFAULT.backoff(), PoliteFetcher.Settings.DEFAULT.maxWait());
            PoliteFetcher fetcher = new PoliteFetcher(http, polite, Sleeper.REAL, f -> {
                try {
                    archive.write(f);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the WARC archive in " + archiveDir + ": " + e.getMessage(), e);
                }
            });
            Watcher watcher = new Watcher(store, fetcher, analyser, PollSchedule.around(interval), Math.max(1, threads),
                    Clock.systemUTC(), line -> System.err.println(line));
            Thread hook = new Thread(() -> {
                watcher.stop();
                System.err.println("herodotus watch: stopping after the articles in flight…");
                try {
                    finished.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "herodotus-watch-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            System.err.println("watching " + feedUrls.size() + " feed" + (feedUrls.size() == 1 ? "" : "s") + "; store: "
                    + db.where() + "; archive: " + archiveDir);
            try {
                while (!watcher.stopped()) {
                    Watcher.PollReport r = watcher.poll(feedUrls);
                    report(r);
                    failures += r.feedsFailed() + r.count("failed");
                    if (once || watcher.stopped()) {
                        break;
                    }
                    Instant due = watcher.nextDue(feedUrls);
                    long wait = Math.max(1000, Duration.between(Instant.now(), due).toMillis());
                    // Sleep in short steps so a stop is noticed soon.
                    for (long slept = 0; slept < wait && !watcher.stopped(); slept += 500) {
                        Thread.sleep(Math.min(500, wait - slept));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down: the hook is running and waits for us
                }
            }
        } catch (IOException e) {
            System.err.println("herodotus watch: " + e.getMessage());
            return ExitCodes.RUN_FAILED;
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    private void report(Watcher.PollReport r) {
        r.errors().forEach(e -> System.err.println("error: " + e));
        out.printf("poll: %d feeds (%d failed), %d items, %d new; %s%n", r.feedsPolled(), r.feedsFailed(), r.items(),
                r.fresh(), new TreeMap<>(r.counts()));
    }

    /** The WARC folder beside a DuckDB store file ({@code NAME-warc}), or under ~/.herodotus for a server. */
    static Path defaultWarcDir(String where) {
        if (where.startsWith("jdbc:postgresql:")) {
            return Path.of(System.getProperty("user.home"), ".herodotus", "warc");
        }
        String file = where.startsWith("jdbc:duckdb:") ? where.substring("jdbc:duckdb:".length()) : where;
        Path p = Path.of(file).toAbsolutePath();
        String name = p.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return p.resolveSibling(name + "-warc");
    }
}
