package org.herodotus.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates from the strings pages carry them in: ISO 8601 stamps
 * ({@code 2019-11-19T05:00:08-05:00}), HTTP and RFC 822 dates, dates written out in many
 * languages ({@code 19. Mai 2019}, {@code November 19, 2019}) and numeric dates, using the
 * [text] patterns and [months] names of {@code dates.rules}. Only dates between 1990 and a day
 * after today are accepted. Immutable and thread-safe.
 */
final class DateReader {

    private static final Pattern ISO = Pattern.compile(
            "^\\s*(?<y>(19|20)\\d{2})-?(?<m>[01]\\d)-?(?<d>[0-3]\\d)(?:[T\\s]|$)");
    private static final Pattern ISO_ANYWHERE = Pattern.compile(
            "(?<![\\d])(?<y>(19|20)\\d{2})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\d])");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private final ExtractionRules rules;

    DateReader(ExtractionRules rules) {
        this.rules = rules;
    }

    /** A date read from a machine-readable value (a meta content, a datetime attribute), or null. */
    LocalDate fromAttribute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            LocalDate d = date(m.group("y"), m.group("m"), m.group("d"));
            if (d != null) {
                return d;
            }
        }
        m = ISO_ANYWHERE.matcher(value);
        if (m.find()) {
            LocalDate d = date(m.group("y"), m.group("m"), m.group("d"));
            if (d != null) {
                return d;
            }
        }
        String v = value.strip();
        if (v.matches("\\d{10}|\\d{13}")) {
            // Unix time stamps (seconds or milliseconds), as some CMSs write them.
            long secs = v.length() == 13 ? Long.parseLong(v) / 1000 : Long.parseLong(v);
            return plausible(java.time.Instant.ofEpochSecond(secs).atZone(java.time.ZoneOffset.UTC).toLocalDate());
        }
        return fromText(value);
    }

    /** The first date written in {@code text} by the [text] patterns, or null. */
    LocalDate fromText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Pattern p : rules.textDates) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                LocalDate d = fromMatch(m);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A date found in a URL by the [url] patterns, or null. */
    LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        for (Pattern p : rules.urlDates) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                LocalDate d = fromMatch(m);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private LocalDate fromMatch(Matcher m) {
        String y = group(m, "y");
        String mon = group(m, "mon");
        String mm = group(m, "m");
        String d = group(m, "d");
        if (y == null || d == null) {
            return null;
        }
        if (mon != null) {
            Integer month = rules.months.get(mon.toLowerCase(Locale.ROOT).replace(".", ""));
            if (month == null) {
                return null;
            }
            mm = Integer.toString(month);
        }
        return mm == null ? null : date(y, mm, d);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return plausible(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate d) {
        if (d.isBefore(EARLIEST) || d.isAfter(LocalDate.now().plusDays(1))) {
            return null;
        }
        return d;
    }
}
