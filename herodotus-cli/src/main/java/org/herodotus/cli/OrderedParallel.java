package org.herodotus.cli;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * result is dropped, a failure result takes its place, and a fresh thread takes its slot so the
 * other items keep their full parallelism.
 */
final class OrderedParallel<I, O> implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final Function<I, O> work;
    private final BiFunction<I, Throwable, O> failure;
    private final Consumer<O> sink;
    private final Deque<Task> inFlight = new ArrayDeque<>();
    private final int window;
    private final long budgetNanos;

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
        // Threads are made as needed; the slots, not the pool, bound how many items run at once,
        // so that an abandoned item's thread no longer counts against them.
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "herodotus-worker");
            t.setDaemon(true);
            return t;
        });
        this.slots = new Semaphore(threads, true);
        this.work = work;
        this.failure = failure;
        this.sink = sink;
        this.window = threads * 4;
        this.budgetNanos = budget == null || budget.isZero() || budget.isNegative() ? 0 : budget.toNanos();
    }

    /** One item on its way through a worker. */
    private final class Task {
        final I item;
        final AtomicBoolean slotHeld = new AtomicBoolean();
        volatile long started;
        volatile boolean timedOut;
        Future<O> future;

        Task(I item) {
            this.item = item;
        }

        O run() throws InterruptedException {
            slots.acquire();
            slotHeld.set(true);
            started = System.nanoTime();
            try {
                return work.apply(item);
            } catch (Throwable e) {
                // Whatever went wrong went wrong on this item: it is this item's result. The
                // memory an OutOfMemoryError ran short of was held by this item's work and is free now.
                return failure.apply(item, e);
            } finally {
                releaseSlot();
            }
        }

        void releaseSlot() {
            if (slotHeld.compareAndSet(true, false)) {
                slots.release();
            }
        }
    }

    /** Queues {@code item}; may block while delivering earlier results. */
    void submit(I item) {
        Task task = new Task(item);
        task.future = pool.submit(task::run);
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
                // slot the oldest waits for.
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
                // Only an InterruptedException while waiting for a slot gets here.
                return failure.apply(t.item, e.getCause());
            }
        }
    }

    /** Abandons each item that has run longer than the budget: interrupted, its slot freed. */
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
            t.releaseSlot();
        }
    }

    /** Delivers everything still in flight and stops the workers (an abandoned one may run on). */
    @Override
    public void close() {
        while (!inFlight.isEmpty()) {
            deliverOldest();
        }
        pool.shutdown();
    }
}
