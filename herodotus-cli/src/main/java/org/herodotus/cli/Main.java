package org.herodotus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herodotus} launcher. */
@Command(name = "herodotus",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns news into structured, sourced event data: who did what to whom, where and when, and who says so.",
        subcommands = {
                ExtractCommand.class,
                AnalyzeCommand.class,
                IngestCommand.class,
                IncidentsCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the launcher without exiting the JVM; for tests and embedding. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"herodotus " + (v == null ? "(development build)" : v)};
        }
    }
}
