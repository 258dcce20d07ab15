package org.herodotus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herodotus} launcher. */
@Command(name = "herodotus",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns news into structured, sourced event data: who did what to whom, where and when, and who says so.",
        footer = {"", "Exit status: 0 all inputs fine, 1 some inputs had errors, 2 usage error or no store,",
                "3 the run could not finish (output or store failed); inputs after the failure were not processed."},
        subcommands = {
                ExtractCommand.class,
                AnalyzeCommand.class,
                IngestCommand.class,
                ImportCommand.class,
                WatchCommand.class,
                IncidentsCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Entry point; exits with the command's status. */
    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (Throwable e) {
            // Even an error outside the commands' own handling gets the documented status.
            System.err.println("herodotus: the run could not finish: " + e);
            status = ExitCodes.RUN_FAILED;
        }
        System.exit(status);
    }

    /** Runs the launcher without exiting the JVM; for tests and embedding. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The launcher's command line, every command and option configured, ready to parse. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(java.time.LocalDate.class, new OptionConverters.Day())
                .setParameterExceptionHandler(Main::refuse)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    // Failures of single inputs are handled inside the commands; what gets here
                    // stopped the run (output not writable, store gone): say so, with the cause.
                    commandLine.getErr().println("herodotus " + commandLine.getCommandName()
                            + ": the run could not finish: " + causes(e));
                    return ExitCodes.RUN_FAILED;
                });
        HelpParagraphs.apply(cli);
        return cli;
    }

    /** The chain of causes, outermost first, each once: the real reason is usually the last. */
    static String causes(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (b.length() > 0) {
                b.append(": ");
            }
            b.append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        }
        return b.toString();
    }

    /**
     * A wrong command line gets one line naming what is wrong (the option, the value and what is
     * accepted), not the whole help, which would bury it; exit status 2.
     */
    private static int refuse(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        cl.getErr().println(name + ": " + e.getMessage().strip()
                + (e instanceof CommandLine.UnmatchedArgumentException ? " (" + name + " --help lists them)" : ""));
        return ExitCodes.USAGE;
    }

    /** Without a command there is nothing to do: the usage, and the usage-error status. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }

    /** The project version, written into {@code version.properties} by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new java.io.IOException("version.properties is missing from the build");
                }
                p.load(in);
            }
            return new String[] {"herodotus " + p.getProperty("version")};
        }
    }
}
