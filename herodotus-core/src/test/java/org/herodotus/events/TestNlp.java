package org.herodotus.events;

import org.herodotus.nlp.NlpStage;

/** One CoreNLP pipeline for all event tests in the JVM: loading it takes seconds. */
final class TestNlp {

    private static NlpStage stage;

    private TestNlp() {
    }

    static synchronized NlpStage stage() {
        if (stage == null) {
            stage = new NlpStage();
        }
        return stage;
    }
}
