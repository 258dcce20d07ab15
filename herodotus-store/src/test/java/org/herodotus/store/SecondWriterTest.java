package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB admits one writing process per file: a second one is told which process holds the
 * file, and the store stays whole.
 */
class SecondWriterTest {

    @TempDir
    Path tmp;

    /** Opens the store named by its argument, says so, and holds it until its input closes. */
    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(args[0])) {
            System.out.println("open");
            System.out.flush();
            System.in.read();
        }
    }

    @Test
    void aSecondWriterIsToldWhichProcessHoldsTheStore() throws Exception {
        String where = tmp.resolve("shared.duckdb").toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                SecondWriterTest.class.getName(), where)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            assertThatThrownBy(() -> Store.open(where))
                    .hasMessageContaining(where + ": cannot open the database")
                    .hasMessageContaining("PID " + holder.pid())
                    .hasMessageContaining("process " + holder.pid() + " is: java " + SecondWriterTest.class.getName() + " " + where)
                    .hasMessageContaining("wait for it to finish");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (Store store = Store.open(where)) {
            assertThat(store.schemaVersion()).isEqualTo(new Migrations(store.dialect()).latest());
        }
    }
}
