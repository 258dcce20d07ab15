package org.herodotus.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes Parquet through an in-memory DuckDB, whichever engine holds the store: the rows are
 * written as JSON Lines to a temporary file, and DuckDB's {@code COPY ... (FORMAT PARQUET)} reads
 * them with the columns' types and writes the file. DuckDB is already a dependency, so this costs
 * nothing, where parquet-hadoop would bring in tens of megabytes of Hadoop.
 */
final class ParquetExport {

    /** Writes JSON Lines to a stream; returns how many rows it wrote. */
    interface JsonLines {
        long writeTo(OutputStream out) throws SQLException, IOException;
    }

    private ParquetExport() {
    }

    /**
     * Writes the rows {@code rows} gives to {@code file} as Parquet; returns how many.
     *
     * @param select what to select from the rows, as SQL (the columns, renamed where needed)
     * @param types  the rows' JSON fields and their DuckDB types, as the body of a DuckDB struct
     *               literal ({@code id: 'BIGINT', name: 'VARCHAR'})
     * @param order  an ORDER BY clause with its leading space, or empty
     */
    static long write(JsonLines rows, String select, String types, String order, Path file)
            throws SQLException, IOException {
        Path tmp = Files.createTempFile("herodotus-export", ".jsonl");
        try {
            long n;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                n = rows.writeTo(out);
            }
            Path target = file.toAbsolutePath();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                 Statement s = duck.createStatement()) {
                s.execute("COPY (SELECT " + select + " FROM read_json(" + literal(tmp.toString())
                        + ", format = 'newline_delimited', columns = {" + types + "})" + order + ") TO "
                        + literal(target.toString()) + " (FORMAT PARQUET)");
            }
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code s} as an SQL string literal. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
