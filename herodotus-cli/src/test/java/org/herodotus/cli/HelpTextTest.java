package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** The help a user reads: whole sentences, and the version of the build. */
class HelpTextTest {

    private static void collect(CommandLine cl, List<String> bad) {
        String name = cl.getCommandSpec().qualifiedName();
        check(name, cl.getCommandSpec().usageMessage().description(), bad);
        List<ArgSpec> args = new ArrayList<>(cl.getCommandSpec().options());
        args.addAll(cl.getCommandSpec().positionalParameters());
        for (ArgSpec a : args) {
            check(name + " " + a.paramLabel(), a.description(), bad);
        }
        cl.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, bad));
    }

    private static void check(String where, String[] paragraphs, List<String> bad) {
        for (String p : paragraphs) {
            String s = p.replace("%n", "").strip(); // picocli's own help command ends with a line break
            if (!s.isEmpty() && ".:!?)".indexOf(s.charAt(s.length() - 1)) < 0) {
                bad.add(where + ": " + s);
            }
        }
    }

    @Test
    void everyDescriptionParagraphOfEveryCommandAndOptionEndsItsSentence() {
        List<String> bad = new ArrayList<>();
        collect(Main.commandLine(), bad);
        assertThat(bad).isEmpty();
    }

    @Test
    void aSentenceWrittenOverSeveralSourceLinesIsOneParagraph() {
        assertThat(HelpParagraphs.join(new String[] {"Exit status: 0 fine, 2 usage error or no store,",
                "3 the run could not finish.", "Inputs: files."}))
                .containsExactly("Exit status: 0 fine, 2 usage error or no store, 3 the run could not finish.", "Inputs: files.");
        CliRun.Result help = CliRun.result("ingest", "--help");
        assertThat(help.out()).contains("2 usage error or no\nstore, 3 the run").doesNotContain("no store,\n");
    }

    @Test
    void versionIsTheProjectVersionFromTheBuild() {
        String version = CliRun.stdout("--version").strip();
        assertThat(version).matches("herodotus \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?").doesNotContain("development");
    }

    @Test
    void theCompletionScriptKnowsEveryCommandAndItsOptions() {
        String script = picocli.AutoComplete.bash("herodotus", Main.commandLine());
        assertThat(script).contains("ingest").contains("incidents").contains("export").contains("--table")
                .contains("--near").contains("eval news");
    }
}
