package org.herodotus.pipeline;

/**
 * One step of the analysis. A stage reads what earlier stages put in the {@link Doc} and returns
 * a copy with its own findings added. Implementations hold only immutable, loaded-once resources,
 * so one instance serves all threads.
 */
public interface Stage {

    /** Adds this stage's findings to {@code doc}. Problems with the input go to {@link Doc#withError}. */
    Doc apply(Doc doc);

    /** A short name used in logs and error messages ("nlp", "actors", …). */
    String name();
}
