package org.herodotus.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out FILE} option: JSON Lines to a file instead of standard output. */
final class OutputOption {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write JSON Lines to FILE instead of standard output.")
    Path out;

    /** Opens the destination; the caller closes it (closing standard output only flushes it). */
    Writer open() throws IOException {
        if (out == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
}
