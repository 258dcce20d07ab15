package org.herodotus.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The intake state on a real PostgreSQL 17 server: the same upserts and timestamps as on DuckDB. */
class PostgresIntakeStateTest extends IntakeStateTest {

    private static EmbeddedPostgres server;
    private final Map<String, String> databases = new HashMap<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    String location(String name) throws Exception {
        String existing = databases.get(name);
        if (existing != null) {
            return existing;
        }
        String db = "intake_" + name + "_" + System.nanoTime();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + db + "?user=postgres";
        databases.put(name, url);
        return url;
    }
}
