package org.herodotus.store;

import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Span;

/**
 * The sentence that shows an event's participant at work. An event merges every mention of the
 * same happening, and its first sentence often names nobody ("I suspect there is Iran behind the
 * attacks"); the board quotes, for each participant, the first mention whose sentence names that
 * participant ("The attacks by pro-Iran militia on US bases").
 */
public final class Evidence {

    /** Longer "sentences" are lists or run-on captions, not a quotable line. */
    private static final int MAX_LENGTH = 800;

    private Evidence() {
    }

    /**
     * The evidence span for {@code actor} in {@code event}: the sentence of the first of the
     * event's mentions whose sentence also names the actor; null to keep the event's own sentence
     * (it names the actor, or no mention's sentence does).
     */
    public static Span of(String text, Event event, Actor actor) {
        if (actor == null || actor.mentions().isEmpty() || event.mentions().size() < 2) {
            return null;
        }
        for (Span trigger : event.mentions()) {
            Span sentence = trigger.equals(event.trigger()) && event.sentence() != null
                    ? event.sentence() : sentenceAround(text, trigger);
            for (Span mention : actor.mentions()) {
                if (sentence.start() <= mention.start() && mention.end() <= sentence.end()) {
                    boolean own = trigger.equals(event.trigger());
                    return own || sentence.end() - sentence.start() > MAX_LENGTH ? null : sentence;
                }
            }
        }
        return null;
    }

    /** The sentence holding {@code span}: from the previous sentence end or line break to the next. */
    static Span sentenceAround(String text, Span span) {
        int start = span.start();
        while (start > 0) {
            char c = text.charAt(start - 1);
            if (c == '\n' || (Character.isWhitespace(c) && start >= 2 && isStop(text, start - 2))) {
                break;
            }
            start--;
        }
        int end = span.end();
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '\n') {
                break;
            }
            end++;
            if (isStop(text, end - 1) && (end == text.length() || Character.isWhitespace(text.charAt(end)))) {
                break;
            }
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new Span(start, end);
    }

    /**
     * Whether the character at {@code i} ends a sentence. A full stop after a short capitalised
     * word ("Mr.", "Gen.", "U.S.") is taken for an abbreviation: a snippet cut too long reads
     * better than one cut in the middle of a name.
     */
    private static boolean isStop(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        return !(i - w <= 3 && i > w && Character.isUpperCase(text.charAt(w)));
    }
}
