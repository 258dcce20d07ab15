package org.herodotus.model;

import java.util.Locale;

/**
 * The text the analysis stages read: the headline, a blank line, then the body. Headlines carry
 * events and claims of their own ("Rebels say they shot down a helicopter"), so they are analysed
 * like the body; the blank line keeps the headline a sentence of its own (the sentence splitter
 * breaks at blank lines), and every offset stays an offset into one string.
 *
 * <p>The headline is left out when there is none, when the body is empty (a page without an
 * article is not analysed from its title alone), and when the body already opens with it (a
 * plain-text article whose container also gave the title), so no words are read twice.
 *
 * @param text      headline + {@code "\n\n"} + body, or the body alone
 * @param bodyStart where the body begins in {@code text}: 0 when no headline was put before it
 */
public record AnalysedText(String text, int bodyStart) {

    /** Between the headline and the body: a line break and a blank line. */
    public static final String SEPARATOR = "\n\n";

    public AnalysedText {
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("body start " + bodyStart + " outside the text");
        }
    }

    /** The headline of {@code article} put before its body, as described above. */
    public static AnalysedText of(Article article) {
        return of(article.title(), article.text());
    }

    /** {@code headline} (may be null) put before {@code body}, as described above. */
    public static AnalysedText of(String headline, String body) {
        String h = headline == null ? "" : headline.strip();
        if (h.isEmpty() || body.isBlank() || opensWith(body, h)) {
            return new AnalysedText(body, 0);
        }
        return new AnalysedText(h + SEPARATOR + body, h.length() + SEPARATOR.length());
    }

    /** Whether the first line of {@code body} is {@code headline}, spacing and case aside. */
    private static boolean opensWith(String body, String headline) {
        String b = body.stripLeading();
        int nl = b.indexOf('\n');
        String first = nl < 0 ? b : b.substring(0, nl);
        return squash(first).equals(squash(headline));
    }

    private static String squash(String s) {
        return s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
