package org.herodotus.store;

/** The database engines the store runs on; the few places where their SQL differs ask this. */
public enum Dialect {
    /** Embedded DuckDB: one file, zero set-up, one writing process at a time. */
    DUCKDB("duckdb"),
    /** PostgreSQL server: shared by many users and processes. */
    POSTGRESQL("postgresql");

    private final String scriptSuffix;

    Dialect(String scriptSuffix) {
        this.scriptSuffix = scriptSuffix;
    }

    /** The name used in dialect-specific migration scripts ({@code V2.postgresql.sql}). */
    public String scriptSuffix() {
        return scriptSuffix;
    }

    /** The dialect of a JDBC URL. */
    public static Dialect ofJdbcUrl(String url) {
        if (url.startsWith("jdbc:duckdb:")) {
            return DUCKDB;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (use a file path, jdbc:duckdb:… or jdbc:postgresql:…): " + url);
    }
}
