package org.herodotus.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The words that decide an event's modality and negation, grouped in classes ({@code modality.txt}).
 * Immutable after loading.
 */
final class ModalityLexicon {

    /** The classes the file may use, each with its effect documented in the file header. */
    static final Set<String> CLASSES = Set.of("future-aux", "hedge-aux", "would-aux", "commit", "prepare", "desire",
            "epistemic", "negative", "transparent", "negator", "condition", "purpose", "purpose-noun", "future-adj",
            "habitual");

    private static final String RESOURCE = "modality.txt";

    private final Map<String, Set<String>> words;

    private ModalityLexicon(Map<String, Set<String>> words) {
        Map<String, Set<String>> copy = new HashMap<>();
        words.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        this.words = Map.copyOf(copy);
    }

    static ModalityLexicon builtin() {
        try (InputStream in = ModalityLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModalityLexicon parse(BufferedReader reader, String name) throws IOException {
        Map<String, Set<String>> words = new HashMap<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String s = PloverCodebook.stripComment(line);
            if (s.isEmpty()) {
                continue;
            }
            String[] f = s.split("\\s+");
            if (!CLASSES.contains(f[0])) {
                throw new IllegalArgumentException(name + ":" + n + ": unknown class " + f[0]);
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
