package org.herodotus.cli;

import java.sql.SQLException;
import org.herodotus.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the store commands. */
final class DbOption {

    @Option(names = "--db", paramLabel = "PATH|URL",
            description = {"The store: a DuckDB file, or jdbc:postgresql://HOST/DB?user=… for a PostgreSQL server.",
                    "Default: $HERODOTUS_DB, else ~/.herodotus/herodotus.duckdb."})
    String db;

    /** Opens the store, creating and migrating it if needed. */
    Store open() throws SQLException {
        return Store.open(db);
    }

    /** Opens the existing store for reading only (a DuckDB file read-only). */
    Store openForReading() throws SQLException {
        return Store.openReadOnly(db);
    }

    /** Where the store is, for messages. */
    String where() {
        return db == null || db.isBlank() ? Store.defaultLocation() : db;
    }
}
