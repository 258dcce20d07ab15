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

    @Test
    void aRateFromTooLittleMeasuredTimeSaysSoInsteadOfAFigureInTheBillions() throws Exception {
        Files.writeString(dir.resolve("p.html"), "<html><body><p>The ferry resumed on Monday.</p></body></html>");
        String out = CliRun.stdout("bench", "extraction", "--rounds", "1", "--warmup", "0", dir.toString());
        for (String line : out.lines().filter(l -> l.startsWith("baseline") || l.startsWith("herodotus extract")).toList()) {
            assertThat(line).doesNotContainPattern("\\d{7,}");
        }
        // One tiny page takes microseconds: the process CPU clock, which counts 10 ms ticks, cannot time it.
        assertThat(out).contains("too short").contains("give more pages");
    }
}
