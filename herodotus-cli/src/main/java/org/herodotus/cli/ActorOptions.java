package org.herodotus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.actors.ActorDictionary;
import picocli.CommandLine.Option;

/**
 * The options that add CAMEO/PETRARCH actor and agent dictionaries to the bundled ones: part of
 * {@link PipelineOptions}, and on their own for {@code eval actors}, which runs the actors stage
 * alone.
 */
final class ActorOptions {

    @Option(names = "--actors", paramLabel = "FILE",
            description = "CAMEO/PETRARCH actor dictionary to add to the bundled actors (repeatable).")
    List<Path> cameoActors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE",
            description = "CAMEO/PETRARCH agent dictionary to add to the bundled agents lexicon (repeatable).")
    List<Path> cameoAgents = new ArrayList<>();

    /**
     * The bundled dictionaries plus the files given.
     *
     * @throws IllegalArgumentException naming the file (and line) that cannot be read or parsed
     */
    ActorDictionary dictionary() {
        return ActorDictionary.withCameoFiles(cameoActors, cameoAgents);
    }
}
