package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL 17 server, started from the PostgreSQL binaries
 * published on Maven Central; each test gets a database of its own.
 */
class PostgresStoreTest extends StoreContract {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

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
    String freshLocation() throws Exception {
        String name = "herodotus_test_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
    }

    @Test
    void migratesAFreshDatabaseOnceWhenSeveralProcessesOpenItAtTheSameTime() throws Exception {
        String fresh = freshLocation();
        int openers = 4;
        CyclicBarrier start = new CyclicBarrier(openers);
        ExecutorService pool = Executors.newFixedThreadPool(openers);
        try {
            List<Future<Integer>> opened = new ArrayList<>();
            for (int i = 0; i < openers; i++) {
                opened.add(pool.submit(() -> {
                    start.await();
                    try (Store s = Store.open(fresh)) {
                        return s.schemaVersion();
                    }
                }));
            }
            for (Future<Integer> f : opened) {
                assertThat(f.get()).isEqualTo(new Migrations(Dialect.POSTGRESQL).latest());
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = java.sql.DriverManager.getConnection(fresh)) {
            assertThat(Migrations.applied(c)).hasSize(new Migrations(Dialect.POSTGRESQL).all().size());
        }
    }
}
