package org.herodotus.intake;

import java.time.Duration;

/** Waits: the real clock in use, a recording one in tests (which never wait for real). */
@FunctionalInterface
public interface Sleeper {

    /** Waits {@code d}; throws when the waiting thread is interrupted. */
    void sleep(Duration d) throws InterruptedException;

    /** Waits with {@link Thread#sleep}. */
    Sleeper REAL = d -> {
        if (!d.isZero() && !d.isNegative()) {
            Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
        }
    };
}
