package org.herodotus.intake;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.herodotus.source.HttpFetcher;

/**
 * robots.txt of each host, read with crawler-commons and kept for the run: may our agent fetch
 * this URL, and what Crawl-delay does the host ask for. As RFC 9309 says: no robots.txt (4xx)
 * allows everything; a server error (5xx) or no answer disallows the whole host for now: nothing
 * is fetched from it, and its robots.txt is asked for again next time.
 */
final class Robots {

    /** The agent name matched against robots.txt groups. */
    static final String AGENT = "herodotus";

    private final Function<String, HttpFetcher.Fetched> fetch;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> rules = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** Robots that read robots.txt with {@code fetch} (a fetch that is itself polite). */
    Robots(Function<String, HttpFetcher.Fetched> fetch) {
        this.fetch = fetch;
    }

    /**
     * The rules of the host of {@code url}, fetched the first time the host is met; null when
     * its robots.txt could not be read for now (server error, no answer).
     */
    BaseRobotRules rulesFor(URI url) {
        String origin = origin(url);
        BaseRobotRules known = rules.get(origin);
        if (known != null) {
            return known;
        }
        // One worker reads a host's robots.txt while the others meeting the host wait for it.
        synchronized (locks.computeIfAbsent(origin, k -> new Object())) {
            known = rules.get(origin);
            return known != null ? known : read(origin);
        }
    }

    private BaseRobotRules read(String origin) {
        String where = origin + "/robots.txt";
        HttpFetcher.Fetched f = fetch.apply(where);
        BaseRobotRules read;
        if (f.ok()) {
            read = parser.parseContent(where, f.body(), f.header("content-type").orElse("text/plain"), List.of(AGENT));
        } else if (f.status() >= 400 && f.status() < 500) {
            read = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        } else {
            return null;
        }
        rules.putIfAbsent(origin, read);
        return read;
    }

    /** The Crawl-delay {@code rules} ask for, zero when none. */
    static Duration crawlDelay(BaseRobotRules rules) {
        long ms = rules.getCrawlDelay();
        return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? Duration.ZERO : Duration.ofMillis(ms);
    }

    /** scheme://host[:port] of {@code url}, lower-case. */
    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }
}
