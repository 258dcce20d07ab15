package org.herodotus.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the newest schema by applying the versioned scripts in
 * {@code org/herodotus/store/migrations/} that it has not yet applied, each in its own
 * transaction, recording them in {@code schema_version}. Applied scripts are verified by checksum
 * so an edited migration is caught rather than silently diverging.
 *
 * <p>Our own runner rather than Flyway: Flyway 13 has no DuckDB support, and the store needs one
 * version history on both engines.
 */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String DIR = "/org/herodotus/store/migrations/";

    /** One migration script. */
    public record Migration(int version, String description, String script, String checksum) {
    }

    /**
     * Work a migration does in Java after its script, in the same transaction: filling a new
     * table from the stored articles where SQL alone would not compute the same values as the
     * code that fills it for new articles.
     */
    @FunctionalInterface
    interface Step {
        /** Runs the step on {@code c}, inside the migration's transaction. */
        void run(Connection c, Dialect dialect) throws SQLException;
    }

    /** The Java steps, by the version whose script they follow. */
    private static final Map<Integer, Step> STEPS = Map.of(4, WordIndex::fill);

    private final Dialect dialect;
    private final List<Migration> migrations;

    /** Loads the migrations for {@code dialect} from the class path. */
    public Migrations(Dialect dialect) {
        this.dialect = dialect;
        this.migrations = load(dialect);
    }

    /** The migrations in version order. */
    public List<Migration> all() {
        return migrations;
    }

    /** The newest schema version these migrations produce. */
    public int latest() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /**
     * Applies every pending migration; returns how many were applied. Throws if the database
     * holds a version this program does not know or a script whose checksum changed.
     */
    public int migrate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            lock(c);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description VARCHAR NOT NULL, checksum VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
            c.commit();
            int count = 0;
            while (true) {
                // Each migration in a transaction of its own, and the applied versions read again
                // inside it, under the lock: another process may have applied some since our last
                // commit released the lock, and applying one twice fails ("multiple primary keys").
                lock(c);
                Migration m = pending(applied(c));
                if (m == null) {
                    c.commit();
                    return count;
                }
                LOG.info("applying schema migration {}: {}", m.version(), m.description());
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(m.script())) {
                        s.execute(sql);
                    }
                }
                Step step = STEPS.get(m.version());
                if (step != null) {
                    step.run(c, dialect);
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                    p.setInt(1, m.version());
                    p.setString(2, m.description());
                    p.setString(3, m.checksum());
                    p.setTimestamp(4, Timestamp.from(Instant.now()));
                    p.executeUpdate();
                }
                c.commit();
                count++;
            }
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /**
     * The first migration not in {@code applied}, or null when none is left; throws if the
     * database holds a version this program does not know or a script whose checksum changed.
     */
    private Migration pending(Map<Integer, String> applied) throws SQLException {
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            Migration m = find(e.getKey());
            if (m == null) {
                throw new SQLException("database schema version " + e.getKey()
                        + " is newer than this program knows (" + latest() + "); upgrade herodotus");
            }
            if (!m.checksum().equals(e.getValue())) {
                throw new SQLException("migration " + m.version() + " (" + m.description()
                        + ") was changed after it was applied to this database");
            }
        }
        for (Migration m : migrations) {
            if (!applied.containsKey(m.version())) {
                return m;
            }
        }
        return null;
    }

    /** The versions applied to the database and their checksums. */
    public static Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> applied = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version ORDER BY version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        return applied;
    }

    private void lock(Connection c) throws SQLException {
        // Two processes opening a fresh PostgreSQL database at once must not both migrate it.
        // DuckDB allows one writing process per file, so it needs no lock.
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(4815162342)");
            }
        }
    }

    private Migration find(int version) {
        for (Migration m : migrations) {
            if (m.version() == version) {
                return m;
            }
        }
        return null;
    }

    /** Splits a script into statements at semicolons that end a line; drops comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static List<Migration> load(Dialect dialect) {
        String index = resource(DIR + "index.txt");
        if (index == null) {
            throw new IllegalStateException("migration index missing from the class path");
        }
        List<Migration> out = new ArrayList<>();
        for (String line : index.split("\n")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int space = t.indexOf(' ');
            int version = Integer.parseInt(space < 0 ? t : t.substring(0, space));
            String description = space < 0 ? "" : t.substring(space + 1).strip();
            String script = resource(DIR + "V" + version + "." + dialect.scriptSuffix() + ".sql");
            if (script == null) {
                script = resource(DIR + "V" + version + ".sql");
            }
            if (script == null) {
                throw new IllegalStateException("migration " + version + " has no script for " + dialect);
            }
            if (!out.isEmpty() && out.get(out.size() - 1).version() >= version) {
                throw new IllegalStateException("migration versions out of order at " + version);
            }
            out.add(new Migration(version, description, script, sha256(script)));
        }
        return List.copyOf(out);
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    static String sha256(String s) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
