package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;


/** Runs store commands in-process and checks what they print. */
final class StoreCommandsTestSupport {

    private StoreCommandsTestSupport() {
    }

    /** Runs {@code herodotus incidents --db DB} and checks that its output names {@code expected}. */
    static void assertIncidentsCommandPrints(String db, String expected) {
        assertThat(CliRun.stdout("incidents", "--db", db)).contains("attribution board").contains(expected);
    }
}
