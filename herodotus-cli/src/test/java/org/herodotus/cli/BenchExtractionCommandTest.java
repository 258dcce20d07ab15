package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchExtractionCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsPagesPerSecondBesideTheBaseline() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("p" + i + ".html"), "<html><body><div class=\"article-body\"><p>"
                    + "The ferry between the two islands resumed on Monday after repairs to the landing stage. ".repeat(5)
                    + "</p></div></body></html>");
        }
        String out = CliRun.stdout("bench", "extraction", "--rounds", "1", dir.toString());
        assertThat(out).contains("pages: 3").contains("baseline: jsoup parse + text()").contains("herodotus extract");
        assertThat(out.lines().filter(l -> l.startsWith("baseline")).findFirst().orElseThrow()).contains("1.00");
    }
}
