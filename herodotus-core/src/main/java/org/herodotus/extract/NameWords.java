package org.herodotus.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A set of class/id words ("share", "read-more") matched against class and id attributes word by
 * word: {@code "article__body--wide"}, {@code "articleBody"} and {@code "article_body"} all split
 * into the words article, body (and wide). Single words are looked up in a hash set; entries of
 * several words must appear in sequence. Immutable and thread-safe.
 */
final class NameWords {

    private final Set<String> single;
    private final List<String[]> phrases;
    private final Set<String> stateWords;

    NameWords(List<String> entries) {
        this(entries, List.of());
    }

    /**
     * Words from {@code entries}; a single word next to one of {@code stateWords} ("has-sidebar",
     * "comments-enabled") names a state, not a block, and does not match.
     */
    NameWords(List<String> entries, List<String> stateWords) {
        this.stateWords = Set.copyOf(stateWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        Set<String> s = new HashSet<>();
        List<String[]> p = new ArrayList<>();
        for (String entry : entries) {
            List<String> words = words(entry);
            if (words.size() == 1) {
                s.add(words.get(0));
            } else if (words.size() > 1) {
                p.add(words.toArray(new String[0]));
            }
        }
        this.single = Set.copyOf(s);
        this.phrases = List.copyOf(p);
    }

    /** Whether any entry occurs among the words of {@code name} (a class attribute or an id). */
    boolean matches(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        List<String> words = words(name);
        for (int i = 0; i < words.size(); i++) {
            if (single.contains(words.get(i)) && !isState(words, i)) {
                return true;
            }
        }
        for (String[] phrase : phrases) {
            if (containsSequence(words, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the words of {@code name} are entries (for scoring). */
    int count(String name) {
        if (name == null || name.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : words(name)) {
            if (single.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private boolean isState(List<String> words, int i) {
        if (stateWords.isEmpty()) {
            return false;
        }
        return (i > 0 && stateWords.contains(words.get(i - 1)))
                || (i + 1 < words.size() && stateWords.contains(words.get(i + 1)));
    }

    private static boolean containsSequence(List<String> words, String[] phrase) {
        outer:
        for (int i = 0; i + phrase.length <= words.size(); i++) {
            for (int j = 0; j < phrase.length; j++) {
                if (!words.get(i + j).equals(phrase[j])) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Splits a class attribute or id into lower-case words at every character that is not a letter
     * or digit and at lower-to-upper case changes ("socialShare" gives social, share).
     */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean alnum = Character.isLetterOrDigit(c);
            if (alnum && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
                out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
                continue;
            }
            if (alnum && start < 0) {
                start = i;
            } else if (!alnum && start >= 0) {
                out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }
}
