package org.herodotus.pipeline;

import java.util.Locale;

/**
 * The parts of a {@link Doc} a stage can read or add. Stages declare theirs in a {@link
 * StageContract}, and a {@link Pipeline} refuses to run a stage before the stages that add what it
 * reads.
 */
public enum DocPart {
    /** Sentences, tokens, entities, dates and dependencies: {@link Doc#parse()}. */
    PARSE,
    /** {@link Doc#actors()}. */
    ACTORS,
    /** {@link Doc#events()}. */
    EVENTS,
    /** {@link Doc#places()}. */
    PLACES,
    /** {@link Doc#claims()}. */
    CLAIMS,
    /** {@link Doc#quotes()}. */
    QUOTES;

    /** The lower-case word error messages use ("actors"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
