package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that cannot finish exits with its own status and says why, without a stack trace. */
class RunFailureTest {

    @TempDir
    Path tmp;

    @Test
    void exitsWithStatusThreeAndTheCauseWhenTheOutputCannotBeWritten() throws Exception {
        Path page = Files.writeString(tmp.resolve("ferry.txt"), "Ferry service resumes\n\nThe ferry resumed on Monday.\n");
        Path notAFile = Files.createDirectories(tmp.resolve("out"));
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = Main.run("extract", page.toString(), "-o", notAFile.toString());
        } finally {
            System.setErr(old);
        }
        assertThat(status).isEqualTo(ExitCodes.RUN_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("herodotus extract: the run could not finish: ")
                .contains(notAFile.toString()).doesNotContain("\tat ");
    }
}
