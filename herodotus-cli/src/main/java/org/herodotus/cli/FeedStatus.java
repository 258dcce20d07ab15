package org.herodotus.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.herodotus.store.IntakeState;

/** What {@code watch --status} prints and {@code watch --resume} does: the state of the polled feeds. */
final class FeedStatus {

    private FeedStatus() {
    }

    /** Prints the table of {@code state}'s feeds: whether paused, last success, next poll, failures, items a day. */
    static void print(IntakeState state, PrintStream out) throws SQLException {
        List<IntakeState.Feed> all = state.feeds();
        if (all.isEmpty()) {
            out.println("no feed polled yet");
            return;
        }
        Instant now = Instant.now();
        out.printf("%-8s %-20s %-20s %8s %8s %9s  %s%n", "state", "last success", "next poll", "failures", "in row", "items/day", "feed");
        for (IntakeState.Feed f : all) {
            out.printf(Locale.ROOT, "%-8s %-20s %-20s %8d %8d %9.1f  %s%s%n", f.paused() ? "paused" : "active",
                    when(f.lastSuccess()), f.paused() ? "-" : when(f.nextPoll()), f.failures(), f.consecutiveFailures(),
                    f.itemsPerDay(now), f.url(), f.lastError() == null ? "" : "\n         last error: " + f.lastError());
        }
    }

    private static String when(Instant t) {
        return t == null ? "never" : t.toString().replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z").replace("Z", "");
    }

    /** Resumes the paused feed {@code which} (its URL), or every paused feed for "all"; how many it resumed. */
    static int resume(IntakeState state, String which) throws SQLException {
        int n = 0;
        for (IntakeState.Feed f : state.feeds()) {
            if (f.paused() && (which.equalsIgnoreCase("all") || which.equals(f.url()))) {
                state.save(new IntakeState.Feed(f.url(), f.etag(), f.lastModified(), f.lastPoll(), f.lastSuccess(),
                        f.firstSuccess(), f.lastError(), f.failures(), 0, f.itemsTotal(), f.intervalSeconds(), null, false));
                n++;
            }
        }
        return n;
    }
}
