package org.herodotus.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and, when it was parsed, its dependencies. Not every sentence is
 * parsed: the nlp stage may skip the parse where no later stage can use it, leaving
 * {@code dependencies} empty and {@code parsed} false.
 *
 * @param index        position in the article, from 0
 * @param start        start offset in the article text
 * @param end          end offset in the article text (exclusive)
 * @param tokens       the tokens in order
 * @param dependencies typed dependencies (empty when not parsed)
 * @param parsed       whether the dependency parser ran on this sentence
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies,
                       boolean parsed) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** Dependencies whose governor is {@code token}. */
    public List<Dependency> children(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) {
                out.add(d);
            }
        }
        return out;
    }

    /** Dependencies whose dependent is {@code token} (enhanced graphs allow more than one head). */
    public List<Dependency> heads(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == token) {
                out.add(d);
            }
        }
        return out;
    }

    /** The token that covers text offset {@code offset}, or null. */
    public Token tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.start() <= offset && offset < t.end()) {
                return t;
            }
        }
        return null;
    }
}
