package org.herodotus.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What "a word" means for text search, on both engines alike: a maximal run of letters, combining
 * marks and digits, lower-cased ({@link Locale#ROOT}), compared on its first {@value #MAX_LENGTH}
 * characters. Articles are indexed with {@link #of(String, String)} when stored, and a search is
 * split with {@link #query(String)}, so both sides agree by construction.
 */
final class Words {

    /**
     * Longer words are indexed and searched by their first this many characters: keys of a
     * PostgreSQL b-tree must stay small, and only run-together junk is this long.
     */
    static final int MAX_LENGTH = 64;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private Words() {
    }

    /** The distinct words of an article's title and text, in order of first appearance. */
    static Set<String> of(String title, String text) {
        Set<String> out = new LinkedHashSet<>();
        add(title, out);
        add(text, out);
        return out;
    }

    /** The distinct words of a search, in order; empty when it has none. */
    static List<String> query(String text) {
        Set<String> out = new LinkedHashSet<>();
        add(text, out);
        return new ArrayList<>(out);
    }

    private static void add(String s, Set<String> out) {
        if (s == null || s.isEmpty()) {
            return;
        }
        for (String w : SEPARATORS.split(s.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(truncate(w));
            }
        }
    }

    private static String truncate(String w) {
        if (w.length() <= MAX_LENGTH) {
            return w;
        }
        // Never cut a surrogate pair in two.
        int end = Character.isHighSurrogate(w.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return w.substring(0, end);
    }
}
