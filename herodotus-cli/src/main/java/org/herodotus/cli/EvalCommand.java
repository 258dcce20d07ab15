package org.herodotus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code herodotus eval}: scores a stage on a benchmark set whose path is given. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores Herodotus on benchmark sets (paths given as arguments).",
        subcommands = {
                EvalActorsCommand.class,
                EvalEventsCommand.class,
                EvalNewsCommand.class,
                EvalAttributionCommand.class,
                EvalFactualityCommand.class,
                EvalGeoCommand.class,
                EvalExtractionCommand.class
        })
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
