package org.herodotus.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;

/**
 * The words that decide an event's modality and negation, grouped in classes ({@code modality.txt}).
 * Immutable after loading.
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
        Map<String, Set<String>> words = new HashMap<>();
        for (LexiconLine line : file.lines()) {
            String s = PloverCodebook.stripComment(line.text());
            if (s.isEmpty()) {
                continue;
            }
            String[] f = s.split("\\s+");
            if (!CLASSES.contains(f[0])) {
                throw line.error("unknown class " + f[0]);
            }
            Set<String> set = words.computeIfAbsent(f[0], k -> new HashSet<>());
            for (int i = 1; i < f.length; i++) {
                set.add(f[i].toLowerCase());
            }
        }
        return new ModalityLexicon(words);
    }

    /** Whether {@code lemma} belongs to {@code cls}. */
    boolean is(String cls, String lemma) {
        Set<String> set = words.get(cls);
        return set != null && lemma != null && set.contains(lemma.toLowerCase());
    }
}
