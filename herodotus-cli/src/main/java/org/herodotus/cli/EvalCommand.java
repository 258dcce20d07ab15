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
final class EvalCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a subcommand there is nothing to do: the usage, and the usage-error status. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }
}
