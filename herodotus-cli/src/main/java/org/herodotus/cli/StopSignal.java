package org.herodotus.cli;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C and SIGTERM for a run over many inputs: the signal stops the reading of new inputs, the
 * run finishes (or rolls back) the articles in flight, and the process exits only once the run
 * has said what it did. Java runs shutdown hooks on a signal; the hook here waits for the run.
 */
final class StopSignal implements AutoCloseable {

    /** Thrown from the input reader once a stop was asked for, to stop reading. */
    static final class Stopped extends CancellationException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("stopped by a signal");
        }
    }

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean stopping;

    /** Listens for Ctrl-C and SIGTERM until closed; the run may take {@code graceSeconds} to finish. */
    StopSignal(String command, long graceSeconds) {
        hook = new Thread(() -> {
            stopping = true;
            System.err.println();
            System.err.println("herodotus " + command + ": stopping: finishing the articles in flight…");
            try {
                finished.await(graceSeconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "herodotus-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether a stop was asked for. */
    boolean stopping() {
        return stopping;
    }

    /** Throws {@link Stopped} once a stop was asked for; called before each new input. */
    void check() {
        if (stopping) {
            throw new Stopped();
        }
    }

    /** The run has finished and reported: the process may exit. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down already: the hook is running, and now lets the process exit
        }
    }
}
