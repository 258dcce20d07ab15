package org.herodotus.store;

import java.time.LocalDate;
import java.util.Locale;
import org.herodotus.model.Event;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * The column values of an events row that come from the event itself, as the store's
 * {@code events} table holds them and as the Spark job writes them: one derivation for both, so
 * their columns cannot drift apart (as {@link ClaimAndParticipantColumns} for claims and
 * participants). Without what ties the row to its article and what only the store assigns (ids,
 * source group, incident), which each writer adds.
 *
 * @param eventType the event type, upper case ("ATTACK")
 * @param day       the day the event counts for: its own date when the text gives it to the day,
 *                  else the article's day ({@link #day(Event, LocalDate)})
 */
public record EventColumns(String eventType, String mode, String placeKey, String placeName, Double lat, Double lon,
                           String country, String admin1, String feature, String dateText, LocalDate dateLo,
                           LocalDate dateHi, LocalDate day, boolean negated, String modality, Short quad,
                           Double intensity, Integer triggerStart, Integer triggerEnd, Integer sentenceStart,
                           Integer sentenceEnd, String triggerText, String sentenceText) {

    /**
     * The columns of event {@code e} of an article with text {@code text} seen on {@code seen};
     * {@code place} is the article's place the event names (null when none).
     */
    public static EventColumns of(String text, Event e, Place place, LocalDate seen) {
        LocalDate[] when = e.date() == null ? null : EventDates.interval(e.date());
        Span t = e.trigger();
        Span s = e.sentence();
        boolean located = place != null;
        return new EventColumns(e.event().strip().toUpperCase(Locale.ROOT), e.mode(), e.place(),
                located ? place.name() : null, located ? place.lat() : null, located ? place.lon() : null,
                located ? place.country() : null, located ? place.admin1() : null, located ? place.feature() : null,
                e.date(), when == null ? null : when[0], when == null ? null : when[1], day(when, seen), e.negated(),
                e.modality() == null ? null : e.modality().value(), e.quad() == null ? null : e.quad().shortValue(),
                e.intensity(), t == null ? null : t.start(), t == null ? null : t.end(),
                s == null ? null : s.start(), s == null ? null : s.end(), t == null ? null : t.of(text),
                s == null ? null : s.of(text));
    }

    /**
     * The day event {@code e} of an article seen on {@code seen} counts for: its own date when the
     * text gives one to the day, else the article's. Event participants carry it too.
     */
    public static LocalDate day(Event e, LocalDate seen) {
        return day(e.date() == null ? null : EventDates.interval(e.date()), seen);
    }

    private static LocalDate day(LocalDate[] when, LocalDate seen) {
        return when != null && when[0].equals(when[1]) ? when[0] : seen;
    }
}
