package org.herodotus.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.model.Modality;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.TimeExpression;
import org.herodotus.nlp.Token;

/**
 * Dates events: the normalised time expression attached to a trigger or its support verb, a
 * weekday said of something done read backwards from the publication date.
 */
final class EventDates {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:$|T)");
    static final Set<String> WEEKDAYS = EventWords.of("weekdays");

    private final LocalDate published;
    /** What "now" is for the article: its publication date, else the latest day its text names. */
    private final LocalDate reference;

    /** Dates for an article published on {@code published} (may be null). */
    EventDates(LocalDate published) {
        this(published, List.of());
    }

    /**
     * Dates for an article published on {@code published} (may be null) whose text has the time
     * expressions {@code times}: without a publication date, the latest full date they name (a
     * dateline, "on Friday" resolved) stands for it when telling history from news.
     */
    EventDates(LocalDate published, List<TimeExpression> times) {
        this.published = published;
        LocalDate latest = null;
        if (published == null) {
            for (TimeExpression te : times) {
                String v = calendar(te.value());
                if (v != null && v.length() == 10) {
                    try {
                        LocalDate d = LocalDate.parse(v);
                        latest = latest == null || d.isAfter(latest) ? d : latest;
                    } catch (DateTimeParseException e) {
                        // not a calendar day
                    }
                }
            }
        }
        this.reference = published != null ? published : latest;
    }

    /** A date from a time expression attached to the trigger (or its support verb), else null. */
    String date(SentenceGraph g, TriggerMatch m, Modality mod) {
        return date(g, m.head(), m.support(), mod);
    }

    /** As {@link #date(SentenceGraph, TriggerMatch, String)} for a head token and its support verb (or -1). */
    String date(SentenceGraph g, int head, int support, Modality mod) {
        Set<Integer> anchors = new LinkedHashSet<>();
        anchors.add(head);
        if (support >= 0) {
            anchors.add(support);
        }
        for (TimeExpression te : g.times()) {
            String value = calendar(te.value());
            if (value == null) {
                continue;
            }
            for (int i = 0; i < g.size(); i++) {
                Token t = g.token(i);
                if (t.start() < te.start() || t.end() > te.end()) {
                    continue;
                }
                Dependency h = g.head(i);
                if (h != null && anchors.contains(h.governor())) {
                    return pastWeekday(value, te, g.token(support >= 0 ? support : head), mod);
                }
            }
        }
        return yearOnSubject(g, head);
    }

    /**
     * A year the parser hung on the subject rather than the verb ("South Korea in 1993
     * repatriated …"): a year says when something was done, not which South Korea. Only a
     * calendar year or date, never a weekday, which names no one's history.
     */
    private static String yearOnSubject(SentenceGraph g, int head) {
        for (int subject : g.childrenBase(head, "nsubj")) {
            for (TimeExpression te : g.times()) {
                String value = calendar(te.value());
                if (value == null) {
                    continue;
                }
                for (int i = 0; i < g.size(); i++) {
                    Token t = g.token(i);
                    Dependency h = g.head(i);
                    if (t.start() >= te.start() && t.end() <= te.end() && h != null && h.governor() == subject
                            && h.baseRelation().equals("nmod") && t.word().matches("(1[89]|20)\\d\\d")) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether an event dated {@code date} (a calendar value: "2016", "2016-05", "2016-05-12") is
     * background history for the article: it ended more than a year before publication (or the
     * latest day the article names). False when either date is unknown.
     */
    boolean background(String date) {
        if (date == null || reference == null) {
            return false;
        }
        LocalDate end;
        try {
            if (date.length() == 4) {
                end = LocalDate.of(Integer.parseInt(date), 12, 31);
            } else if (date.length() == 7) {
                end = LocalDate.parse(date + "-01").plusMonths(1).minusDays(1);
            } else {
                end = LocalDate.parse(date);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
        return end.isBefore(reference.minusYears(1));
    }

    /** The calendar part of a normalised time value ("2019-12-14", "2019-12", "2019"), else null. */
    static String calendar(String value) {
        if (value == null) {
            return null;
        }
        Matcher mt = ISO_DATE.matcher(value);
        if (!mt.find()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(mt.group(1));
        if (mt.group(2) != null) {
            sb.append('-').append(mt.group(2));
            if (mt.group(3) != null) {
                sb.append('-').append(mt.group(3));
            }
        }
        return sb.toString();
    }

    /**
     * A weekday normalised into the week after publication although the verb is in the past
     * ("attacked on Monday") means the Monday before.
     */
    private String pastWeekday(String value, TimeExpression te, Token verb, Modality mod) {
        if (published == null || value.length() != 10 || mod != Modality.ASSERTED) {
            return value;
        }
        String text = te.text().toLowerCase(Locale.ROOT);
        boolean weekday = WEEKDAYS.stream().anyMatch(text::contains);
        boolean past = verb.pos().equals("VBD") || verb.pos().equals("VBN");
        if (!weekday || !past) {
            return value;
        }
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.isAfter(published)) {
                DayOfWeek dow = d.getDayOfWeek();
                LocalDate back = published;
                while (back.getDayOfWeek() != dow) {
                    back = back.minusDays(1);
                }
                return back.toString();
            }
        } catch (DateTimeParseException ignored) {
            // not a plain date: keep it as normalised
        }
        return value;
    }
}
