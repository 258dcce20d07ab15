package org.herodotus.store;

import java.util.Arrays;
import java.util.List;

/**
 * A table as the write path fills it: its name and the columns its rows of type {@code R} give,
 * in order. Each row record holds its table in a constant {@code TABLE}, so a table's column list
 * is written once, next to the record whose components are those columns.
 *
 * @param <R>     the record of its rows
 * @param name    the table's name
 * @param columns the columns a row gives, in the order of {@link TableRow#values()}
 */
record Table<R extends TableRow>(String name, List<String> columns) {

    Table {
        columns = List.copyOf(columns);
    }

    /** Table {@code name} with the columns of {@code columns}, a comma-separated list as in SQL. */
    static <R extends TableRow> Table<R> of(String name, String columns) {
        return new Table<>(name, Arrays.stream(columns.split(",")).map(String::strip).toList());
    }

    /** The columns as an SQL column list, "a, b, c". */
    String columnList() {
        return String.join(", ", columns);
    }

    /** The values of {@code row}, checked to be one for each column. */
    Object[] values(R row) {
        Object[] v = row.values();
        if (v.length != columns.size()) {
            throw new IllegalArgumentException(name + ": row of " + v.length + " values, expected " + columns.size());
        }
        return v;
    }
}
