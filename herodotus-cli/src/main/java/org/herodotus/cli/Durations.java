package org.herodotus.cli;

import java.time.Duration;
import java.util.Locale;

/** The durations of the command line's options ({@code --every 15m}, {@code --timeout 30s}). */
final class Durations {

    private Durations() {
    }

    /** "90s", "15m", "2h", "1d", "500ms" or an ISO-8601 duration ("PT15M"). */
    static Duration parse(String s, String option) {
        String v = s.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h|d)").matcher(v);
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException(option + ": not a duration: " + s + " (write e.g. 90s, 15m, 1h)");
    }
}
