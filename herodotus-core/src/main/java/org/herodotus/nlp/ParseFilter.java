package org.herodotus.nlp;

import java.util.List;

/**
 * Decides which sentences get the (costly) dependency parse. A later stage that reads
 * dependencies only in sentences with, say, an event trigger or a reporting verb says so here,
 * and the nlp stage skips the parse elsewhere.
 */
@FunctionalInterface
public interface ParseFilter {

    /** Parse every sentence. */
    ParseFilter ALL = sentence -> true;

    /** Parse no sentence: the filter of a stage that reads no dependencies. */
    ParseFilter NONE = sentence -> false;

    /**
     * Whether {@code sentence} needs a dependency parse. The sentence has tokens, parts of speech,
     * lemmas and named entities, but no dependencies yet.
     */
    boolean needsParse(Sentence sentence);

    /** A filter that asks for a parse when any of {@code filters} does. */
    static ParseFilter anyOf(List<ParseFilter> filters) {
        List<ParseFilter> copy = List.copyOf(filters);
        return sentence -> {
            for (ParseFilter f : copy) {
                if (f.needsParse(sentence)) {
                    return true;
                }
            }
            return false;
        };
    }
}
