package org.herodotus.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Joins description lines into paragraphs before help is shown. Descriptions are written in the
 * source as short strings, but picocli prints every string on a line of its own and wraps each at
 * the terminal width, so a sentence continued on the next string would read as cut off in the
 * middle ("… 2 usage error or no" / "store,"). A string that does not end a sentence is joined to
 * the next one; picocli then wraps the whole paragraph.
 */
final class HelpParagraphs {

    private HelpParagraphs() {
    }

    /** Rewrites the descriptions of {@code commandLine} and all its subcommands. */
    static void apply(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        spec.usageMessage().description(join(spec.usageMessage().description()));
        for (OptionSpec o : List.copyOf(spec.options())) {
            String[] joined = join(o.description());
            if (joined.length != o.description().length) {
                replace(spec, o, OptionSpec.builder(o).description(joined).build());
            }
        }
        for (PositionalParamSpec p : List.copyOf(spec.positionalParameters())) {
            String[] joined = join(p.description());
            if (joined.length != p.description().length) {
                replace(spec, p, PositionalParamSpec.builder(p).description(joined).build());
            }
        }
        commandLine.getSubcommands().values().stream().distinct().forEach(HelpParagraphs::apply);
    }

    private static void replace(CommandSpec spec, ArgSpec old, ArgSpec replacement) {
        spec.remove(old);
        if (replacement instanceof OptionSpec o) {
            spec.addOption(o);
        } else {
            spec.addPositional((PositionalParamSpec) replacement);
        }
    }

    /** The lines as paragraphs: a line that does not end a sentence runs on into the next. */
    static String[] join(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        for (String line : lines) {
            if (paragraph == null) {
                paragraph = new StringBuilder(line.strip());
            } else {
                paragraph.append(' ').append(line.strip());
            }
            if (endsSentence(line)) {
                out.add(paragraph.toString());
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.add(paragraph.toString());
        }
        return out.toArray(String[]::new);
    }

    /** Whether the line ends a sentence (or a heading or a list introduced by a colon), or is empty. */
    static boolean endsSentence(String line) {
        String s = line.strip();
        return s.isEmpty() || ".:!?".indexOf(s.charAt(s.length() - 1)) >= 0 || s.endsWith(".)") || s.endsWith("%n");
    }
}
