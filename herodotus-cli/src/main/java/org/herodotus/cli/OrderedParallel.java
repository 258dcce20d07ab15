package org.herodotus.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to items on worker threads and delivers the results in submission order,
 * holding at most a bounded number in flight so a large input never fills the heap.
 */
final class OrderedParallel<I, O> implements AutoCloseable {

    private final ExecutorService pool;
    private final Function<I, O> work;
    private final Consumer<O> sink;
    private final Deque<Future<O>> inFlight = new ArrayDeque<>();
    private final int window;

    OrderedParallel(int threads, Function<I, O> work, Consumer<O> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "herodotus-worker");
            t.setDaemon(true);
            return t;
        });
        this.work = work;
        this.sink = sink;
        this.window = threads * 4;
    }

    /** Queues {@code item}; may block while delivering earlier results. */
    void submit(I item) {
        inFlight.add(pool.submit(() -> work.apply(item)));
        while (inFlight.size() >= window) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        Future<O> f = inFlight.poll();
        try {
            sink.accept(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("worker failed", e.getCause());
        }
    }

    /** Delivers everything still in flight and stops the workers. */
    @Override
    public void close() {
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
        pool.shutdown();
    }
}
