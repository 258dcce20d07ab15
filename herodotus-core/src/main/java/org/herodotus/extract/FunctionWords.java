package org.herodotus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tells a text's language by its most frequent function words ("der", "und", "die" for German),
 * before anything more costly runs: it names the language of a text when one language stands
 * out, that is when, among the first {@value #WORDS} words of the text, enough are its function
 * words and clearly more than of any other listed language. Languages that share most function
 * words (Indonesian and Malay, Croatian and Serbian) never pass that margin and are left to the
 * statistical identifier. The word lists are data ({@code languages.rules [function-words]}).
 * Immutable and thread-safe.
 */
final class FunctionWords {

    /** Words of the text looked at. */
    static final int WORDS = 80;
    /** Fewer words than this tell too little. */
    static final int MIN_WORDS = 10;
    /** Share of the words that must be function words of the declared language. */
    static final double MIN_SHARE = 0.12;
    /** How many times more hits the declared language needs than any other listed language. */
    static final double MARGIN = 1.5;
    /** Fewest hits that confirm a declaration, whatever the share. */
    static final int MIN_HITS = 4;

    /** For each word, the languages (by index into {@link #codes}) listing it, as bits. */
    private final Map<String, Long> languagesOf;
    private final List<String> codes;

    /**
     * Word lists from {@code entries}: each entry is an ISO 639-1 code followed by that
     * language's function words, separated by blanks. At most 64 languages.
     */
    FunctionWords(List<String> entries) {
        Map<String, Long> words = new HashMap<>();
        List<String> langs = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length < 2) {
                throw new IllegalStateException("languages.rules [function-words]: a code and its words expected: " + entry);
            }
            String code = parts[0].toLowerCase(Locale.ROOT);
            int index = langs.indexOf(code);
            if (index < 0) {
                index = langs.size();
                langs.add(code);
            }
            if (index >= 64) {
                throw new IllegalStateException("languages.rules [function-words]: more than 64 languages");
            }
            long bit = 1L << index;
            for (int i = 1; i < parts.length; i++) {
                words.merge(parts[i].toLowerCase(Locale.ROOT), bit, (a, b) -> a | b);
            }
        }
        this.languagesOf = Map.copyOf(words);
        this.codes = List.copyOf(langs);
    }

    /**
     * The one language (ISO 639-1 code) the start of {@code text} reads as by its function words,
     * or null when none stands out: too few words, too few
     * function words, or two related languages sharing them.
     */
    String dominant(String text) {
        if (text == null) {
            return null;
        }
        int[] hits = hits(text);
        int best = 0;
        for (int l = 1; l < codes.size(); l++) {
            if (hits[l + 1] > hits[best + 1]) {
                best = l;
            }
        }
        return codes.isEmpty() || !stands(best, hits) ? null : codes.get(best);
    }

    /** Whether language {@code l} has enough of the words counted in {@code hits}, and clearly more than any other. */
    private boolean stands(int l, int[] hits) {
        int words = hits[0];
        if (words < MIN_WORDS) {
            return false;
        }
        int own = hits[l + 1];
        int other = 0;
        for (int k = 0; k < codes.size(); k++) {
            if (k != l) {
                other = Math.max(other, hits[k + 1]);
            }
        }
        return own >= MIN_HITS && own >= MIN_SHARE * words && own >= MARGIN * other;
    }

    /** The number of words among the first {@value #WORDS} of {@code text}, then each language's function words among them. */
    private int[] hits(String text) {
        int[] hits = new int[codes.size() + 1];
        int words = 0;
        int i = 0;
        int n = text.length();
        StringBuilder word = new StringBuilder(24);
        while (i < n && words < WORDS) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isWordChar(c)) {
                word.appendCodePoint(c);
                if (i < n) {
                    continue;
                }
            }
            if (word.length() > 0) {
                words++;
                Long bits = languagesOf.get(word.toString().toLowerCase(Locale.ROOT));
                if (bits != null) {
                    long b = bits;
                    while (b != 0) {
                        hits[Long.numberOfTrailingZeros(b) + 1]++;
                        b &= b - 1;
                    }
                }
                word.setLength(0);
            }
        }
        hits[0] = words;
        return hits;
    }

    /** Letters, and the vowel signs and diacritics written inside words (Arabic, Indic scripts). */
    private static boolean isWordChar(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
