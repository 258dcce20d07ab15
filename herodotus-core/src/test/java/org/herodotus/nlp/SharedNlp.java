package org.herodotus.nlp;

/** One loaded nlp stage for all test classes of this module: CoreNLP takes seconds to load. */
public final class SharedNlp {

    private static NlpStage stage;

    private SharedNlp() {
    }

    /** The default nlp stage (parses every sentence), loaded on first use. */
    public static synchronized NlpStage stage() {
        if (stage == null) {
            stage = new NlpStage();
        }
        return stage;
    }
}
