package org.herodotus.intake;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads the article URLs out of a fetched feed: RSS 0.9x/1.0/2.0 and Atom with ROME, XML
 * sitemaps (with the news extension) and sitemap indexes with crawler-commons. A sitemap index
 * yields the URLs of its sitemaps, marked as such, to be fetched in turn.
 */
public final class FeedParser {

    /**
     * What a feed holds.
     *
     * @param items    the article entries, in feed order
     * @param sitemaps the sitemaps a sitemap index points to (empty for other feeds)
     * @param kind     what the document was: rss, atom, sitemap, sitemap-index
     */
    public record Parsed(List<FeedItem> items, List<String> sitemaps, String kind) {
    }

    /** Thrown when the bytes are no feed this parser reads. */
    public static final class FeedFormatException extends Exception {
        FeedFormatException(String message) {
            super(message);
        }
    }

    /** Parses {@code body}, fetched from {@code url} with Content-Type {@code contentType} (may be null). */
    public Parsed parse(String url, byte[] body, String contentType) throws FeedFormatException {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return sitemap(url, body);
        }
        return syndication(url, body, contentType);
    }

    private Parsed syndication(String url, byte[] body, String contentType) throws FeedFormatException {
        SyndFeed feed;
        try (XmlReader reader = contentType == null ? new XmlReader(new ByteArrayInputStream(body))
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a feed we do not control
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedFormatException(url + ": not a readable RSS, Atom or sitemap document: " + firstLine(e.getMessage()));
        }
        String kind = feed.getFeedType() != null && feed.getFeedType().startsWith("atom") ? "atom" : "rss";
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = link(e);
            if (link == null) {
                continue;
            }
            Date stamp = e.getUpdatedDate() != null ? e.getUpdatedDate() : e.getPublishedDate();
            items.add(new FeedItem(resolve(url, link), e.getTitle() == null ? null : e.getTitle().strip(),
                    stamp == null ? null : stamp.toInstant()));
        }
        return new Parsed(items, List.of(), kind);
    }

    /** The entry's article link: its alternate link, else its link, else a URL-like guid. */
    private static String link(SyndEntry e) {
        for (SyndLink l : e.getLinks()) {
            if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                return l.getHref().strip();
            }
        }
        if (e.getLink() != null && !e.getLink().isBlank()) {
            return e.getLink().strip();
        }
        String uri = e.getUri();
        if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) {
            return uri.strip();
        }
        return null;
    }

    private Parsed sitemap(String url, byte[] body) throws FeedFormatException {
        SiteMapParser parser = new SiteMapParser(false); // lenient: news sites list URLs of other hosts
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap("text/xml", body, new URL(url));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new FeedFormatException(url + ": not a readable sitemap: " + firstLine(e.getMessage()));
        }
        if (map instanceof SiteMapIndex index) {
            List<String> maps = new ArrayList<>();
            for (AbstractSiteMap m : index.getSitemaps()) {
                maps.add(m.getUrl().toString());
            }
            return new Parsed(List.of(), maps, "sitemap-index");
        }
        List<FeedItem> items = new ArrayList<>();
        // Every URL is taken, "valid" or not: crawler-commons calls a URL outside the sitemap's
        // folder invalid, and news sites keep their sitemaps in a folder of their own.
        for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
            String title = null;
            Instant stamp = u.getLastModified() == null ? null : u.getLastModified().toInstant();
            ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
            if (news != null) {
                for (ExtensionMetadata m : news) {
                    if (m instanceof NewsAttributes n) {
                        title = n.getTitle();
                        if (stamp == null && n.getPublicationDateTime() != null) {
                            stamp = n.getPublicationDateTime().toInstant();
                        }
                    }
                }
            }
            items.add(new FeedItem(u.getUrl().toString(), title, stamp));
        }
        return new Parsed(items, List.of(), "sitemap");
    }

    private static String resolve(String base, String link) {
        try {
            return java.net.URI.create(base).resolve(link.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
