package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Inserts rows into a DuckDB table through DuckDB's appender instead of multi-row
 * {@code INSERT … VALUES} statements. A statement of 250 rows of 29 values is parsed, bound
 * and planned as 7,250 expressions, which made inserting an article's records most of the
 * time of a bulk load; the appender hands the values to the table's storage as they are. It
 * appends in the connection's open transaction, and the table's indexes and constraints (a
 * duplicate primary key) are checked as for an insert, so a rollback drops the rows as it
 * drops inserted ones.
 *
 * <p>The appender fills every column of the table in the table's order: columns the caller does
 * not give get their default (NULL, as an {@code INSERT} leaving them out would). Values are
 * converted to the column's type here, since the appender, unlike a statement, casts nothing.
 */
final class DuckDbAppends {

    /** A table's columns in order: their names (lower case) and DuckDB type names. */
    private record Columns(List<String> names, List<String> types) {
    }

    private final DuckDBConnection c;
    private final Map<String, Columns> tables = new HashMap<>();

    private DuckDbAppends(DuckDBConnection c) {
        this.c = c;
    }

    /** Appends for {@code c} when it is a DuckDB connection, else null. */
    static DuckDbAppends of(Connection c) throws SQLException {
        return c.isWrapperFor(DuckDBConnection.class) ? new DuckDbAppends(c.unwrap(DuckDBConnection.class)) : null;
    }

    /** Appends {@code rows} to {@code table}, each row's values in the order of the table's columns. */
    <R extends TableRow> void append(Table<R> table, List<R> rows) throws SQLException {
        Columns all = columns(table.name());
        List<String> given = table.columns();
        // For each column of the table, the index of its value in a row, or -1 for its default.
        int[] source = new int[all.names().size()];
        Arrays.fill(source, -1);
        for (int i = 0; i < given.size(); i++) {
            int at = all.names().indexOf(given.get(i).toLowerCase(Locale.ROOT));
            if (at < 0) {
                throw new IllegalArgumentException(table.name() + " has no column " + given.get(i));
            }
            source[at] = i;
        }
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.name())) {
            for (R row : rows) {
                Object[] values = table.values(row);
                a.beginRow();
                for (int col = 0; col < source.length; col++) {
                    if (source[col] < 0) {
                        a.appendDefault();
                    } else {
                        put(a, all.types().get(col), values[source[col]]);
                    }
                }
                a.endRow();
            }
            a.flush();
        }
    }

    /** Appends {@code v} as a value of a column of DuckDB type {@code type}. */
    private static void put(DuckDBAppender a, String type, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
            return;
        }
        switch (type) {
            case "BIGINT" -> a.append(((Number) v).longValue());
            case "INTEGER" -> a.append(((Number) v).intValue());
            case "SMALLINT" -> a.append(((Number) v).shortValue());
            case "DOUBLE" -> a.append(((Number) v).doubleValue());
            case "FLOAT" -> a.append(((Number) v).floatValue());
            case "BOOLEAN" -> a.append((boolean) (Boolean) v);
            case "DATE" -> a.append((LocalDate) v);
            case "TIMESTAMP" -> a.append(((Timestamp) v).toLocalDateTime());
            case "BLOB" -> a.append((byte[]) v);
            case "VARCHAR" -> a.append(v.toString());
            default -> throw new IllegalArgumentException("no append for a column of type " + type);
        }
    }

    private Columns columns(String table) throws SQLException {
        Columns known = tables.get(table);
        if (known != null) {
            return known;
        }
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position")) {
            p.setString(1, table);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase(Locale.ROOT));
                    types.add(rs.getString(2).toUpperCase(Locale.ROOT));
                }
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no table " + table);
        }
        Columns found = new Columns(List.copyOf(names), List.copyOf(types));
        tables.put(table, found);
        return found;
    }
}
