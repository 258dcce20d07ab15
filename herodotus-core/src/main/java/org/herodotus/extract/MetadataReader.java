package org.herodotus.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, byline, publication date, canonical URL and declared language from a parsed page:
 * JSON-LD ({@code NewsArticle} and friends), OpenGraph and other {@code <meta>} tags,
 * {@code <time>} and byline elements, and the URL. Which keys and selectors are consulted, in
 * which order, is data ({@code metadata.rules}, {@code dates.rules}, {@code bylines.rules}).
 * Each field has its reader: {@link JsonLd}, {@link TitleReader} (with {@link TitleParts} and
 * {@link SiteName}), {@link BylineReader}, {@link PublicationDateReader}; this class reads the
 * meta tags, site name, canonical URL and language, and hands each reader what it needs.
 * Thread-safe.
 */
final class MetadataReader {

    private final ExtractionRules rules;
    private final DateReader dates;
    private final TitleReader titles;
    private final BylineReader bylines;
    private final PublicationDateReader published;

    MetadataReader(ExtractionRules rules) {
        this.rules = rules;
        this.dates = new DateReader(rules);
        this.titles = new TitleReader(rules, new TitleParts(rules, dates));
        this.bylines = new BylineReader(rules);
        this.published = new PublicationDateReader(rules, dates);
    }

    DateReader dates() {
        return dates;
    }

    BylineReader bylines() {
        return bylines;
    }

    /**
     * Reads the metadata of {@code doc} that does not depend on where the article sits:
     * structured data, meta tags, headline. {@code url} is the page's URL when known.
     */
    Head readHead(PageIndex index, String url) {
        Map<String, String> meta = metaTags(index.tag("meta"));
        JsonLd ld = JsonLd.read(index, rules);
        String siteName = siteName(meta, ld);
        String canonical = canonical(index, meta);
        String pageUrl = url != null ? url : canonical;
        String title = titles.read(index, meta, ld, siteName, pageUrl);
        return new Head(meta, ld, siteName, canonical, pageUrl, title, declaredLanguage(index, meta));
    }

    /** What {@link #readHead} found, for {@link #complete}. */
    record Head(Map<String, String> meta, JsonLd ld, String siteName, String canonical, String pageUrl,
                String title, String declaredLang) {
    }

    /**
     * Completes the metadata once the article's elements ({@code roots}) are known: bylines and
     * dates printed on the page are looked for around the article first, then anywhere.
     */
    PageMetadata complete(PageIndex index, Head head, List<Element> roots) {
        Document doc = index.doc();
        Element zone = zone(doc, roots);
        String byline = bylines.read(index, zone, head.meta(), head.ld(), head.siteName());
        LocalDate date = published.read(index, zone, head.meta(), head.ld(), head.pageUrl());
        return new PageMetadata(head.title(), byline, date, head.canonical(), head.siteName(), head.declaredLang());
    }

    /** The article's surroundings: a few levels above its first element, where headers sit. */
    private static Element zone(Document doc, List<Element> roots) {
        if (roots.isEmpty() || doc.body() == null) {
            return doc.body();
        }
        Element z = roots.get(0);
        for (int i = 0; i < 3 && z.parent() != null && z != doc.body(); i++) {
            z = z.parent();
        }
        return z;
    }

    // ------------------------------------------------------------------ meta tags

    /** The first value of each meta key (name, property, itemprop or http-equiv), lower-cased keys. */
    static Map<String, String> metaTags(List<Element> metaElements) {
        Map<String, String> out = new HashMap<>();
        for (Element m : metaElements) {
            String content = m.hasAttr("content") ? m.attr("content") : m.attr("value");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr);
                if (!key.isEmpty()) {
                    // A property attribute can hold several RDFa terms.
                    for (String k : key.split("\\s+")) {
                        out.putIfAbsent(k.toLowerCase(Locale.ROOT), content.strip());
                    }
                }
            }
        }
        return out;
    }

    private static String first(Map<String, String> meta, List<String> keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ site and URL

    private String siteName(Map<String, String> meta, JsonLd ld) {
        String s = first(meta, rules.siteNameMeta);
        if (s != null && s.startsWith("@")) {
            s = s.substring(1);
        }
        return clean(s != null ? s : ld.publisher());
    }

    private static String canonical(PageIndex index, Map<String, String> meta) {
        Element link = null;
        for (Element l : index.tag("link")) {
            if (l.attr("rel").equalsIgnoreCase("canonical") && l.hasAttr("href")) {
                link = l;
                break;
            }
        }
        String href = link == null ? "" : link.absUrl("href");
        if (href.isEmpty() && link != null && link.attr("href").startsWith("http")) {
            href = link.attr("href");
        }
        if (href.isEmpty()) {
            String og = meta.get("og:url");
            href = og != null && og.startsWith("http") ? og : "";
        }
        return href.isEmpty() ? null : href.strip();
    }

    // ------------------------------------------------------------------ language

    private static String declaredLanguage(PageIndex index, Map<String, String> meta) {
        List<Element> html = index.tag("html");
        String lang = html.isEmpty() ? "" : html.get(0).attr("lang");
        if (lang.isBlank()) {
            lang = meta.getOrDefault("content-language", meta.getOrDefault("og:locale", ""));
        }
        lang = lang.strip().toLowerCase(Locale.ROOT);
        if (lang.length() >= 2 && Character.isLetter(lang.charAt(0)) && Character.isLetter(lang.charAt(1))
                && (lang.length() == 2 || !Character.isLetter(lang.charAt(2)))) {
            return lang.substring(0, 2);
        }
        return null;
    }

    /** Whether {@code e} is {@code scope} or inside it: how the byline and date readers look around the article first. */
    static boolean isWithin(Element scope, Element e) {
        return e == scope || ContentFinder.isAncestor(scope, e);
    }

    /** Trimmed, single-spaced, null when blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
