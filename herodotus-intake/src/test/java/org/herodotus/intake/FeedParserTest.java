package org.herodotus.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading article links out of RSS, Atom and news sitemaps, and refusing what is none of them. */
class FeedParserTest {

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private final FeedParser parser = new FeedParser();

    @Test
    void readsRssItemsWithTheirDatesAndResolvesRelativeLinks() throws Exception {
        FeedParser.Parsed p = parser.parse("https://coastal-herald.example/world/rss.xml", fixture("rss2.xml"), "application/rss+xml");
        assertThat(p.kind()).isEqualTo("rss");
        assertThat(p.items()).extracting(FeedItem::url).containsExactly(
                "https://coastal-herald.example/world/2026/03/02/ferry-strike?utm_source=rss",
                "https://coastal-herald.example/world/2026/03/01/dam-repairs");
        assertThat(p.items().get(0).title()).isEqualTo("Ferry workers strike over pay in Piraeus");
        assertThat(p.items().get(0).stamp()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
        assertThat(p.items().get(1).stamp()).isEqualTo(Instant.parse("2026-03-01T16:40:00Z"));
    }

    @Test
    void readsAtomEntriesByTheirAlternateLinkAndUpdatedDate() throws Exception {
        FeedParser.Parsed p = parser.parse("https://valley-post.example/atom", fixture("atom.xml"), "application/atom+xml");
        assertThat(p.kind()).isEqualTo("atom");
        assertThat(p.items()).extracting(FeedItem::url).containsExactly(
                "https://valley-post.example/news/bridge-opens", "https://valley-post.example/news/farmers-protest");
        assertThat(p.items().get(0).stamp()).as("updated, not published").isEqualTo(Instant.parse("2026-03-02T07:30:00Z"));
    }

    @Test
    void readsANewsSitemapWithTitlesAndDates() throws Exception {
        FeedParser.Parsed p = parser.parse("https://harbour-times.example/news-sitemap.xml", fixture("news-sitemap.xml"), "text/xml");
        assertThat(p.kind()).isEqualTo("sitemap");
        assertThat(p.items()).extracting(FeedItem::url).containsExactly(
                "https://harbour-times.example/2026/03/02/port-reopens", "https://harbour-times.example/2026/03/02/election-count");
        assertThat(p.items().get(0).title()).isEqualTo("Port reopens after storm damage");
        assertThat(p.items().get(0).stamp()).as("the news publication date when there is no lastmod")
                .isEqualTo(Instant.parse("2026-03-02T06:00:00Z"));
        assertThat(p.items().get(1).stamp()).isEqualTo(Instant.parse("2026-03-02T11:20:00Z"));
    }

    @Test
    void listsTheSitemapsOfASitemapIndex() throws Exception {
        FeedParser.Parsed p = parser.parse("https://harbour-times.example/sitemap.xml", fixture("sitemap-index.xml"), "text/xml");
        assertThat(p.kind()).isEqualTo("sitemap-index");
        assertThat(p.items()).isEmpty();
        assertThat(p.sitemaps()).containsExactly("https://harbour-times.example/sitemaps/news-1.xml",
                "https://harbour-times.example/sitemaps/news-2.xml");
    }

    @Test
    void refusesAFeedCutOffInTheMiddle() {
        assertThatThrownBy(() -> parser.parse("https://broken.example/rss", fixture("malformed.xml"), "text/xml"))
                .isInstanceOf(FeedParser.FeedFormatException.class)
                .hasMessageStartingWith("https://broken.example/rss: not a readable RSS, Atom or sitemap document");
    }

    @Test
    void refusesAnHtmlPageGivenAsAFeed() {
        byte[] page = "<html><head><title>Home</title></head><body><p>Welcome</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse("https://valley-post.example/", page, "text/html"))
                .isInstanceOf(FeedParser.FeedFormatException.class);
    }
}
