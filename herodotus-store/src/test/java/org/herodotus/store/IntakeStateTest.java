package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The URLs and feed health that live intake keeps in the store, across reopening it; on DuckDB
 * here, on PostgreSQL in {@link PostgresIntakeStateTest}.
 */
class IntakeStateTest {

    @TempDir
    Path tmp;

    /** A fresh store location; the same one each time it is asked for within a test. */
    String location(String name) throws Exception {
        return tmp.resolve(name + ".duckdb").toString();
    }

    @Test
    void remembersSeenUrlsAcrossReopeningTheStore() throws Exception {
        String where = location("intake");
        Instant found = Instant.parse("2026-03-02T08:15:00Z");
        String url = "https://news.example.org/2026/03/02/ferry-strike";
        try (Store store = Store.open(where)) {
            IntakeState state = new IntakeState(store);
            assertThat(state.seen(url)).isEmpty();
            state.remember(new IntakeState.Seen(url, "https://news.example.org/rss", found, found,
                    "2026-03-02T08:00:00Z", "\"v1\"", null, "abc", "stored", url));
        }
        try (Store store = Store.open(where)) {
            IntakeState state = new IntakeState(store);
            IntakeState.Seen seen = state.seen(url).orElseThrow();
            assertThat(seen.firstSeen()).isEqualTo(found);
            assertThat(seen.etag()).isEqualTo("\"v1\"");
            assertThat(seen.status()).isEqualTo("stored");
            Instant later = found.plus(Duration.ofHours(2));
            state.remember(new IntakeState.Seen(url, "https://other.example.org/feed", later, later,
                    "2026-03-02T10:00:00Z", "\"v2\"", null, "def", "replaced", url));
            IntakeState.Seen again = state.seen(url).orElseThrow();
            assertThat(again.firstSeen()).as("first seen stays").isEqualTo(found);
            assertThat(again.feed()).as("the feed it was first found in stays").isEqualTo("https://news.example.org/rss");
            assertThat(again.status()).isEqualTo("replaced");
            assertThat(state.seenCount()).isEqualTo(1);
        }
    }

    @Test
    void keepsEachFeedsHealthAndSchedule() throws Exception {
        try (Store store = Store.open(location("feeds"))) {
            IntakeState state = new IntakeState(store);
            Instant first = Instant.parse("2026-03-01T00:00:00Z");
            Instant now = first.plus(Duration.ofDays(4));
            IntakeState.Feed feed = new IntakeState.Feed("https://news.example.org/rss", "\"e\"", null, now, now, first,
                    null, 1, 0, 80, 900, now.plusSeconds(900), false);
            state.save(feed);
            IntakeState.Feed read = state.feed(feed.url()).orElseThrow();
            assertThat(read).isEqualTo(feed);
            assertThat(read.itemsPerDay(now)).isEqualTo(20.0);
            state.save(new IntakeState.Feed(feed.url(), null, null, now, now, first, "HTTP 500", 7, 6, 80, 3600, null, true));
            assertThat(state.feeds()).singleElement().satisfies(f -> {
                assertThat(f.paused()).isTrue();
                assertThat(f.consecutiveFailures()).isEqualTo(6);
            });
        }
    }
}
