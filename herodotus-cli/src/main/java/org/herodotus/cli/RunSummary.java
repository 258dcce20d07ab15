package org.herodotus.cli;

import java.util.Locale;
import org.herodotus.model.Analysis;

/**
 * The one line a long run ends with on standard error: how many articles it went through, the
 * events and claims it found in them, how many errors there were and how long it took. Counted
 * as the articles come, from any thread.
 */
final class RunSummary {

    private final long started = System.nanoTime();
    private long articles;
    private long events;
    private long claims;

    /** One more article, with its findings. */
    synchronized void add(Analysis a) {
        articles++;
        events += a.events().size();
        claims += a.claims().size();
    }

    /** One more article that was not analysed (stored already, say): no findings of this run. */
    synchronized void addUnanalysed() {
        articles++;
    }

    /** The summary line of {@code command}, with {@code errors} errors, timed to now. */
    synchronized String line(String command, long errors) {
        return String.format(Locale.ROOT, "%s: %,d %s, %,d %s, %,d %s, %,d %s in %s", command,
                articles, plural(articles, "article"), events, plural(events, "event"), claims, plural(claims, "claim"),
                errors, plural(errors, "error"), duration((System.nanoTime() - started) / 1e9));
    }

    private static String plural(long n, String word) {
        return n == 1 ? word : word + "s";
    }

    /** Seconds with a tenth under a minute ("41.2 s"), else hours, minutes and seconds ("1:02:05"). */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = (long) seconds;
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
