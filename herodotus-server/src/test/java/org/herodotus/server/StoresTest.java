package org.herodotus.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.herodotus.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How requests share the reader connections: a free one each, kept for the whole request. */
class StoresTest {

    @Test
    void aRequestKeepsItsReaderAndAnotherRequestGetsAFreeOne(@TempDir Path tmp) throws Exception {
        try (Store main = Store.open(tmp.resolve("s.duckdb").toString()); Stores stores = new Stores(main, 2)) {
            Store first = stores.read();
            assertThat(stores.read()).isSameAs(first);
            assertThat(stores.freeReaders()).isEqualTo(1);
            Store other = CompletableFuture.supplyAsync(() -> {
                Store r = stores.read();
                stores.release();
                return r;
            }).get();
            assertThat(other).isNotSameAs(first).isNotSameAs(main);
            stores.release();
            assertThat(stores.freeReaders()).isEqualTo(2);
            stores.release();
            assertThat(stores.freeReaders()).isEqualTo(2);
        }
    }

    @Test
    void withoutReadersEverythingUsesTheMainStore(@TempDir Path tmp) throws Exception {
        try (Store main = Store.open(tmp.resolve("s.duckdb").toString()); Stores stores = new Stores(main, 0)) {
            assertThat(stores.read()).isSameAs(main);
            stores.release();
            assertThat(stores.write()).isSameAs(main);
        }
    }
}
