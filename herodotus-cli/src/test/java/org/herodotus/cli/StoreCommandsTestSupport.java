package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs store commands in-process and checks what they print. */
final class StoreCommandsTestSupport {

    private StoreCommandsTestSupport() {
    }

    /** Runs {@code herodotus incidents --db DB} and checks that its output names {@code expected}. */
    static void assertIncidentsCommandPrints(String db, String expected) {
        PrintStream out = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            assertThat(Main.run("incidents", "--db", db)).isZero();
        } finally {
            System.setOut(out);
        }
        assertThat(o.toString(StandardCharsets.UTF_8)).contains("attribution board").contains(expected);
    }
}
