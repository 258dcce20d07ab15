package org.herodotus.server;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.herodotus.store.Store;

/**
 * The store a request uses: writes go to the store the server was given; reads are spread over
 * reader connections to the same database, so requests are answered in parallel rather than
 * one after another on one connection.
 */
final class Stores implements AutoCloseable {

    private final Store main;
    private final List<Store> readers = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    /** {@code count} readers beside {@code main}; with none, everything uses {@code main}. */
    Stores(Store main, int count) throws SQLException {
        this.main = main;
        try {
            for (int i = 0; i < count; i++) {
                readers.add(main.reader());
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The store to read from: the readers in turn. */
    Store read() {
        return readers.isEmpty() ? main : readers.get(Math.floorMod(next.getAndIncrement(), readers.size()));
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
    }
}
