package org.herodotus.server;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.herodotus.store.Store;

/**
 * The store a request uses: writes go to the store the server was given; reads go to reader
 * connections to the same database, so requests are answered in parallel rather than one after
 * another on one connection.
 *
 * <p>A request takes a reader that is free and keeps it until {@link #release()} at its end:
 * every read of one answer sees the same connection, and a request never waits behind a slow
 * one on a busy reader while another reader is idle (which handing the readers out in turn
 * did, and which made the tail latency under concurrent load several times the median). The
 * reader is bound to the request's thread; should a request end without its release, the
 * thread's next request simply keeps using the same reader, so none is lost for good.
 */
final class Stores implements AutoCloseable {

    /** How long a request waits for a free reader before it is refused as overloaded. */
    private static final long WAIT_SECONDS = 30;

    private final Store main;
    private final List<Store> readers = new ArrayList<>();
    private final BlockingQueue<Store> free;
    private final ThreadLocal<Store> held = new ThreadLocal<>();

    /** {@code count} readers beside {@code main}; with none, everything uses {@code main}. */
    Stores(Store main, int count) throws SQLException {
        this.main = main;
        // Fair: the request that has waited longest gets the next free reader. An unfair queue
        // lets a newly arrived request take it first, which with 50 clients on 2 readers raised
        // the p99 of filtered lists by 11 to 20 % (herodotus-server/README.md).
        this.free = new ArrayBlockingQueue<>(Math.max(1, count), true);
        try {
            for (int i = 0; i < count; i++) {
                Store r = main.reader();
                readers.add(r);
                free.add(r);
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * The store this request reads from: the reader it already holds, else a free one (waiting
     * for one if all are busy).
     */
    Store read() {
        if (readers.isEmpty()) {
            return main;
        }
        Store mine = held.get();
        if (mine != null) {
            return mine;
        }
        try {
            mine = free.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mine = null;
        }
        if (mine == null) {
            throw new ApiError(503, "the server is overloaded: no store connection came free in " + WAIT_SECONDS + " s");
        }
        held.set(mine);
        return mine;
    }

    /** Gives the reader this request holds, if any, back for other requests. */
    void release() {
        Store mine = held.get();
        if (mine != null) {
            held.remove();
            free.add(mine);
        }
    }

    /** How many readers are free now. */
    int freeReaders() {
        return free.size();
    }

    /** The store to write to. */
    Store write() {
        return main;
    }

    @Override
    public void close() {
        for (Store r : readers) {
            try {
                r.close();
            } catch (SQLException e) {
                // The database goes away with the main store anyway.
            }
        }
        readers.clear();
        free.clear();
    }
}
