package org.herodotus.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What live intake remembers in the store across restarts: the article URLs it has taken from
 * feeds (so nothing is fetched or stored twice) and the health and schedule of each feed.
 * Each call is one transaction of its own, serialised with the store's other work.
 */
public final class IntakeState {

    /**
     * One article URL taken from a feed.
     *
     * @param url           the normalised URL (as {@link ArticleKeys#canonicalUrl})
     * @param feed          the feed it was first found in
     * @param firstSeen     when it was first found
     * @param lastFetched   when it was last fetched, null when never
     * @param itemStamp     the date the feed gave the item (updated or published), null when none;
     *                      a new stamp is what makes a known URL worth fetching again
     * @param etag          the ETag of the last response, for a conditional GET
     * @param lastModified  the Last-Modified of the last response, for a conditional GET
     * @param contentSha256 the hash of the body last analysed
     * @param status        what became of it: stored, replaced, unchanged, not-modified, failed,
     *                      disallowed (by robots.txt), gone
     * @param docKey        the article's key in the store when it was stored
     */
    public record Seen(String url, String feed, Instant firstSeen, Instant lastFetched, String itemStamp, String etag,
                       String lastModified, String contentSha256, String status, String docKey) {
    }

    /**
     * The state of one feed.
     *
     * @param url                 the feed's URL as listed
     * @param etag                ETag of the last feed response
     * @param lastModified        Last-Modified of the last feed response
     * @param lastPoll            when it was last polled
     * @param lastSuccess         when a poll last succeeded
     * @param firstSuccess        when a poll first succeeded (for items per day)
     * @param lastError           the error of the last failed poll, null after a success
     * @param failures            failed polls in all
     * @param consecutiveFailures failed polls since the last success
     * @param itemsTotal          new items found in all
     * @param intervalSeconds     the current poll interval
     * @param nextPoll            when it is next due
     * @param paused              whether it failed too often and is no longer polled
     */
    public record Feed(String url, String etag, String lastModified, Instant lastPoll, Instant lastSuccess,
                       Instant firstSuccess, String lastError, int failures, int consecutiveFailures, long itemsTotal,
                       long intervalSeconds, Instant nextPoll, boolean paused) {

        /** A feed never polled, due now, polled every {@code interval}. */
        public static Feed fresh(String url, Duration interval) {
            return new Feed(url, null, null, null, null, null, null, 0, 0, 0, interval.toSeconds(), null, false);
        }

        /** New items per day since the first successful poll (a day at least). */
        public double itemsPerDay(Instant now) {
            if (firstSuccess == null) {
                return 0;
            }
            double days = Math.max(1.0, Duration.between(firstSuccess, now).toSeconds() / 86_400.0);
            return itemsTotal / days;
        }
    }

    private final Store store;

    /** The intake state kept in {@code store}. */
    public IntakeState(Store store) {
        this.store = store;
    }

