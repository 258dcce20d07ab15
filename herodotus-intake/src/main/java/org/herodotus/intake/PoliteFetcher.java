package org.herodotus.intake;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.herodotus.source.HttpFetcher;

/**
 * Fetches for live intake the way a well-behaved crawler does: robots.txt obeyed, at most a
 * few connections and a delay per host, and a transient failure (timeout, 429, 5xx) tried again
 * after the wait the server asked for (Retry-After) or, when it asked for none, an exponential
 * backoff. A server that asks for a longer wait than we keep a poll waiting is left for the next
 * poll. Every response that arrives is handed to a listener (the WARC archive).
 */
public final class PoliteFetcher {

    /**
     * How polite to be.
     *
     * @param perHost   requests to one host at once
     * @param hostDelay time between the starts of two requests to one host
     * @param attempts  tries of one URL in one poll
     * @param backoff   the first wait before trying again; doubled each time
     * @param maxWait   the longest wait (Retry-After or backoff) sat out within a poll
     */
    public record Settings(int perHost, Duration hostDelay, int attempts, Duration backoff, Duration maxWait) {

        /** Two connections and one second per host; three tries, from 2 s, waiting at most 2 min. */
        public static final Settings DEFAULT = new Settings(2, Duration.ofSeconds(1), 3, Duration.ofSeconds(2), Duration.ofMinutes(2));
    }

    /**
     * The outcome of a polite fetch.
     *
     * @param fetched    the last response (or failure); null when robots.txt forbade the URL
     * @param disallowed whether robots.txt forbade fetching the URL
     * @param attempts   how many requests were made
     */
    public record Result(HttpFetcher.Fetched fetched, boolean disallowed, int attempts) {
    }

    private final HttpFetcher http;
    private final Settings settings;
    private final Sleeper sleeper;
    private final HostGate gate;
    private final Robots robots;
    private final Consumer<HttpFetcher.Fetched> listener;

    /**
     * A polite fetcher over {@code http}; {@code listener} sees every response that arrives
     * (robots.txt included).
     */
    public PoliteFetcher(HttpFetcher http, Settings settings, Sleeper sleeper, Consumer<HttpFetcher.Fetched> listener) {
        this.http = http;
        this.settings = settings;
        this.sleeper = sleeper;
        this.gate = new HostGate(settings.perHost(), settings.hostDelay(), sleeper);
        this.listener = listener;
        this.robots = new Robots(url -> once(URI.create(url), url, Map.of()));
    }

    /** Fetches {@code url}, sending {@code headers} (conditional GET validators). */
    public Result fetch(String url, Map<String, String> headers) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Result(http.fetch(url, headers), false, 1);
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return new Result(http.fetch(url, headers), false, 1);
        }
        BaseRobotRules rules = robots.rulesFor(uri);
        if (rules == null) {
            return new Result(new HttpFetcher.Fetched(uri, uri, 0, Map.of(), new byte[0], Instant.now(),
                    url + ": robots.txt of " + Robots.origin(uri) + " could not be read; left for a later poll", true), false, 0);
        }
        if (!rules.isAllowed(url)) {
            return new Result(null, true, 0);
        }
        Duration crawlDelay = Robots.crawlDelay(rules);
        if (!crawlDelay.isZero()) {
            gate.slowDown(Robots.origin(uri), crawlDelay);
        }
        HttpFetcher.Fetched f = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            f = onceOrInterrupt(uri, url, headers);
            if (!f.transientError() || attempt == settings.attempts()) {
                return new Result(f, false, attempt);
            }
            Duration wait = f.retryAfter().orElse(settings.backoff().multipliedBy(1L << (attempt - 1)));
            if (wait.compareTo(settings.maxWait()) > 0) {
                HttpFetcher.Fetched given = f;
                return new Result(new HttpFetcher.Fetched(given.requested(), given.url(), given.status(), given.headers(),
                        given.body(), given.fetchedAt(), given.error() + "; the server asks us to wait " + wait.toSeconds()
                        + " s: left for a later poll", true), false, attempt);
            }
            sleeper.sleep(wait);
        }
        return new Result(f, false, settings.attempts());
    }

    private HttpFetcher.Fetched onceOrInterrupt(URI uri, String url, Map<String, String> headers) throws InterruptedException {
        try (AutoCloseable slot = gate.enter(Robots.origin(uri))) {
            HttpFetcher.Fetched f = http.fetch(url, headers);
            if (f.status() > 0) {
                listener.accept(f);
            }
            return f;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One request through the host gate, for robots.txt (no robots check, no retries). */
    private HttpFetcher.Fetched once(URI uri, String url, Map<String, String> headers) {
        try {
            return onceOrInterrupt(uri, url, headers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return http.fetch(url, headers);
        }
    }
}
