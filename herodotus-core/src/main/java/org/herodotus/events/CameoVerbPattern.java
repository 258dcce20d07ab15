package org.herodotus.events;

import java.util.List;

/**
 * A pattern of a CAMEO verb block ({@code - words * words [code]}), read by {@link CameoVerbFile}
 * and matched by {@link CameoPatternMatcher}.
 *
 * @param lower  elements before the verb, in text order
 * @param upper  elements after the verb, in text order
 * @param code   the CAMEO code ("064", "032:033", "---")
 * @param words  number of word elements, for ordering: longer patterns are tried first
 * @param origin file and line
 */
record CameoVerbPattern(List<Element> lower, List<Element> upper, String code, int words, String origin) {

    /** One element of a pattern. */
    enum Kind { WORDS, SOURCE, TARGET, COMPOUND, SKIP }

    /**
     * A pattern element: a set of alternative word sequences, or a position marker.
     *
     * @param kind     what it is
     * @param phrases  for WORDS, the alternatives (each a sequence of upper-case words)
     * @param adjacent whether it must touch the element on its verb side (joined by {@code _})
     * @param plurals  whether regular plurals of the words match too (synonym sets)
     */
    record Element(Kind kind, List<List<String>> phrases, boolean adjacent, boolean plurals) {
    }
}
