package org.herodotus.claims;

import java.util.Set;
import org.herodotus.lexicon.WordClasses;

/**
 * The closed word classes of the attribution and claim rules, read once from {@code words.txt}
 * (format and what each class is for in that file).
 */
final class ClaimWords {

    private static final WordClasses WORDS = WordClasses.load(ClaimWords.class, "/org/herodotus/claims/words.txt");

    private ClaimWords() {
    }

    /** The words of class {@code name}; fails naming the file when there is no such class. */
    static Set<String> of(String name) {
        return WORDS.get(name);
    }
}
