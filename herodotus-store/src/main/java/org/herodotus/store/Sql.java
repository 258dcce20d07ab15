package org.herodotus.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/** Null-aware JDBC helpers shared by the store's readers and writers. */
final class Sql {

    private Sql() {
    }

    /** Binds the values in order, each typed by its Java class; nulls as SQL NULL. */
    static void bind(PreparedStatement p, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            set(p, i + 1, values[i]);
        }
    }

    static void set(PreparedStatement p, int i, Object v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.NULL);
        } else if (v instanceof String s) {
            p.setString(i, s);
        } else if (v instanceof Long l) {
            p.setLong(i, l);
        } else if (v instanceof Integer n) {
            p.setInt(i, n);
        } else if (v instanceof Short n) {
            p.setShort(i, n);
        } else if (v instanceof Double d) {
            p.setDouble(i, d);
        } else if (v instanceof Boolean b) {
            p.setBoolean(i, b);
        } else if (v instanceof LocalDate d) {
            p.setDate(i, Date.valueOf(d));
        } else if (v instanceof java.sql.Timestamp t) {
            p.setTimestamp(i, t);
        } else if (v instanceof byte[] b) {
            p.setBytes(i, b);
        } else {
            throw new IllegalArgumentException("cannot bind " + v.getClass());
        }
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** "?, ?, ?" for {@code n} parameters. */
    static String marks(int n) {
        StringJoiner j = new StringJoiner(", ");
        for (int i = 0; i < n; i++) {
            j.add("?");
        }
        return j.toString();
    }

    /**
     * The ids written out as SQL literals, "1, 2, 3": DuckDB plans an IN list of constants as an
     * index or zone-map lookup, which it does not for the same list as parameters. Safe to inline,
     * being numbers.
     */
    static String literals(Collection<Long> ids) {
        StringJoiner j = new StringJoiner(", ");
        for (Long id : ids) {
            j.add(Long.toString(id));
        }
        return j.toString();
    }

    /** {@code n} fresh values of sequence {@code sequence}, in one round trip. */
    static List<Long> nextIds(Connection c, String sequence, int n) throws SQLException {
        List<Long> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "') FROM generate_series(1, " + n + ")")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
