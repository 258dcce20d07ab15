package org.herodotus.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.Herodotus;
import org.herodotus.actors.ActorDictionary;
import org.herodotus.events.EventLexicon;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Option;

/**
 * The options that add to what the full pipeline knows (CAMEO/PETRARCH actor and agent
 * dictionaries, extra trigger lexicons), shared by the commands that run it, so that
 * {@code eval news} scores the very pipeline {@code analyze} runs.
 */
final class PipelineOptions {

    @Option(names = "--actors", paramLabel = "FILE",
            description = "CAMEO/PETRARCH actor dictionary to add to the bundled actors (repeatable).")
    List<Path> cameoActors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE",
            description = "CAMEO/PETRARCH agent dictionary to add to the bundled agents lexicon (repeatable).")
    List<Path> cameoAgents = new ArrayList<>();

    @Option(names = "--triggers", paramLabel = "FILE",
            description = "Event trigger lexicon file to add to the shipped one (repeatable; format in docs/events.md).")
    List<Path> triggers = new ArrayList<>();

    /**
     * Loads the full pipeline with the bundled resources plus the files given.
     *
     * @throws IllegalArgumentException naming the file (and line) that cannot be read or parsed
     */
    Pipeline build() {
        try {
            ActorDictionary.Builder dictionary = ActorDictionary.builder().addDefaults();
            cameoActors.forEach(dictionary::addCameoActors);
            cameoAgents.forEach(dictionary::addCameoAgents);
            EventLexicon lexicon = EventLexicon.load(triggers);
            return Herodotus.pipeline(dictionary.build(), lexicon);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
