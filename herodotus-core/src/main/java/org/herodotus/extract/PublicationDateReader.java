package org.herodotus.extract;

import static org.herodotus.extract.MetadataReader.isWithin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the publication date in a page, from its best source to its weakest (which keys and
 * selectors count is {@code dates.rules}); {@link DateReader} reads each candidate. Thread-safe.
 */
final class PublicationDateReader {

    private final ExtractionRules rules;
    private final DateReader dates;

    PublicationDateReader(ExtractionRules rules, DateReader dates) {
        this.rules = rules;
        this.dates = dates;
    }

    /**
     * The publication date: JSON-LD, meta tags, a date element around the article ({@code zone}),
     * a date in a script's JSON, the URL, a date element anywhere, the date written nearest the
     * headline, the {@code <title>}; last the date of modification.
     */
    LocalDate read(PageIndex index, Element zone, Map<String, String> meta, JsonLd ld, String url) {
        Document doc = index.doc();
        LocalDate d = dates.fromAttribute(ld.datePublished());
        if (d != null) {
            return d;
        }
        for (String key : rules.dateMeta) {
            d = dates.fromAttribute(meta.get(key));
            if (d != null) {
                return d;
            }
        }
        d = selectedDate(index, zone != null ? zone : doc);
        if (d != null) {
            return d;
        }
        d = scriptDate(index);
        if (d != null) {
            return d;
        }
        d = dates.fromUrl(url);
        if (d != null) {
            return d;
        }
        if (zone != null && zone != doc.body()) {
            d = selectedDate(index, doc);
            if (d != null) {
                return d;
            }
        }
        d = nearestTextDate(doc, zone);
        if (d != null) {
            return d;
        }
        d = dates.fromText(index.title());
        if (d != null) {
            return d;
        }
        d = dates.fromAttribute(ld.dateModified());
        if (d != null) {
            return d;
        }
        for (String key : rules.dateMetaModified) {
            d = dates.fromAttribute(meta.get(key));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** A publication date in a page script's JSON ("published_at": "2019-03-02T..."), best key first. */
    private LocalDate scriptDate(PageIndex index) {
        LocalDate best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element script : index.tag("script")) {
            String data = script.data();
            if (data.length() < 20 || script.attr("type").equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            // The pattern ends with an ISO date: find those with a character scan, then match
            // only the stretch before each, rather than running the pattern over whole scripts.
            java.util.regex.Matcher m = rules.dateJsonPattern.matcher(data);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            for (int at = isoDate(data, 0); at >= 0; at = isoDate(data, at + 10)) {
                m.region(Math.max(0, at - KEY_WINDOW), at + 10);
                while (m.find()) {
                    if (m.start(2) != at) {
                        continue;
                    }
                    int rank = rules.dateJsonKeys.indexOf(m.group(1));
                    if (rank >= 0 && rank < bestRank) {
                        LocalDate d = dates.fromAttribute(m.group(2));
                        if (d != null) {
                            best = d;
                            bestRank = rank;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** How far before a date its JSON key may start ("published_at": "2019-...). */
    private static final int KEY_WINDOW = 120;

    /** Where the next "dddd-dd-dd" starts at or after {@code from}, or -1. */
    static int isoDate(String s, int from) {
        for (int i = s.indexOf('-', from + 4); i >= 0 && i + 5 < s.length(); i = s.indexOf('-', i + 1)) {
            if (s.charAt(i + 3) == '-' && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                    && isDigit(s.charAt(i + 4)) && isDigit(s.charAt(i + 5)) && i >= 4
                    && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i - 2)) && isDigit(s.charAt(i - 3))
                    && isDigit(s.charAt(i - 4))) {
                return i - 4;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The date written nearest the headline (or the article's start): dates live in datelines,
     * bylines and meta lines next to it, under names no list can foresee. Only short texts are
     * read, and only those holding a four-digit year.
     */
    private LocalDate nearestTextDate(Document doc, Element zone) {
        Element anchor = null;
        if (zone != null) {
            anchor = zone.selectFirst("h1");
        }
        if (anchor == null) {
            anchor = doc.selectFirst("h1");
        }
        if (anchor == null) {
            anchor = zone;
        }
        Element anchorEl = anchor;
        List<LocalDate> found = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int[] index = {0};
        int[] anchorIndex = {-1};
        if (doc.body() == null) {
            return null;
        }
        PageAnalysis.walk(doc.body(), new PageAnalysis.Visitor() {
            @Override
            public boolean head(org.jsoup.nodes.Node node) {
                if (node == anchorEl) {
                    anchorIndex[0] = index[0];
                }
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    index[0]++;
                    String s = t.getWholeText();
                    if (s.length() <= 200 && hasYear(s)) {
                        LocalDate d = dates.fromText(s);
                        if (d != null) {
                            found.add(d);
                            positions.add(index[0]);
                        }
                    }
                    return false;
                }
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    return !tag.equals("script") && !tag.equals("style") && !tag.equals("noscript");
                }
                return false;
            }

            @Override
            public void tail(org.jsoup.nodes.Node node) {
            }
        });
        if (found.isEmpty()) {
            return null;
        }
        int at = Math.max(anchorIndex[0], 0);
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < found.size(); i++) {
            int pos = positions.get(i);
            // After the headline is where datelines usually are; before it counts a little more.
            int distance = pos >= at ? pos - at : (at - pos) * 2;
            if (distance < bestDistance) {
                best = found.get(i);
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether {@code s} holds a four-digit year 19xx or 20xx (a cheap test before the patterns). */
    private static boolean hasYear(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0')
                    && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private LocalDate selectedDate(PageIndex index, Element scope) {
        LocalDate d;
        for (List<Element> matched : index.bodyMatches(rules.dateSelectors)) {
            for (Element e : matched) {
                if (scope != index.doc() && !isWithin(scope, e)) {
                    continue;
                }
                for (String attr : new String[] {"datetime", "content", "title", "data-datetime", "data-date"}) {
                    if (e.hasAttr(attr)) {
                        d = dates.fromAttribute(e.attr(attr));
                        if (d != null) {
                            return d;
                        }
                    }
                }
                String t = BoundedText.of(e, 200);
                if (t != null) {
                    d = dates.fromText(t);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }
}
