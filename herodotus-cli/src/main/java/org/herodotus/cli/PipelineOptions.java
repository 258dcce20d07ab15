package org.herodotus.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.PipelineConfig;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that add to what the full pipeline knows (CAMEO/PETRARCH actor and agent
 * dictionaries, extra trigger lexicons), shared by every command that runs it ({@code analyze},
 * {@code ingest}, {@code eval news}, {@code eval events}, {@code eval attribution}), so that an
 * evaluation scores the very pipeline {@code analyze} runs.
 */
final class PipelineOptions {

    @Mixin
    ActorOptions actorOptions;

    @Option(names = "--triggers", paramLabel = "FILE",
            description = "Event trigger lexicon file to add to the shipped one (repeatable; format in docs/events.md).")
    List<Path> triggers = new ArrayList<>();

    /**
     * The full pipeline's configuration with the bundled resources plus the files given; reads
     * them.
     *
     * @throws IllegalArgumentException naming the file (and line) that cannot be read or parsed
     */
    PipelineConfig config() {
        return PipelineConfig.defaults().withFiles(actorOptions.cameoActors, actorOptions.cameoAgents, triggers);
    }

    /**
     * Loads the full pipeline with the bundled resources plus the files given.
     *
     * @throws IllegalArgumentException naming the file (and line) that cannot be read or parsed
     */
    Pipeline build() {
        return config().build();
    }

    /**
     * As {@link #build}, saying on standard error that the language models are loading and how
     * long they took, as {@code command}; the option files are read first, so a bad one is
     * refused before anything loads.
     *
     * @throws IllegalArgumentException naming the file (and line) that cannot be read or parsed
     */
    Pipeline load(String command) {
        PipelineConfig config = config();
        return ModelLoading.announce(command, config::build);
    }
}
