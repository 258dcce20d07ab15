package org.herodotus.places;

import java.util.Set;
import org.herodotus.lexicon.WordClasses;

/**
 * The closed word classes of the toponym rules, read once from {@code words.txt} (format and what
 * each class is for in that file).
 */
final class PlaceWords {

    private static final WordClasses WORDS = WordClasses.load(PlaceWords.class, "/org/herodotus/places/words.txt");

    private PlaceWords() {
    }

    /** The words of class {@code name}; fails naming the file when there is no such class. */
    static Set<String> of(String name) {
        return WORDS.get(name);
    }
}
