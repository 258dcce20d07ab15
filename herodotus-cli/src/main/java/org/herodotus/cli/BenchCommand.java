package org.herodotus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code herodotus bench}: speed and memory benchmarks, each measured side by side with its
 * baseline in one run and reported as a ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Speed benchmarks against baselines, run side by side and reported as ratios.",
        subcommands = {
                BenchNlpCommand.class,
                BenchPipelineCommand.class,
                BenchEventsCommand.class,
                BenchPlacesCommand.class,
                BenchExtractionCommand.class,
                BenchStoreCommand.class,
                BenchServeCommand.class
        })
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
