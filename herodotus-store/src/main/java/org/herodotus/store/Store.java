package org.herodotus.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.herodotus.model.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store: analyses in, incidents, attribution boards and filtered events out. Backed by
 * an embedded DuckDB file (the default, no set-up) or a PostgreSQL server (shared by many users).
 *
 * <pre>{@code
 * try (Store store = Store.open("events.duckdb")) {     // or "jdbc:postgresql://host/db?user=…"
 *     store.ingest(analysis);                            // one transaction per article
 *     for (Incident i : store.incidents(IncidentFilter.all())) {
 *         AttributionBoard board = store.board(i.id());
 *     }
 * }
 * }</pre>
 *
 * <p>Each {@link #ingest} is one transaction: when it returns, the article is durably stored
 * with its events, claims and incident links, or nothing of it is. The same article (same
 * canonical URL, else same text) with the same content changes nothing; with changed content it
 * replaces its own records. A store holds one connection and serialises its callers; open one
 * store per process.
 *
 * <p>Longer than most classes because it is the store's one public front door, as {@code Jsoup} is
 * jsoup's: each method takes the connection or transaction and hands the work to the class whose
 * job it is (opening the database {@link StoreConnections}, writing an article
 * {@link ArticleWriter}, matching incidents {@link IncidentIndex}, reading pages {@link Catalog}
 * and {@link EventReader}, looking up keys and counts {@link StoreLookups}).
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    /** Tables that hold an article's records, for counting and for tests. */
    public static final List<String> TABLES = List.of(
            "articles", "article_bands", "article_words", "actors", "places", "events", "event_actors", "claims", "incidents");

    private final Connection connection;
    private final Dialect dialect;
    private final String location;
    private final Rules rules;
    private final StatementCache statements;
    private final ArticleWriter writer;
    private final IncidentIndex incidents;
    private final StoreLookups lookups;

    private Store(Connection connection, Dialect dialect, String location) throws SQLException {
        this.connection = connection;
        this.dialect = dialect;
        this.location = location;
        this.rules = Rules.load();
        this.statements = new StatementCache(connection);
        this.incidents = new IncidentIndex(connection, statements, dialect, rules);
        this.writer = new ArticleWriter(connection, dialect, statements, rules, incidents);
        this.lookups = new StoreLookups(connection);
    }

    /**
     * The database used when none is given: {@code $HERODOTUS_DB} when set, else
     * {@code ~/.herodotus/herodotus.duckdb}.
     */
    public static String defaultLocation() {
        String env = System.getenv("HERODOTUS_DB");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return Path.of(System.getProperty("user.home"), ".herodotus", "herodotus.duckdb").toString();
    }

    /**
     * Opens (creating and migrating if needed) the store at {@code location}: a file path for
     * DuckDB, or a JDBC URL ({@code jdbc:duckdb:…}, {@code jdbc:postgresql://…}). For PostgreSQL,
     * user and password come from the URL or from {@code PGUSER}/{@code PGPASSWORD}.
     */
    public static Store open(String location) throws SQLException {
        return open(location, false);
    }

    /**
     * Opens the existing store at {@code location} for reading only: nothing is created or
     * migrated, and a DuckDB file is opened read-only, so a user who may only read the file can
     * query it, and several readers can share it. (DuckDB still admits readers only while no
     * process writes the file; a PostgreSQL server has no such limit.)
     */
    public static Store openReadOnly(String location) throws SQLException {
        return open(location, true);
    }

    private static Store open(String location, boolean readOnly) throws SQLException {
        StoreConnections.Opened opened = StoreConnections.open(location, readOnly);
        try {
            return new Store(opened.connection(), opened.dialect(), opened.location());
        } catch (SQLException | RuntimeException e) {
            opened.connection().close();
            throw e;
        }
    }

    /**
     * Another store on the same database with a connection of its own, for reading in parallel
     * with this one (a server answers several requests at once this way): on DuckDB a second
     * connection to the same open database, on PostgreSQL a new connection. It sees what this
     * store has committed. Close it before this store.
     */
    public synchronized Store reader() throws SQLException {
        Connection c = StoreConnections.another(connection, dialect, location);
        try {
            return new Store(c, dialect, location);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Has the engine run each statement on the calling thread alone, for a process whose cores
     * are busy with other work, such as ingest's analysis workers. DuckDB would otherwise spread
     * the store's statements, small ones, over a thread per core: they gain nothing from it and
     * take the time from that work (a store-only ingest of 2,000 articles used about 12% less CPU
     * on one thread, and took no longer). A PostgreSQL server runs statements in its own processes: nothing
     * changes there.
     */
    public synchronized void runStatementsOnOneThread() throws SQLException {
        if (dialect == Dialect.DUCKDB) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET threads = 1");
            }
        }
    }

    /** Which engine this store runs on. */
    public Dialect dialect() {
        return dialect;
    }

    /** Where the store is, as given to {@link #open}. */
    public String location() {
        return location;
    }

    /**
     * Stores one analysis in one transaction: its article, actors, places, events, claims, its
     * near-duplicate links and its events' incidents. A malformed analysis is rejected whole,
     * and a failure while writing rolls everything of it back.
     */
    public synchronized IngestResult ingest(Analysis analysis) throws SQLException {
        return writer.ingest(analysis);
    }

    /**
     * Stores several analyses in one transaction, committed once: faster for bulk loads, at the
     * price that a crash loses the whole unfinished batch (never a batch already returned). A
     * malformed analysis is rejected without affecting the others; when writing fails, nothing of
     * the batch is stored and the exception is thrown.
     */
    public synchronized List<IngestResult> ingest(List<Analysis> analyses) throws SQLException {
        return writer.ingest(analyses);
    }

    /** Incidents matching {@code filter}, most recently reported first. */
    public synchronized List<Incident> incidents(IncidentFilter filter) throws SQLException {
        return incidents.list(filter);
    }

    /** One incident by row id. */
    public synchronized Optional<Incident> incident(long id) throws SQLException {
        List<Incident> found = incidents.list(IncidentFilter.all().withId(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The attribution board of incident {@code id}: candidate perpetrators, best supported first. */
    public synchronized AttributionBoard board(long id) throws SQLException {
        return new Boards(connection, rules).board(id);
    }

    /**
     * Hands every event matching {@code query} to {@code sink}: the newest first when the query
     * has a limit, else all of them in storage order, read in batches.
     */
    public synchronized void events(EventQuery query, Consumer<EventRow> sink) throws SQLException {
        new EventReader(connection, dialect).read(query, sink);
    }

    /**
     * Hands every row of a flat export table ({@link ExportTable#CLAIMS} or
     * {@link ExportTable#ARTICLES}) to {@code sink}, as column name to value.
     */
    public synchronized void rows(ExportTable table, Consumer<Map<String, Object>> sink) throws SQLException {
        new TableReader(connection).read(table, sink);
    }

    /** The events matching {@code query}, as a list; for small result sets. */
    public List<EventRow> events(EventQuery query) throws SQLException {
        List<EventRow> out = new ArrayList<>();
        events(query, out::add);
        return out;
    }

    /**
     * How many events matching {@code query} fall on each day, oldest day first (for a timeline);
     * the query's limit and position are ignored.
     */
    public synchronized Map<LocalDate, Long> eventDays(EventQuery query) throws SQLException {
        return new EventReader(connection, dialect).days(query);
    }

    /**
     * Up to {@code limit} articles matching {@code filter}, most recently stored first, starting
     * after row id {@code before} (the last row of the previous page) when given.
     */
    public synchronized List<ArticleRow> articles(ArticleFilter filter, Long before, int limit) throws SQLException {
        return new Catalog(connection, dialect).articles(filter, before, limit);
    }

    /** One article by row id. */
    public synchronized Optional<ArticleRow> article(long id) throws SQLException {
        return Optional.ofNullable(new Catalog(connection, dialect).article(id));
    }

    /** One article by key. */
    public synchronized Optional<ArticleRow> articleByKey(String key) throws SQLException {
        return Optional.ofNullable(new Catalog(connection, dialect).articleByKey(key));
    }

    /** The articles with these keys, read in one go; keys with no article are left out. */
    public synchronized List<ArticleRow> articlesByKeys(java.util.Collection<String> keys) throws SQLException {
        return new Catalog(connection, dialect).articlesByKeys(List.copyOf(new java.util.LinkedHashSet<>(keys)));
    }

    /** The stored Analysis JSON of the article with row id {@code id}. */
    public synchronized Optional<String> analysisJson(long id) throws SQLException {
        return Optional.ofNullable(new Catalog(connection, dialect).analysis(id));
    }

    /** The incident of each event of article {@code id} that belongs to one, by the event's id in the analysis. */
    public synchronized Map<String, Long> eventIncidents(long id) throws SQLException {
        return new Catalog(connection, dialect).eventIncidents(id);
    }

    /**
     * Up to {@code limit} claims matching {@code filter}, newest article first and in each
     * article's claim order, starting after claim {@code afterClaim} of article
     * {@code beforeArticle} (the last row of the previous page) when given.
     */
    public synchronized List<ClaimRow> claims(ClaimFilter filter, Long beforeArticle, String afterClaim, int limit)
            throws SQLException {
        return new Catalog(connection, dialect).claims(filter, beforeArticle, afterClaim, limit);
    }

    /**
     * Up to {@code limit} actors of stored events in name order, after name {@code after} when
     * given; {@code name} (a part of the name, any case), {@code country} and {@code sector} narrow.
     * A summary counts events as actor and as recipient.
     */
    public synchronized List<Summary> actors(String name, String country, String sector, String after, int limit)
            throws SQLException {
        return new Catalog(connection, dialect).actors(name, country, sector, after, limit);
    }

    /** Up to {@code limit} places of stored events in name order, after name {@code after} when given. */
    public synchronized List<Summary> places(String name, String country, String after, int limit) throws SQLException {
        return new Catalog(connection, dialect).places(name, country, after, limit);
    }

    /**
     * Up to {@code limit} outlets of stored articles in name order, after {@code after} when
     * given; {@code name} for one outlet. A summary counts the outlet's articles.
     */
    public synchronized List<Summary> outlets(String name, String after, int limit) throws SQLException {
        return new Catalog(connection, dialect).outlets(name, after, limit);
    }

    /** How many articles of {@code outlet} the store holds per day, oldest first. */
    public synchronized Map<LocalDate, Long> coverage(String outlet) throws SQLException {
        return new Catalog(connection, dialect).coverage(outlet);
    }

    /**
     * Up to {@code limit} entries of the change log, oldest first: articles added, replaced or
     * deleted at or after {@code since} (every entry when null), after entry {@code after} when given.
     */
    public synchronized List<Change> changes(java.time.Instant since, Long after, int limit) throws SQLException {
        return new Catalog(connection, dialect).changes(since, after, limit);
    }

    /**
     * Deletes the article with key {@code key} with all its records, refreshes the incidents it
     * reported and logs the deletion, in one transaction; false when no such article is stored.
     */
    public synchronized boolean delete(String key) throws SQLException {
        return writer.delete(key);
    }

    /**
     * Forgets every incident and merges all stored events again, article by article in the
     * order they were first seen; for use after the merging rules changed.
     */
    public synchronized int rebuildIncidents() throws SQLException {
        return incidents.rebuild();
    }

    /**
     * Refreshes the statistics the query planner uses; after a large load. (A PostgreSQL server's
     * autovacuum does this too, eventually.)
     */
    public synchronized void analyze() throws SQLException {
        lookups.analyze();
    }

    /** Rows per table, for status reports and tests. */
    public synchronized Map<String, Long> counts() throws SQLException {
        return lookups.counts(TABLES);
    }

    /** Whether an article with key {@code key} is stored; its row id if so. */
    public synchronized Optional<Long> article(String key) throws SQLException {
        return lookups.articleId(key);
    }

    /**
     * Whether the article at {@code url} with body {@code body} is stored with this very text: a
     * run that stopped can go on without analysing it again.
     */
    public synchronized boolean holdsText(String url, String body) throws SQLException {
        return lookups.holdsText(url, body);
    }

    /** The stored Analysis JSON of the article with key {@code key}. */
    public synchronized Optional<String> analysisJson(String key) throws SQLException {
        return lookups.analysisJson(key);
    }

    /** The schema version of the database. */
    public synchronized int schemaVersion() throws SQLException {
        return lookups.schemaVersion();
    }

    /** The JDBC connection, for package code (exports) that reads in the store's transaction. */
    Connection connection() {
        return connection;
    }

    /** Today's date as the store sees it (articles without a date are seen today). */
    static LocalDate today() {
        return LocalDate.now();
    }

    @Override
    public synchronized void close() throws SQLException {
        try {
            statements.close();
            if (!connection.getAutoCommit()) {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    // Nothing is left to roll back when the engine already ended the transaction on a failure.
                    LOG.debug("rollback on close failed", e);
                }
            }
            if (dialect == Dialect.DUCKDB) {
                // Fold the write-ahead log into the database file so the next open starts fast.
                try (Statement s = connection.createStatement()) {
                    connection.setAutoCommit(true);
                    s.execute("CHECKPOINT");
                } catch (SQLException e) {
                    LOG.debug("checkpoint on close failed", e);
                }
            }
        } finally {
            connection.close();
        }
    }
}
