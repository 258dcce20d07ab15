package org.herodotus.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.herodotus.nlp.Token;

/**
 * Finds dictionary phrases in tokenised text by comparing the covered text, so that a phrase
 * matches however CoreNLP splits it ("Kata'ib", "U.S.", "Workers' Party"). Matching ignores case
 * and accents, except for short all-capital phrases ("US", "AU", "IS") and short mixed-case ones ("LeT"),
 * which must match exactly,
 * and a phrase written with a capital initial must start with a capital in the text ("Chad", not
 * "chad"). Immutable once built; safe to share between threads.
 */
final class PhraseIndex<T> {

    /** How many tokens a phrase may span. */
    static final int MAX_TOKENS = 10;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Entry<T>(T value, boolean capital) {
    }

    private final Map<String, List<Entry<T>>> folded = new HashMap<>();
    private final Map<String, List<Entry<T>>> exact = new HashMap<>();

    /** Adds {@code phrase} as a name of {@code value}. Call only while building. */
    void add(String phrase, T value) {
        String p = collapseSpaces(phrase.trim());
        if (p.isEmpty()) {
            return;
        }
        if (isAcronym(p)) {
            exact.computeIfAbsent(p, k -> new ArrayList<>(1)).add(new Entry<>(value, true));
        } else {
            boolean capital = Character.isUpperCase(p.codePointAt(0));
            folded.computeIfAbsent(fold(p), k -> new ArrayList<>(1)).add(new Entry<>(value, capital));
        }
    }

    /**
     * The values named by the longest phrase that starts at token {@code first}, and the index
     * after its last token, or null when no phrase starts there.
     */
    Match<T> longestAt(String text, List<Token> tokens, int first) {
        Token start = tokens.get(first);
        if (!Character.isLetterOrDigit(text.codePointAt(start.start()))) {
            return null;
        }
        boolean capitalInText = Character.isUpperCase(text.codePointAt(start.start()));
        int last = Math.min(tokens.size(), first + MAX_TOKENS);
        for (int end = last; end > first; end--) {
            String covered = collapseSpaces(text.substring(start.start(), tokens.get(end - 1).end()));
            List<T> values = new ArrayList<>();
            List<Entry<T>> ex = exact.get(covered);
            if (ex != null) {
                ex.forEach(e -> values.add(e.value()));
            }
            List<Entry<T>> fo = folded.get(fold(covered));
            if (fo != null) {
                for (Entry<T> e : fo) {
                    if (!e.capital() || capitalInText) {
                        values.add(e.value());
                    }
                }
            }
            if (!values.isEmpty()) {
                return new Match<>(first, end, values);
            }
        }
        return null;
    }

    /** Values found for a phrase starting at token {@code first} and ending before token {@code end}. */
    record Match<T>(int first, int end, List<T> values) {
    }

    /** Lower case, no accents, typographic apostrophes made plain, white space collapsed. */
    static String fold(String s) {
        if (isAscii(s)) {
            // Most text is plain ASCII, which Unicode normalisation leaves as it is and which has no
            // accents: the same result without the normaliser and the regular expressions, which
            // made this the actors stage's largest cost (up to ten phrase lengths at every token).
            return collapseSpaces(lowerAscii(s)).trim();
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("");
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        return SPACES.matcher(n.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * {@code s} with every run of white space ({@code \s}: space, tab, line feed, vertical tab,
     * form feed, carriage return) made one space, as {@code s.replaceAll("\\s+", " ")} does.
     */
    static String collapseSpaces(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < n && isSpace(s.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i++);
            if (isSpace(c)) {
                b.append(' ');
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** ASCII {@code s} in lower case, with the backtick made an apostrophe. */
    private static String lowerAscii(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + ('a' - 'A'));
            } else if (c[i] == '`') {
                c[i] = '\'';
            }
        }
        return new String(c);
    }

    /**
     * All capitals, at most four letters ("US", "U.S.", "NATO"), or a short word with a capital
     * after a small letter ("LeT", "SoS"): such phrases match only as written, so that "Let us"
     * is no Lashkar-e-Taiba.
     */
    static boolean isAcronym(String p) {
        if (isMixedCaseAbbreviation(p)) {
            return true;
        }
        int letters = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '-') {
                return false;
            }
        }
        return letters > 0 && letters <= 4;
    }

    private static boolean isMixedCaseAbbreviation(String p) {
        if (p.length() > 5) {
            return false;
        }
        boolean small = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            if (Character.isLowerCase(c)) {
                small = true;
            } else if (small) {
                return true;
            }
        }
        return false;
    }
}
