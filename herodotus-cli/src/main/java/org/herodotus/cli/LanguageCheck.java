package org.herodotus.cli;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.herodotus.model.Analysis;

/**
 * Warns about articles in a language the pipeline cannot analyse. Its models and lexicons are
 * English; run on another language it finds next to nothing, and an empty analysis must not pass
 * for "nothing happened". One warning per such article, and their number at the end of the run.
 */
final class LanguageCheck {

    /** The languages (ISO 639-1) the bundled models and lexicons are made for. */
    private static final Set<String> ANALYSED = Set.of("en");

    private final String command;
    private final AtomicInteger others = new AtomicInteger();

    /** A check for the run of {@code command} ("herodotus analyze"), which names it in the summary. */
    LanguageCheck(String command) {
        this.command = command;
    }

    /** Warns on standard error when {@code analysis} is of an article in another language. */
    void check(Analysis analysis) {
        String language = analysis.language();
        if (language == null || ANALYSED.contains(language)) {
            return; // unknown (too little text to tell) is no reason to warn
        }
        others.incrementAndGet();
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        System.err.printf("warning: %s: written in %s (%s); the pipeline analyses English only, so its actors, events "
                + "and claims are missing%n", analysis.url() != null ? analysis.url() : analysis.id(),
                name.isEmpty() || name.equals(language) ? "language" : name, language);
    }

    /** The line for the end of the run, or nothing when every article was in English. */
    void summarise() {
        int n = others.get();
        if (n > 0) {
            System.err.printf("%s: %d article%s not in English, so not analysed for actors, events and claims "
                    + "(see the warnings above)%n", command, n, n == 1 ? "" : "s");
        }
    }
}
