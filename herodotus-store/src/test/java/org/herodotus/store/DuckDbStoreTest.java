package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The store contract on an embedded DuckDB file, and the settings DuckDB alone has. */
class DuckDbStoreTest extends StoreContract {

    private int n;

    @Override
    String freshLocation() {
        return tmp.resolve("store-" + (n++) + ".duckdb").toString();
    }

    @Test
    void checkpointsAfter128MbOfLogWhenWriting() throws Exception {
        String defaultThreshold;
        String wanted;
        try (Connection plain = DriverManager.getConnection("jdbc:duckdb:")) {
            defaultThreshold = setting(plain, "checkpoint_threshold");
            try (Statement s = plain.createStatement()) {
                s.execute("SET checkpoint_threshold = '128MB'");
            }
            wanted = setting(plain, "checkpoint_threshold");
        }
        assertThat(wanted).isNotEqualTo(defaultThreshold);
        try (Store store = Store.open(freshLocation())) {
            assertThat(setting(store.connection(), "checkpoint_threshold")).isEqualTo(wanted);
        }
    }

    @Test
    void runsStatementsOnOneThreadWhenAsked() throws Exception {
        try (Store store = Store.open(freshLocation())) {
            try (Statement s = store.connection().createStatement()) {
                s.execute("SET threads = 3");
            }
            store.runStatementsOnOneThread();
            assertThat(setting(store.connection(), "threads")).isEqualTo("1");
            store.ingest(Fixtures.seed());
            assertThat(store.counts().get("articles")).isEqualTo(1);
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
