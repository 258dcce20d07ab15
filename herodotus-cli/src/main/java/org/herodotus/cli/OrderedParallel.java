package org.herodotus.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to items on worker threads and delivers the results in submission order,
 * holding at most a bounded number in flight so a large input never fills the heap.
 *
 * <p>One item can never end the run: whatever the function throws on it (a stack overflow, an
 * out-of-memory error, any exception) becomes that item's result through {@code failure}, and
 * the run goes on. With a time budget, an item still running when its budget is spent is
 * abandoned: its thread is interrupted (the pipeline stops at the next stage boundary), its
 * result is dropped, a failure result takes its place, and a fresh worker takes its place so the
 * other items keep their full parallelism.
 *
 * <p>The workers live as long as the run, and each takes the next item from a shared queue as
 * soon as it is done with one. Why not a thread per item behind a semaphore, as before: each item
 * was then handed from the thread that finished one to a thread asleep, and with two workers on
 * two cores the cores stood idle 3% of the time (0.7% now; docs/watch.md has the figures).
 */
final class OrderedParallel<I, O> implements AutoCloseable {

    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final Function<I, O> work;
    private final BiFunction<I, Throwable, O> failure;
    private final Consumer<O> sink;
    private final Deque<Task> inFlight = new ArrayDeque<>();
    private final int window;
    private final long budgetNanos;
    /** Set when the run closes, before the workers are interrupted. */
    private volatile boolean closed;

    /** An item that fails ends the run with an {@link IllegalStateException}; no time budget. */
    OrderedParallel(int threads, Function<I, O> work, Consumer<O> sink) {
        this(threads, null, work, (item, e) -> {
            throw new IllegalStateException("worker failed", e);
        }, sink);
    }

    /**
     * As above, and an item still running after {@code budget} (null or zero: no limit) fails
     * with a {@link TimeoutException}.
     */
    OrderedParallel(int threads, Duration budget, Function<I, O> work, BiFunction<I, Throwable, O> failure,
                    Consumer<O> sink) {
        this.work = work;
        this.failure = failure;
        this.sink = sink;
        this.window = threads * 4;
        this.budgetNanos = budget == null || budget.isZero() || budget.isNegative() ? 0 : budget.toNanos();
        for (int i = 0; i < threads; i++) {
            startWorker();
        }
    }

    /** One item on its way through a worker. */
    private final class Task {
        final I item;
        final FutureTask<O> future;
        /** The worker running it, set before {@link #started}. */
        volatile Worker worker;
        volatile long started;
        volatile boolean timedOut;

        Task(I item) {
            this.item = item;
            this.future = new FutureTask<>(() -> {
                try {
                    return work.apply(item);
                } catch (Throwable e) {
                    // Whatever went wrong went wrong on this item: it is this item's result. The
                    // memory an OutOfMemoryError ran short of was held by this item's work and is free now.
                    return failure.apply(item, e);
                }
            });
        }
    }

    /** A worker thread: takes items from the queue until the run closes or its item is abandoned. */
    private final class Worker implements Runnable {
        /** Set when its item was abandoned: a fresh worker has taken its place, and it stops. */
        volatile boolean retired;

        @Override
        public void run() {
            // Checked after each item too: an item's end clears the interrupt that may have
            // been the close's.
            while (!retired && !closed) {
                Task t;
                try {
                    t = queue.take();
                } catch (InterruptedException e) {
                    return; // the run is closed
                }
                t.worker = this;
                t.started = System.nanoTime();
                t.future.run();
                // An abandoned item's interrupt may land after it ended: it must not reach the next.
                Thread.interrupted();
            }
        }
    }

    private void startWorker() {
        Thread t = new Thread(new Worker(), "herodotus-worker");
        t.setDaemon(true);
        threads.add(t);
        t.start();
    }

    /** Queues {@code item}; may block while delivering earlier results. */
    void submit(I item) {
        Task task = new Task(item);
        queue.add(task);
        inFlight.add(task);
        while (inFlight.size() >= window) {
            deliverOldest();
        }
    }

    private void deliverOldest() {
        Task t = inFlight.poll();
        O result;
        try {
            result = await(t);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        sink.accept(result);
    }

    private O await(Task t) throws InterruptedException {
        while (true) {
            try {
                if (budgetNanos == 0) {
                    return t.future.get();
                }
                // Every item in flight is watched, not only the oldest: a later item can hold the
                // worker the oldest waits for.
                abandonOverruns(t);
                if (t.timedOut) {
                    return failure.apply(t.item, new TimeoutException("took longer than the time budget of "
                            + TimeUnit.NANOSECONDS.toSeconds(budgetNanos) + " s; abandoned"));
                }
                return t.future.get(TimeUnit.MILLISECONDS.toNanos(100), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // look again
            } catch (CancellationException e) {
                return failure.apply(t.item, e);
            } catch (ExecutionException e) {
                // Only what failure itself threw gets here.
                return failure.apply(t.item, e.getCause());
            }
        }
    }

    /** Abandons each item that has run longer than the budget: interrupted, its worker replaced. */
    private void abandonOverruns(Task oldest) {
        long now = System.nanoTime();
        for (Task t : inFlight) {
            abandonIfOver(t, now);
        }
        abandonIfOver(oldest, now);
    }

    private void abandonIfOver(Task t, long now) {
        long started = t.started;
        if (!t.timedOut && started != 0 && now - started >= budgetNanos && t.future.cancel(true)) {
            t.timedOut = true;
            t.worker.retired = true;
            startWorker();
        }
    }

    /** Delivers everything still in flight and stops the workers (an abandoned one may run on). */
    @Override
    public void close() {
        try {
            while (!inFlight.isEmpty()) {
                deliverOldest();
            }
        } finally {
            // The idle workers wait in the queue: interrupting them ends them, also when the sink
            // failed and the run ends early, leaving items queued. An abandoned one may run on.
            closed = true;
            threads.forEach(Thread::interrupt);
        }
    }
}
