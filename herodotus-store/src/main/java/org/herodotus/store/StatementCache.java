package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepared statements kept for reuse on the store's one connection. Preparing costs DuckDB more
 * than running a small statement, and an article's ingest runs the same few dozen statements.
 */
final class StatementCache implements AutoCloseable {

    private static final int CAPACITY = 400;

    private final Connection c;
    private final Map<String, PreparedStatement> cache = new LinkedHashMap<>(64, 0.75f, true);
    /** DuckDB's appender; null on PostgreSQL. */
    private final DuckDbAppends appends;

    StatementCache(Connection c) throws SQLException {
        this.c = c;
        this.appends = DuckDbAppends.of(c);
    }

    /**
     * The condition that {@code column} is one of a list bound as a single parameter with
     * {@link #setIds} or {@link #setTexts}. The statement is the same whatever the list's length,
     * so it is prepared once: an IN list of one mark per value was a new statement, planned anew,
     * for each length. DuckDB joins the column against the unnested list (half the time of 500
     * marks); PostgreSQL compares it with {@code ANY}, which its indexes serve.
     */
    String isIn(String column) {
        return appends != null ? column + " IN (SELECT unnest(?))" : column + " = ANY(?)";
    }

    /** Binds {@code ids} as the list of an {@link #isIn} condition on a number column. */
    void setIds(PreparedStatement p, int index, Collection<Long> ids) throws SQLException {
        p.setArray(index, c.createArrayOf("bigint", ids.toArray()));
    }

    /** Binds {@code texts} as the list of an {@link #isIn} condition on a text column. */
    void setTexts(PreparedStatement p, int index, Collection<String> texts) throws SQLException {
        p.setArray(index, c.createArrayOf("varchar", texts.toArray()));
    }

    /** The connection the statements are prepared on. */
    Connection connection() {
        return c;
    }

    /** The prepared statement for {@code sql}, ready for new parameters. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement p = cache.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            cache.put(sql, p);
            if (cache.size() > CAPACITY) {
                var eldest = cache.entrySet().iterator().next();
                eldest.getValue().close();
                cache.remove(eldest.getKey());
            }
        } else {
            p.clearParameters();
        }
        return p;
    }

    /**
     * Inserts {@code rows} into {@code table}: on DuckDB through its appender ({@link DuckDbAppends});
     * on PostgreSQL with multi-row VALUES statements of at most 250 rows each, one round trip for
     * most articles' records instead of one per row.
     */
    <R extends TableRow> void insert(Table<R> table, List<R> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (appends != null) {
            appends.append(table, rows);
            return;
        }
        String one = "(" + Sql.marks(table.columns().size()) + ")";
        for (int from = 0; from < rows.size(); from += 250) {
            List<R> chunk = rows.subList(from, Math.min(rows.size(), from + 250));
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.name()).append(" (")
                    .append(table.columnList()).append(") VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(one);
            }
            PreparedStatement p = get(sql.toString());
            int k = 1;
            for (R row : chunk) {
                for (Object v : table.values(row)) {
                    Sql.set(p, k++, v);
                }
            }
            p.executeUpdate();
        }
    }

    /**
     * Inserts {@code rows} into {@code table} where its key does not hold them yet; rows already
     * there (from this batch's rivals on PostgreSQL too) are left as they are.
     */
    <R extends TableRow> void insertNew(Table<R> table, List<R> rows) throws SQLException {
        String one = "(" + Sql.marks(table.columns().size()) + ")";
        for (int from = 0; from < rows.size(); from += 250) {
            List<R> chunk = rows.subList(from, Math.min(rows.size(), from + 250));
            PreparedStatement p = get("INSERT INTO " + table.name() + " (" + table.columnList() + ") VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), one)) + " ON CONFLICT DO NOTHING");
            int k = 1;
            for (R row : chunk) {
                for (Object v : table.values(row)) {
                    Sql.set(p, k++, v);
                }
            }
            p.executeUpdate();
        }
    }

    /**
     * Runs {@code sql}, whose one parameter is the list of an {@link #isIn} condition, with
     * {@code ids} as that list.
     */
    int update(String sql, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        PreparedStatement p = get(sql);
        setIds(p, 1, ids);
        return p.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        List<SQLException> errors = new ArrayList<>();
        for (PreparedStatement p : cache.values()) {
            try {
                p.close();
            } catch (SQLException e) {
                errors.add(e);
            }
        }
        cache.clear();
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
    }
}
