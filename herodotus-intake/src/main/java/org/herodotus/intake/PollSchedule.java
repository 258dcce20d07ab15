package org.herodotus.intake;

import java.time.Duration;

/**
 * When to poll a feed again. The interval adapts to the feed: halved when most of its items
 * were new (we are missing news), lengthened by half when almost none were (we are asking too
 * often), always within {@code [min, max]}. After a failure the feed waits longer each time, and
 * after {@code pauseAfter} failures in a row it is paused until a user resumes it.
 *
 * @param every      the interval a feed starts with
 * @param min        the shortest interval
 * @param max        the longest interval
 * @param pauseAfter failed polls in a row after which a feed is paused
 */
public record PollSchedule(Duration every, Duration min, Duration max, int pauseAfter) {

    /** Starting at {@code every}, between a quarter of it and four times it; paused after 5 failures. */
    public static PollSchedule around(Duration every) {
        return new PollSchedule(every, every.dividedBy(4), every.multipliedBy(4), 5);
    }

    /** The interval after a successful poll that found {@code fresh} new items among {@code total}. */
    public Duration afterSuccess(Duration current, int fresh, int total) {
        Duration next = current;
        if (total == 0 || fresh * 10 < total) {
            next = current.plus(current.dividedBy(2));
        } else if (fresh * 2 > total) {
            next = current.dividedBy(2);
        }
        return clamp(next);
    }

    /** The wait after the {@code consecutive}-th failed poll in a row. */
    public Duration afterFailure(int consecutive) {
        Duration d = every;
        for (int i = 1; i < consecutive && d.compareTo(max) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return clamp(d);
    }

    /** Whether a feed with {@code consecutive} failures in a row is paused. */
    public boolean paused(int consecutive) {
        return consecutive >= pauseAfter;
    }

    private Duration clamp(Duration d) {
        if (d.compareTo(min) < 0) {
            return min;
        }
        return d.compareTo(max) > 0 ? max : d;
    }
}
