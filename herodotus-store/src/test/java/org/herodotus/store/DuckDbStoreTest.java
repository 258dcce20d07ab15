package org.herodotus.store;

/** The store contract on an embedded DuckDB file. */
class DuckDbStoreTest extends StoreContract {

    private int n;

    @Override
    String freshLocation() {
        return tmp.resolve("store-" + (n++) + ".duckdb").toString();
    }
}
