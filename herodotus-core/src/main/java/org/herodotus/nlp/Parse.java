package org.herodotus.nlp;

import java.util.List;

/**
 * What the nlp stage learned about an article's text: sentences with tokens and dependencies,
 * named entities and time expressions. Offsets index the article text.
 */
public record Parse(List<Sentence> sentences, List<Entity> entities, List<TimeExpression> times) {

    /** The parse of an empty text. */
    public static final Parse EMPTY = new Parse(List.of(), List.of(), List.of());

    public Parse {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }

    /** The sentence that contains text offset {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** The token that covers text offset {@code offset}, or null. */
    public Token tokenAt(int offset) {
        Sentence s = sentenceAt(offset);
        return s == null ? null : s.tokenAt(offset);
    }
}
