package org.herodotus.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Reads the dates events carry (day, month or year precision) as intervals of days. */
public final class EventDates {

    private EventDates() {
    }

    /**
     * The days an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY) may mean, as {@code [first, last]};
     * null when the text is not such a date.
     */
    public static LocalDate[] interval(String date) {
        String d = date.strip();
        try {
            if (d.length() >= 10) {
                LocalDate day = LocalDate.parse(d.substring(0, 10));
                return new LocalDate[] {day, day};
            }
            if (d.length() == 7) {
                YearMonth m = YearMonth.parse(d);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (d.length() == 4) {
                int y = Integer.parseInt(d);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
