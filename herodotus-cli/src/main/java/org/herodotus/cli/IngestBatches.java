package org.herodotus.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.herodotus.model.Analysis;
import org.herodotus.store.IngestResult;
import org.herodotus.store.Store;

/**
 * The storing side of {@code herodotus ingest}: analyses are stored a batch per transaction, and
 * each article's line ({@code stored}, {@code replaced}, …) is printed only once its batch has
 * committed, so a line printed is an article stored.
 *
 * <p>A batch is stored when it holds {@code size} articles, and also once its first article has
 * waited {@code wait}: the thread that delivers analyses may be blocked reading a slow input
 * (standard input, a pipe), and the articles it already delivered should not wait for it. A
 * batch that fails to commit is stored again one article at a time, so that only the article at
 * fault is reported not stored. Thread-safe: the delivering thread adds, a timer thread may store.
 */
final class IngestBatches implements AutoCloseable {

    private final Store store;
    private final int size;
    private final Duration wait;
    private final PrintStream out;
    private final Consumer<String> error;
    private final List<Analysis> pending = new ArrayList<>();
    private final Map<IngestResult.Status, Integer> counts = new EnumMap<>(IngestResult.Status.class);
    private final ScheduledExecutorService clock;
    private long pendingSince;
    private int withErrors;

    /**
     * @param error told each article that was rejected or not stored, as a message naming it
     */
    IngestBatches(Store store, int size, Duration wait, PrintStream out, Consumer<String> error) {
        this.store = store;
        this.size = size;
        this.wait = wait;
        this.out = out;
        this.error = error;
        this.clock = size == 1 ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "herodotus-batch-timer");
            t.setDaemon(true);
            return t;
        });
        if (clock != null) {
            clock.scheduleWithFixedDelay(this::storeIfWaitedTooLong, 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Adds an analysed article; stores the batch if that fills it. */
    synchronized void add(Analysis a) {
        if (pending.isEmpty()) {
            pendingSince = System.nanoTime();
        }
        pending.add(a);
        if (pending.size() >= size) {
            store();
        }
    }

    /** Stores what is pending now, full batch or not. */
    synchronized void storePending() {
        store();
    }

    /** Stops the timer and stores what is pending: the end of the run. */
    void finish() {
        close();
        storePending();
    }

    /** How many articles ended in each status so far. */
    synchronized Map<IngestResult.Status, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** Stored articles whose analysis carried errors (an article the pipeline could not analyse). */
    synchronized int withErrors() {
        return withErrors;
    }

    @Override
    public void close() {
        if (clock != null) {
            // Not shutdownNow: a store the timer has begun finishes rather than being interrupted
            // inside the database driver; the periodic check is cancelled either way.
            clock.shutdown();
            try {
                clock.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized void storeIfWaitedTooLong() {
        if (!pending.isEmpty() && System.nanoTime() - pendingSince >= wait.toNanos()) {
            store();
        }
    }

    private void store() {
        if (pending.isEmpty()) {
            return;
        }
        List<Analysis> work = List.copyOf(pending);
        pending.clear();
        try {
            report(work, work.size() == 1 ? List.of(store.ingest(work.get(0))) : store.ingest(work));
        } catch (SQLException e) {
            if (work.size() == 1) {
                error.accept(name(work.get(0)) + ": not stored: " + e.getMessage());
                return;
            }
            // Find the article the batch failed on: store them one by one.
            for (Analysis a : work) {
                try {
                    report(List.of(a), List.of(store.ingest(a)));
                } catch (SQLException again) {
                    error.accept(name(a) + ": not stored: " + again.getMessage());
                }
            }
        }
    }

    private void report(List<Analysis> work, List<IngestResult> results) {
        for (int i = 0; i < results.size(); i++) {
            IngestResult r = results.get(i);
            Analysis a = work.get(i);
            counts.merge(r.status(), 1, Integer::sum);
            if (r.status() == IngestResult.Status.REJECTED) {
                error.accept(name(a) + ": rejected: " + String.join("; ", r.problems()));
                continue;
            }
            if (!a.errors().isEmpty()) {
                withErrors++;
            }
            if (r.status() == IngestResult.Status.UNCHANGED) {
                out.printf("unchanged %s%n", r.key());
            } else {
                out.printf("%-9s %s (%d events%s)%n", r.status().name().toLowerCase(Locale.ROOT), r.key(),
                        r.events(), r.copyOf() == null ? "" : ", copy of article " + r.copyOf());
            }
        }
        // Flushed only once the transaction has committed: a line printed is an article stored.
        out.flush();
    }

    private static String name(Analysis a) {
        return a.url() != null ? a.url() : a.id();
    }
}
