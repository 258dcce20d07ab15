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
import java.util.List;
import java.util.Optional;

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

    /** Remembers {@code seen}, replacing what was remembered of its URL. */
    public void remember(Seen seen) throws SQLException {
        synchronized (store) {
            Connection c = store.connection();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO intake_seen (url, feed, first_seen, last_fetched, "
                    + "item_stamp, etag, last_modified, content_sha256, status, doc_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (url) DO UPDATE SET last_fetched = excluded.last_fetched, item_stamp = excluded.item_stamp, "
                    + "etag = excluded.etag, last_modified = excluded.last_modified, content_sha256 = excluded.content_sha256, "
                    + "status = excluded.status, doc_key = excluded.doc_key")) {
                p.setString(1, seen.url());
                p.setString(2, seen.feed());
                p.setTimestamp(3, Timestamp.from(seen.firstSeen()));
                timestamp(p, 4, seen.lastFetched());
                p.setString(5, seen.itemStamp());
                p.setString(6, seen.etag());
                p.setString(7, seen.lastModified());
                p.setString(8, seen.contentSha256());
                p.setString(9, seen.status());
                p.setString(10, seen.docKey());
                p.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
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
        synchronized (store) {
            Connection c = store.connection();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO intake_feeds (url, etag, last_modified, last_poll, "
                    + "last_success, first_success, last_error, failures, consecutive_failures, items_total, interval_seconds, "
                    + "next_poll, paused) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                    + "etag = excluded.etag, last_modified = excluded.last_modified, last_poll = excluded.last_poll, "
                    + "last_success = excluded.last_success, first_success = excluded.first_success, "
                    + "last_error = excluded.last_error, failures = excluded.failures, "
                    + "consecutive_failures = excluded.consecutive_failures, items_total = excluded.items_total, "
                    + "interval_seconds = excluded.interval_seconds, next_poll = excluded.next_poll, paused = excluded.paused")) {
                p.setString(1, f.url());
                p.setString(2, f.etag());
                p.setString(3, f.lastModified());
                timestamp(p, 4, f.lastPoll());
                timestamp(p, 5, f.lastSuccess());
                timestamp(p, 6, f.firstSuccess());
                p.setString(7, f.lastError());
                p.setInt(8, f.failures());
                p.setInt(9, f.consecutiveFailures());
                p.setLong(10, f.itemsTotal());
                p.setLong(11, f.intervalSeconds());
                timestamp(p, 12, f.nextPoll());
                p.setBoolean(13, f.paused());
                p.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void timestamp(PreparedStatement p, int i, Instant t) throws SQLException {
        if (t == null) {
            p.setNull(i, Types.TIMESTAMP);
        } else {
            p.setTimestamp(i, Timestamp.from(t));
        }
    }

    private static Instant instant(ResultSet rs, int i) throws SQLException {
        Timestamp t = rs.getTimestamp(i);
        return t == null ? null : t.toInstant();
    }
}
