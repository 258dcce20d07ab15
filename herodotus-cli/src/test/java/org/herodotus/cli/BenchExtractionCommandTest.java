package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("bench", "extraction", "--rounds", "1", dir.toString())).isZero();
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("pages: 3").contains("baseline: jsoup parse + text()").contains("herodotus extract");
        assertThat(out.lines().filter(l -> l.startsWith("baseline")).findFirst().orElseThrow()).contains("1.00");
    }
}
