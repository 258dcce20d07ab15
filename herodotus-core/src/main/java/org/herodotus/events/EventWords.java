package org.herodotus.events;

import java.util.Set;
import org.herodotus.lexicon.WordClasses;

/**
 * The closed word classes of the event coding rules, read once from {@code words.txt} (format and
 * what each class is for in that file).
 */
final class EventWords {

    private static final WordClasses WORDS = WordClasses.load(EventWords.class, "/org/herodotus/events/words.txt");

    private EventWords() {
    }

    /** The words of class {@code name}; fails naming the file when there is no such class. */
    static Set<String> of(String name) {
        return WORDS.get(name);
    }
}
