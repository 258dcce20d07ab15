package org.herodotus.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text (a page copied as text, a JSON Lines "text" field) gets the same boilerplate care as
 * HTML: lines that are boilerplate by {@code boilerplate.rules} ("skip to Main Content",
 * "Back To Top", "Advertisement") are dropped; the first line is the title when it reads like one
 * (a single short line standing alone, not ending a sentence, or standing over a wire dateline
 * such as "BEIJING 1996-08-31") and the container gave none, or
 * when it is the title the container gave; paragraphs are separated by one blank line. The
 * remaining lines are kept as written. A text that is one line is all body, never a title: a
 * single sentence is an article. The title is split off only to be reported; the analysis reads it
 * again before the body ({@link org.herodotus.model.AnalysedText}), so no words are lost.
 * Thread-safe.
 */
final class PlainTextExtractor {

    private static final int MAX_TITLE = 250;

    private final ExtractionRules rules;

    PlainTextExtractor(ExtractionRules rules) {
        this.rules = rules;
    }

    /**
     * A title (or null) and a body.
     *
     * @param title the first line when it is a title and none was given; else null
     * @param body  the text without boilerplate lines and without the title line (the given
     *              title's too), paragraphs separated by blank lines
     */
    record Result(String title, String body) {
    }

    /** Splits {@code text} into title and body; {@code givenTitle} is the container's title or null. */
    Result extract(String text, String givenTitle) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        for (String raw : lines) {
            String line = stripTrailing(raw);
            if (line.isBlank()) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).isEmpty()) {
                    kept.add("");
                }
                continue;
            }
            if (rules.isBoilerplateLine(line)) {
                continue;
            }
            kept.add(line);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        String title = null;
        if (kept.size() > 1) {
            String first = kept.get(0).strip();
            boolean alone = kept.get(1).isEmpty();
            boolean given = givenTitle != null && squash(first).equals(squash(givenTitle));
            // a wire story's headline may end with a full stop; the dateline under it tells
            // (with the reporter's name line between them, as agencies put it)
            boolean overDateline = rules.isDatelineLine(kept.get(1))
                    || kept.size() > 2 && isNameLine(kept.get(1)) && rules.isDatelineLine(kept.get(2));
            boolean readsLikeTitle = givenTitle == null && first.length() <= MAX_TITLE
                    && (alone || !endsSentence(first) || overDateline);
            if (given || readsLikeTitle) {
                title = given ? null : first;
                kept.remove(0);
                while (!kept.isEmpty() && kept.get(0).isEmpty()) {
                    kept.remove(0);
                }
            }
        }
        return new Result(title, String.join("\n", kept).strip());
    }

    /** Spacing and case aside, for comparing a line with the given title. */
    private static String squash(String s) {
        return s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** A byline's shape: a few words, none of them ending a sentence ("Larisa Sayenko"). */
    private static boolean isNameLine(String s) {
        String l = s.strip();
        return !l.isEmpty() && l.split("\\s+").length <= 6 && !endsSentence(l);
    }

    private static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == ',' || c == ';' || c == ':';
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '\u00a0')) {
            end--;
        }
        return s.substring(0, end);
    }
}
