package org.herodotus.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.WordClasses;

/**
 * The words that decide an event's modality and negation, grouped in classes ({@code modality.txt},
 * in the word-class format of {@link WordClasses}, limited to {@link #CLASSES}). Immutable after
 * loading.
 */
final class ModalityLexicon {

    /** The classes the file may use, each with its effect documented in the file header. */
    static final Set<String> CLASSES = Set.of("future-aux", "hedge-aux", "would-aux", "commit", "prepare", "desire",
            "epistemic", "negative", "transparent", "negator", "condition", "purpose", "purpose-noun", "future-adj");

    private static final String RESOURCE = "modality.txt";

    private final Map<String, Set<String>> words;

    private ModalityLexicon(Map<String, Set<String>> words) {
        Map<String, Set<String>> copy = new HashMap<>();
        words.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        this.words = Map.copyOf(copy);
    }

    static ModalityLexicon builtin() {
        return parse(LexiconFile.resource(ModalityLexicon.class, RESOURCE));
    }

    static ModalityLexicon parse(LexiconFile file) {
        WordClasses classes = WordClasses.parse(file, CLASSES);
        Map<String, Set<String>> words = new HashMap<>();
        // Lemmas are compared lower-cased, so the words are too, however the file writes them.
        for (String name : classes.names()) {
            Set<String> set = new HashSet<>();
            classes.get(name).forEach(w -> set.add(w.toLowerCase(Locale.ROOT)));
            words.put(name, set);
        }
        return new ModalityLexicon(words);
    }

    /** Whether {@code lemma} belongs to {@code cls}. */
    boolean is(String cls, String lemma) {
        Set<String> set = words.get(cls);
        return set != null && lemma != null && set.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
