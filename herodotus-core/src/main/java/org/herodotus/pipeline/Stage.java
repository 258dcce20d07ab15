package org.herodotus.pipeline;

import org.herodotus.nlp.ParseFilter;

/**
 * One step of the analysis. A stage reads what earlier stages put in the {@link Doc} and returns
 * a copy with its own findings added; its {@link #contract()} says which parts those are, and the
 * {@link Pipeline} checks the order of its stages against it. Implementations hold only
 * immutable, loaded-once resources, so one instance serves all threads.
 */
public interface Stage {

    /** Adds this stage's findings to {@code doc}. Problems with the input go to {@link Doc#withError}. */
    Doc apply(Doc doc);

    /** A short name used in logs and error messages ("nlp", "actors", …). */
    String name();

    /** The parts of the document this stage reads and those it adds. */
    StageContract contract();

    /**
     * The sentences this stage reads dependencies in. The nlp stage of a pipeline parses only the
     * sentences some later stage asks for (the parse is its costliest part); by default none.
     */
    default ParseFilter parseFilter() {
        return ParseFilter.NONE;
    }
}
