package org.herodotus.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Announces the loading of the language models on standard error, and the time it took: the
 * parser, the recogniser, the gazetteer and the lexicons take some 25 seconds, which a user would
 * otherwise sit through in silence before the first progress line.
 */
final class ModelLoading {

    private ModelLoading() {
    }

    /** Loads a pipeline (or a stage) with {@code load}, saying so on {@code err} before and after, as {@code command}. */
    static <T> T announce(String command, PrintStream err, Supplier<T> load) {
        err.println(command + ": loading language models…");
        err.flush();
        long started = System.nanoTime();
        T loaded = load.get();
        err.println(command + ": language models loaded in "
                + String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9));
        err.flush();
        return loaded;
    }

    /** Loads a pipeline (or a stage) with {@code load}, saying so on standard error, as {@code command}. */
    static <T> T announce(String command, Supplier<T> load) {
        return announce(command, System.err, load);
    }
}