    /** What is remembered of {@code url} (normalised), if anything. */
    public Optional<Seen> seen(String url) throws SQLException {
        synchronized (store) {
            Connection c = store.connection();
            try (PreparedStatement p = c.prepareStatement("SELECT url, feed, first_seen, last_fetched, item_stamp, etag, "
                    + "last_modified, content_sha256, status, doc_key FROM intake_seen WHERE url = ?")) {
                p.setString(1, url);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Seen(rs.getString(1), rs.getString(2), instant(rs, 3), instant(rs, 4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            } finally {
                c.rollback();
            }
        }
    }

    /** Remembers {@code seen}, replacing what was remembered of its URL (but not where and when it was first seen). */
    public void remember(Seen seen) throws SQLException {
        upsert("intake_seen", List.of("url", "feed", "first_seen", "last_fetched", "item_stamp", "etag", "last_modified",
                "content_sha256", "status", "doc_key"), Set.of("feed", "first_seen"), new Row()
                .text(seen.url()).text(seen.feed()).time(seen.firstSeen()).time(seen.lastFetched()).text(seen.itemStamp())
                .text(seen.etag()).text(seen.lastModified()).text(seen.contentSha256()).text(seen.status())
                .text(seen.docKey()));
    }

    /** How many URLs are remembered. */
    public long seenCount() throws SQLException {
        synchronized (store) {
            Connection c = store.connection();
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM intake_seen");
                 ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } finally {
                c.rollback();
            }
        }
    }

    /** The state of the feed at {@code url}, if it was ever polled. */
    public Optional<Feed> feed(String url) throws SQLException {
        List<Feed> found = feeds(url);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every feed ever polled, by URL. */
    public List<Feed> feeds() throws SQLException {
        return feeds(null);
    }

    private List<Feed> feeds(String url) throws SQLException {
        synchronized (store) {
            Connection c = store.connection();
            try (PreparedStatement p = c.prepareStatement("SELECT url, etag, last_modified, last_poll, last_success, "
                    + "first_success, last_error, failures, consecutive_failures, items_total, interval_seconds, next_poll, "
                    + "paused FROM intake_feeds" + (url == null ? "" : " WHERE url = ?") + " ORDER BY url")) {
                if (url != null) {
                    p.setString(1, url);
                }
                List<Feed> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Feed(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5),
                                instant(rs, 6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getLong(10), rs.getLong(11),
                                instant(rs, 12), rs.getBoolean(13)));
                    }
                }
                return out;
            } finally {
                c.rollback();
            }
        }
    }

    /** Saves the state of a feed, replacing what was saved. */
    public void save(Feed f) throws SQLException {
        upsert("intake_feeds", List.of("url", "etag", "last_modified", "last_poll", "last_success", "first_success",
                "last_error", "failures", "consecutive_failures", "items_total", "interval_seconds", "next_poll", "paused"),
                Set.of(), new Row()
                .text(f.url()).text(f.etag()).text(f.lastModified()).time(f.lastPoll()).time(f.lastSuccess())
                .time(f.firstSuccess()).text(f.lastError()).number(f.failures()).number(f.consecutiveFailures())
                .number(f.itemsTotal()).number(f.intervalSeconds()).time(f.nextPoll()).flag(f.paused()));
    }

    /**
     * Inserts a row keyed by its first column, {@code url}, or, when that URL is there, updates
     * every other column but those in {@code kept}; one transaction, committed.
     */
    private void upsert(String table, List<String> columns, Set<String> kept, Row row) throws SQLException {
        StringBuilder update = new StringBuilder();
        for (String column : columns.subList(1, columns.size())) {
            if (!kept.contains(column)) {
                update.append(update.length() == 0 ? "" : ", ").append(column).append(" = excluded.").append(column);
            }
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ") ON CONFLICT (" + columns.get(0)
                + ") DO UPDATE SET " + update;
        synchronized (store) {
            Connection c = store.connection();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                row.bind(p);
                p.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The values of a row to write, in column order, each with the SQL type a null of it has. */
    private static final class Row {
        private final List<Object> values = new ArrayList<>();
        private final List<Integer> types = new ArrayList<>();

        private Row add(Object value, int type) {
            values.add(value);
            types.add(type);
            return this;
        }

        Row text(String s) {
            return add(s, Types.VARCHAR);
        }

        Row time(Instant t) {
            return add(t == null ? null : Timestamp.from(t), Types.TIMESTAMP);
        }

        Row number(int n) {
            return add(n, Types.INTEGER);
        }

        Row number(long n) {
            return add(n, Types.BIGINT);
        }

        Row flag(boolean b) {
            return add(b, Types.BOOLEAN);
        }

        void bind(PreparedStatement p) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v == null) {
                    p.setNull(i + 1, types.get(i));
                } else if (v instanceof String s) {
                    p.setString(i + 1, s);
                } else if (v instanceof Timestamp t) {
                    p.setTimestamp(i + 1, t);
                } else if (v instanceof Integer n) {
                    p.setInt(i + 1, n);
                } else if (v instanceof Long n) {
                    p.setLong(i + 1, n);
                } else {
                    p.setBoolean(i + 1, (Boolean) v);
                }
            }
        }
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toInstant();
    }
}
