package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading commands open a DuckDB store read-only: they need no write access and change nothing. */
class ReadOnlyStoreTest {

    @TempDir
    Path tmp;

    @Test
    void readsAStoreOpenedReadOnlyAndRefusesToWriteIt() throws Exception {
        String db = tmp.resolve("events.duckdb").toString();
        try (Store store = Store.open(db)) {
            store.ingest(Fixtures.seed());
        }
        try (Store reader = Store.openReadOnly(db)) {
            assertThat(reader.counts().get("articles")).isEqualTo(1);
            assertThat(reader.events(EventQuery.all())).isNotEmpty();
            assertThatThrownBy(() -> reader.ingest(Fixtures.seedFollowUp())).isInstanceOf(SQLException.class);
        }
        try (Store store = Store.open(db)) {
            assertThat(store.counts().get("articles")).isEqualTo(1);
        }
    }

    @Test
    void createsNothingWhereThereIsNoStore() {
        Path missing = tmp.resolve("nowhere/events.duckdb");
        assertThatThrownBy(() -> Store.openReadOnly(missing.toString())).isInstanceOf(SQLException.class)
                .hasMessageContaining("no store here");
        assertThat(Files.exists(missing.getParent())).isFalse();
    }
}
