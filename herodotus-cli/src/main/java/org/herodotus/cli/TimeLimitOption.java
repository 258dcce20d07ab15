package org.herodotus.cli;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Option;

/**
 * The {@code --time-limit} option of the commands that analyse articles, and how a failure of
 * one article is told to the user: naming the input and the cause, never a stack trace.
 */
final class TimeLimitOption {

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "120",
            description = {"Longest time one article may take (default: ${DEFAULT-VALUE}; 0: no limit).",
                    "An article over it is abandoned with an error naming it, and the run goes on."})
    long seconds;

    /** The budget per article; zero for none. */
    Duration budget() {
        return Duration.ofSeconds(Math.max(0, seconds));
    }

    /** What went wrong on one input, for its error entry: "{@code origin}: {@code doing} …". */
    static String describe(String origin, String doing, Throwable e) {
        String why;
        if (e instanceof TimeoutException) {
            why = doing + " " + e.getMessage();
        } else if (e instanceof StackOverflowError) {
            why = doing + " failed: stack overflow (the input is too deeply nested or one sentence is too long)";
        } else if (e instanceof OutOfMemoryError) {
            why = doing + " failed: out of memory (" + e.getMessage() + "); the input is too large for the heap";
        } else {
            why = doing + " failed: " + e;
        }
        return origin + ": " + why;
    }
}
