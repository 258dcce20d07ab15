package org.herodotus.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Opens the database connection behind a {@link Store}: finds the engine from the location,
 * passes PostgreSQL credentials from the environment, bounds DuckDB's memory, creates or migrates
 * the schema (or, read-only, checks its version), and turns an engine's terse refusal (a DuckDB
 * file locked by another process) into a message that says which process holds it and what to do.
 */
final class StoreConnections {

    /** An open connection, the engine behind it and the location as the user gave it. */
    record Opened(Connection connection, Dialect dialect, String location) {
    }

    private StoreConnections() {
    }

    /**
     * Opens the store at {@code location} (a DuckDB file path or a JDBC URL, the default location
     * when blank): created and migrated when writable, checked for the schema version when
     * read-only; the connection is in manual commit mode.
     */
    static Opened open(String location, boolean readOnly) throws SQLException {
        String where = location == null || location.isBlank() ? Store.defaultLocation() : location;
        String url;
        if (where.startsWith("jdbc:")) {
            url = where;
        } else {
            Path file = Path.of(where).toAbsolutePath();
            if (readOnly && !Files.exists(file)) {
                throw new SQLException(where + ": no store here (ingest creates one)");
            }
            try {
                if (!readOnly && file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
            } catch (java.io.IOException e) {
                throw new SQLException(where + ": cannot create the database folder: " + e.getMessage(), e);
            }
            url = "jdbc:duckdb:" + file;
        }
        Dialect dialect = Dialect.ofJdbcUrl(url);
        Properties properties = credentials(url);
        if (readOnly && dialect == Dialect.DUCKDB) {
            properties.setProperty("duckdb.read_only", "true");
        }
        Connection c;
        try {
            c = DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw new SQLException(where + ": cannot open the database: " + explain(e.getMessage()), e.getSQLState(), e);
        }
        try {
            if (dialect == Dialect.DUCKDB) {
                // DuckDB would take up to 80% of the machine's memory; a store shares the machine.
                try (Statement s = c.createStatement()) {
                    s.execute("SET memory_limit = '" + duckMemory() + "'");
                    if (!readOnly) {
                        // A checkpoint rewrites the tables' changed row groups and their indexes
                        // whole; at DuckDB's default of every 16 MB of log, a bulk ingest of 2,000
                        // articles checkpointed several times over. The log stays durable; a larger
                        // one only takes longer to replay after a crash.
                        s.execute("SET checkpoint_threshold = '128MB'");
                    }
                }
            }
            Migrations migrations = new Migrations(dialect);
            if (readOnly) {
                if (dialect == Dialect.POSTGRESQL) {
                    c.setReadOnly(true);
                }
                int version = Migrations.applied(c).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                if (version < migrations.latest()) {
                    throw new SQLException(where + ": the store has schema version " + version + ", this program reads "
                            + migrations.latest() + "; run herodotus ingest on it once to bring it up to date");
                }
            } else {
                migrations.migrate(c);
            }

            c.setAutoCommit(false);
            return new Opened(c, dialect, where);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** An engine's message, with what to do about it where the engine does not say. */
    private static String explain(String message) {
        if (message != null && message.contains("Could not set lock")) {
            return message + holder(message) + " (another process is writing this DuckDB file, and DuckDB admits no other"
                    + " process while one writes: wait for it to finish, stop it, or keep the store on PostgreSQL, which"
                    + " any number of processes share)";
        }
        return message;
    }

    /** The command line of the process DuckDB names as holding the lock, when it can be read. */
    private static String holder(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("PID (\\d+)").matcher(message);
        if (!m.find()) {
            return "";
        }
        long pid = Long.parseLong(m.group(1));
        String c = commandLine(pid);
        return c.isEmpty() ? "" : "; process " + pid + " is: " + (c.length() > 300 ? c.substring(0, 300) + "…" : c);
    }

    /**
     * A process's command and arguments without its class path, which says nothing to a user;
     * empty when they cannot be read.
     */
    private static String commandLine(long pid) {
        List<String> parts = new ArrayList<>();
        Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            // Linux: the full command line (ProcessHandle.Info leaves out the arguments of long ones).
            for (String p : new String(Files.readAllBytes(proc), java.nio.charset.StandardCharsets.UTF_8).split("\0")) {
                parts.add(p);
            }
        } catch (java.io.IOException | SecurityException e) {
            ProcessHandle.Info info = ProcessHandle.of(pid).map(ProcessHandle::info).orElse(null);
            if (info != null) {
                info.command().ifPresent(parts::add);
                info.arguments().ifPresent(a -> parts.addAll(List.of(a)));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String a = parts.get(i);
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path")) {
                i++;
                continue;
            }
            b.append(' ').append(i == 0 ? Path.of(a).getFileName() : a);
        }
        return b.toString().strip();
    }

    /** DuckDB's memory limit: {@code $HERODOTUS_DUCKDB_MEMORY} when set, else 2GB. */
    private static String duckMemory() {
        String env = System.getenv("HERODOTUS_DUCKDB_MEMORY");
        return env != null && env.matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B") ? env : "2GB";
    }

    /**
     * Another connection to the database of {@code connection}, for reading beside it: on DuckDB a
     * second connection to the same open database, on PostgreSQL a new read-only connection to
     * {@code location}. Not in auto-commit mode, as a store's connection never is.
     */
    static Connection another(Connection connection, Dialect dialect, String location) throws SQLException {
        Connection c;
        if (dialect == Dialect.DUCKDB) {
            c = connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
        } else {
            c = DriverManager.getConnection(location, credentials(location));
            c.setReadOnly(true);
        }
        try {
            c.setAutoCommit(false);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** User and password for a PostgreSQL URL that names none, from {@code PGUSER}/{@code PGPASSWORD}. */
    static Properties credentials(String url) {
        Properties p = new Properties();
        if (url.startsWith("jdbc:postgresql:") && !url.contains("user=")) {
            String user = System.getenv("PGUSER");
            String password = System.getenv("PGPASSWORD");
            if (user != null) {
                p.setProperty("user", user);
            }
            if (password != null) {
                p.setProperty("password", password);
            }
        }
        return p;
    }
}
