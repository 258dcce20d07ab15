package org.herodotus.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, byline, publication date, canonical URL and declared language from a parsed page:
 * JSON-LD ({@code NewsArticle} and friends), OpenGraph and other {@code <meta>} tags,
 * {@code <time>} and byline elements, and the URL. Which keys and selectors are consulted, in
 * which order, is data ({@code metadata.rules}, {@code dates.rules}, {@code bylines.rules}).
 * Thread-safe.
 */
final class MetadataReader {

    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Pattern URLISH = Pattern.compile("^(https?:|www\\.|/)|\\.(com|org|net)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_BYLINE = 120;

    private final ExtractionRules rules;
    private final DateReader dates;

    MetadataReader(ExtractionRules rules) {
        this.rules = rules;
        this.dates = new DateReader(rules);
    }

    DateReader dates() {
        return dates;
    }

    /**
     * Reads the metadata of {@code doc} that does not depend on where the article sits:
     * structured data, meta tags, headline. {@code url} is the page's URL when known.
     */
    Head readHead(PageIndex index, String url) {
        Map<String, String> meta = metaTags(index.tag("meta"));
        JsonLd ld = jsonLd(index);
        String siteName = siteName(meta, ld);
        String canonical = canonical(index, meta);
        String pageUrl = url != null ? url : canonical;
        String title = title(index, meta, ld, siteName, pageUrl);
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
        String byline = byline(index, zone, head.meta(), head.ld(), head.siteName());
        LocalDate published = published(index, zone, head.meta(), head.ld(), head.pageUrl());
        return new PageMetadata(head.title(), byline, published, head.canonical(), head.siteName(), head.declaredLang());
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

    // ------------------------------------------------------------------ JSON-LD

    /**
     * The article described by the page's JSON-LD, as far as we use it; {@code nameOnly} when
     * the headline is the object's {@code name} (a recipe's or product's), not a {@code headline}.
     */
    record JsonLd(String headline, boolean nameOnly, List<String> authors, String datePublished, String dateModified,
                  String publisher, String url) {
        static final JsonLd NONE = new JsonLd(null, false, List.of(), null, null, null, null);
    }

    private JsonLd jsonLd(PageIndex index) {
        List<JsonNode> candidates = new ArrayList<>();
        for (Element script : index.tag("script")) {
            if (!script.attr("type").equalsIgnoreCase("application/ld+json")) {
                continue;
            }
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                JsonNode root = LENIENT_JSON.readTree(json);
                collect(root, candidates, 0);
            } catch (IOException | RuntimeException e) {
                // Broken JSON-LD is common; the other metadata sources remain.
            }
        }
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        JsonNode webPage = null;
        List<String> order = List.copyOf(rules.jsonLdTypes);
        for (JsonNode n : candidates) {
            for (String type : types(n)) {
                int rank = rankOf(type);
                if (rank < bestRank) {
                    best = n;
                    bestRank = rank;
                }
                if (webPage == null && type.endsWith("WebPage")) {
                    webPage = n;
                }
            }
        }
        if (order.isEmpty() && best == null) {
            return JsonLd.NONE;
        }
        JsonNode n = best != null ? best : webPage;
        if (n == null) {
            return JsonLd.NONE;
        }
        String headline = text(n, "headline");
        boolean nameOnly = false;
        if (headline == null && best != null) {
            headline = text(n, "name");
            nameOnly = headline != null;
        }
        List<String> authors = new ArrayList<>();
        names(n.get("author"), authors);
        if (authors.isEmpty()) {
            names(n.get("creator"), authors);
        }
        String published = text(n, "datePublished");
        if (published == null) {
            published = text(n, "dateCreated");
        }
        if (published == null) {
            published = text(n, "uploadDate");
        }
        JsonNode pub = n.get("publisher");
        String publisher = pub == null ? null : pub.isTextual() ? pub.asText() : text(pub, "name");
        String url = text(n, "url");
        return new JsonLd(clean(headline), nameOnly, authors, published, text(n, "dateModified"), clean(publisher), url);
    }

    private int rankOf(String type) {
        int i = 0;
        for (String t : rules.jsonLdTypes) {
            if (t.equals(type)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            collect(node.get("@graph"), out, depth + 1);
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }

    private static List<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(localType(x.asText())));
        } else {
            out.add(localType(t.asText()));
        }
        return out;
    }

    private static String localType(String t) {
        int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
        return cut >= 0 ? t.substring(cut + 1) : t;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            v = v.size() > 0 ? v.get(0) : null;
            if (v == null) {
                return null;
            }
        }
        if (v.isObject()) {
            JsonNode inner = v.has("@value") ? v.get("@value") : v.get("name");
            return inner == null ? null : inner.asText(null);
        }
        String s = v.asText();
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void names(JsonNode v, List<String> out) {
        if (v == null || v.isNull()) {
            return;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                names(x, out);
            }
        } else if (v.isObject()) {
            String name = text(v, "name");
            if (name != null && !name.isBlank()) {
                out.add(name.strip());
            }
        } else if (v.isTextual() && !v.asText().isBlank()) {
            out.add(v.asText().strip());
        }
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

    // ------------------------------------------------------------------ title

    /** A candidate this long may match any part of a split title, not only the first. */
    private static final int MIN_PART_TITLE = 20;
    /** Most headline candidates looked at; pages with hundreds of titled teasers need no more. */
    private static final int MAX_TITLE_CANDIDATES = 12;

    /**
     * The headline. Candidates from the page (h1s, [title-selectors] elements, the first h2s,
     * then the lines of headings broken by {@code <br>}) are scored against what the page
     * declares: agreeing with the OpenGraph or JSON-LD headline or the whole {@code <title>}
     * scores 3, with the first part of a split {@code <title>} 2 (see {@link Declared}); the
     * site's name never counts, screen-reader headings are not candidates, and headings in
     * navigation lose ties. Without an agreeing candidate, a lone h1 is taken (minus a kicker
     * the declared headline lacks), else the declared headline, else {@code <title>}, each
     * without the site's name.
     */
    private String title(PageIndex index, Map<String, String> meta, JsonLd ld, String siteName, String url) {
        List<String> metaTitles = new ArrayList<>();
        addIfPresent(metaTitles, unescape(ld.headline()));
        for (String key : rules.titleMeta) {
            addIfPresent(metaTitles, unescape(meta.get(key)));
        }
        String htmlTitle = clean(index.title());
        Set<String> siteWords = siteKeys(siteName, url);
        List<String> h1s = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Set<String> demoted = new java.util.HashSet<>();
        // Parts of the declared titles after the first: where "Headline | Site" puts the site.
        Set<String> laterParts = new java.util.HashSet<>();
        for (String t : concatNullable(metaTitles, htmlTitle)) {
            List<String> ps = allParts(t);
            for (int i = 1; i < ps.size(); i++) {
                laterParts.add(key(ps.get(i)));
            }
        }
        for (Element h : index.tag("h1")) {
            String t = headlineText(h, siteWords, laterParts, siteName, lines, demoted);
            if (t != null && t.length() <= 300) {
                addIfPresent(h1s, t);
            }
        }
        candidates.addAll(h1s);
        List<List<Element>> titleMatches = index.bodyMatches(rules.titleSelectors);
        outer:
        for (List<Element> matched : titleMatches) {
            for (Element e : matched) {
                if (candidates.size() >= MAX_TITLE_CANDIDATES) {
                    break outer;
                }
                String t = clean(headlineText(e, siteWords, laterParts, siteName, lines, demoted));
                if (t != null) {
                    addIfPresent(candidates, t);
                }
            }
        }
        int h2s = 0;
        for (Element h : index.tag("h2")) {
            if (h2s++ >= 3) {
                break;
            }
            String t = clean(headlineText(h, siteWords, laterParts, siteName, null, demoted));
            if (t != null) {
                addIfPresent(candidates, t);
            }
        }
        for (String line : lines) {
            addIfPresent(candidates, line);
        }
        List<Declared> declaredTitles = new ArrayList<>();
        String ldName = ld.nameOnly() ? clean(unescape(ld.headline())) : null;
        for (String t : concatNullable(metaTitles, htmlTitle)) {
            if (declaredTitles.stream().noneMatch(d -> d.title().equals(t))) {
                // A recipe's or product's name that no meta tag or <title> repeats is weaker evidence.
                boolean weak = t.equals(ldName) && !meta.containsValue(t) && !t.equals(htmlTitle);
                declaredTitles.add(new Declared(t, key(t), key(withoutSite(t, siteWords)), key(parts(t).get(0)),
                        allParts(t).stream().map(MetadataReader::key).toList(), weak));
            }
        }
        String best = null;
        int bestScore = 0;
        boolean bestDemoted = false;
        for (String c : candidates) {
            if (isSiteName(c, siteWords)) {
                continue;
            }
            String k = key(c);
            int score = 0;
            for (Declared d : declaredTitles) {
                score = Math.max(score, d.agreement(k, c.length() >= MIN_PART_TITLE));
            }
            if (score > bestScore
                    || score == bestScore && score > 0 && bestDemoted && !demoted.contains(c) && !key(best).equals(k)) {
                best = c;
                bestScore = score;
                bestDemoted = demoted.contains(c);
            }
        }
        if (best != null) {
            return finish(best, siteWords);
        }
        if (h1s.size() == 1 && !isSiteName(h1s.get(0), siteWords)) {
            String h1 = h1s.get(0);
            for (String m : metaTitles) {
                // "Kicker: Headline" or "Headline 02.02.2022 • Section" in the h1 and "Headline"
                // declared: the declared headline is the headline.
                String declared = withoutSite(m, siteWords);
                String kh = key(h1);
                String km = key(declared);
                if (km.length() >= 10 && !kh.equals(km) && (kh.endsWith(km) || kh.startsWith(km))
                        && h1.length() - declared.length() <= 60) {
                    return finish(declared, siteWords);
                }
            }
            return finish(h1, siteWords);
        }
        for (String h1 : h1s) {
            // Several h1s, none agreeing: the first that is not the site's name is the page's own.
            if (h1.length() >= MIN_PART_TITLE && !isSiteName(h1, siteWords)) {
                return finish(h1, siteWords);
            }
        }
        if (!metaTitles.isEmpty()) {
            return finish(stripSite(metaTitles.get(0), siteWords), siteWords);
        }
        if (htmlTitle != null) {
            return finish(stripSite(htmlTitle, siteWords), siteWords);
        }
        if (!h1s.isEmpty()) {
            return finish(h1s.get(0), siteWords);
        }
        List<Element> h2list = index.tag("h2");
        return h2list.isEmpty() ? null : finish(clean(BoundedText.of(h2list.get(0), 300)), siteWords);
    }

    /**
     * A title the page declares (JSON-LD headline, {@code og:title} and the like, {@code <title>}),
     * with the keys a headline candidate is compared by.
     *
     * @param title      as declared
     * @param whole      its key
     * @param noSite     the key of the title without the parts naming the site
     * @param firstPart  the key of its first part ("Headline | Section | Site")
     * @param parts      the keys of all its parts
     * @param weak       whether the title is only the name of what the page describes (a recipe,
     *                   a product), which agrees less than a headline does
     */
    private record Declared(String title, String whole, String noSite, String firstPart, List<String> parts,
                            boolean weak) {

        /**
         * How strongly a candidate with key {@code k} agrees with this title: 3 when they are
         * equal; 2 when the candidate is the title without the site's name, its first part, any
         * part when {@code long_} (long headlines are also found between a section and a site
         * name); else 0. A weak title agrees at most 2.
         */
        int agreement(String k, boolean long_) {
            if (k.isEmpty()) {
                return 0;
            }
            if (whole.equals(k)) {
                return weak ? 2 : 3;
            }
            if (noSite.equals(k) || firstPart.equals(k) || long_ && parts.contains(k)) {
                return 2;
            }
            return 0;
        }
    }

    /**
     * The text of a headline candidate, without its kicker and screen-reader parts; null when the
     * element is not the page's headline: a screen-reader label, or the site's name in a logo
     * ({@code [site-name-selectors]}), which is then added to {@code siteWords} when the declared
     * titles or {@code og:site_name} confirm it. A heading inside navigation ({@code
     * [title-not-in]}: breadcrumb trails repeat the headline) is added to {@code demoted}: it
     * loses ties with headings elsewhere. When {@code lines} is not null, the lines of a headline broken by {@code <br>} are
     * added to it: one of them is often the headline, the other a kicker or subtitle.
     */
    private String headlineText(Element e, Set<String> siteWords, Set<String> laterParts, String siteName,
                                List<String> lines, Set<String> demoted) {
        if (rules.screenReaderNames.matches(e.className()) || rules.screenReaderNames.matches(e.id())) {
            return null;
        }
        Element root = e.ownerDocument();
        int depth = 0;
        boolean inNavigation = false;
        for (Element a = e; a != null && a != root; a = a.parent()) {
            for (ExtractionRules.Selector s : rules.titleNotIn) {
                inNavigation = inNavigation || s.evaluator().matches(root, a);
            }
            if (depth++ <= 2) {
                for (ExtractionRules.Selector s : rules.siteNameSelectors) {
                    if (s.evaluator().matches(root, a)) {
                        String t = BoundedText.of(e, 200);
                        String k = t == null ? "" : key(t);
                        if (!k.isEmpty() && (laterParts.contains(k) || siteName != null && k.equals(key(siteName)))) {
                            siteWords.add(k);
                            return null;
                        }
                    }
                }
            }
        }
        String text = BoundedText.of(e, 300, rules.titleSkipNames);
        if (inNavigation && text != null) {
            demoted.add(clean(text));
        }
        if (lines != null && text != null && !inNavigation && !e.getElementsByTag("br").isEmpty()) {
            for (String line : BoundedText.lines(e, 300, rules.titleSkipNames)) {
                if (line.length() >= 3 && lines.size() < 8) {
                    lines.add(line);
                }
            }
        }
        return text;
    }

    private static List<String> concatNullable(List<String> list, String extra) {
        List<String> out = new ArrayList<>(list);
        if (extra != null) {
            out.add(extra);
        }
        return out;
    }

    private static void addIfPresent(List<String> list, String value) {
        String v = clean(value);
        if (v != null && !list.contains(v)) {
            list.add(v);
        }
    }

    /** A title as published: the site's name cut off wherever it still hangs on, NFC-normalised. */
    private String finish(String title, Set<String> siteWords) {
        return title == null ? null : TextNormalizer.nfc(trimMarks(withoutSite(title, siteWords)));
    }

    /** Without a leading run of arrows, bullets or brackets set off by a space ("[> Title"). */
    private static String trimMarks(String s) {
        int i = 0;
        while (i < s.length() && "[]<>|•·-–—:/\\~*#".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i == 0 || i >= s.length() || !Character.isWhitespace(s.charAt(i))) {
            return s;
        }
        String t = s.substring(i).strip();
        return t.isEmpty() ? s : t;
    }

    /** The title without the parts that are the site's name or a date ("Headline | Site"). */
    private String withoutSite(String title, Set<String> siteWords) {
        String t = title;
        for (String sep : concat(rules.titleSeparators, rules.siteSeparators)) {
            String[] p = splitAt(t, sep);
            if (p.length < 2) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String part : p) {
                if (!isSiteName(part, siteWords) && !isDateLine(part)) {
                    kept.add(part.strip());
                }
            }
            if (!kept.isEmpty() && kept.size() < p.length) {
                t = String.join(" " + sep + " ", kept);
            }
        }
        return t;
    }

    /** A short part that is only a date and time ("06.11.2023, 11.41 Uhr"). */
    private boolean isDateLine(String part) {
        String p = part.strip();
        return p.length() <= 30 && dates.fromText(p) != null && p.replaceAll("[\\p{L}]{4,}", "").length() >= p.length() - 8;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** A title split at every title or site separator, in order. */
    private List<String> allParts(String title) {
        List<String> out = new ArrayList<>(List.of(title));
        for (String sep : concat(rules.titleSeparators, rules.siteSeparators)) {
            List<String> next = new ArrayList<>();
            for (String t : out) {
                for (String x : splitAt(t, sep)) {
                    if (!x.isBlank()) {
                        next.add(x.strip());
                    }
                }
            }
            out = next;
        }
        return out.isEmpty() ? List.of(title) : out;
    }

    /**
     * {@code s} split at every {@code sep} with a space on either side, as
     * {@code s.split(Pattern.quote(" " + sep + " "))} would split it (trailing empty parts
     * dropped), without compiling a pattern.
     */
    static String[] splitAt(String s, String sep) {
        String mark = " " + sep + " ";
        int at = s.indexOf(mark);
        if (at < 0) {
            return new String[] {s};
        }
        List<String> out = new ArrayList<>(4);
        int from = 0;
        while (at >= 0) {
            out.add(s.substring(from, at));
            from = at + mark.length();
            at = s.indexOf(mark, from);
        }
        out.add(s.substring(from));
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) {
            n--;
        }
        return out.subList(0, n).toArray(new String[0]);
    }

    /** {@code <title>} split at the first separator it contains. */
    private List<String> parts(String title) {
        for (String sep : rules.titleSeparators) {
            String[] p = splitAt(title, sep);
            if (p.length > 1) {
                List<String> out = new ArrayList<>();
                for (String x : p) {
                    out.add(x.strip());
                }
                return out;
            }
        }
        return List.of(title);
    }

    /** Meta values are sometimes escaped twice ("&amp;#038;"); decode what is left. */
    private static String unescape(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        return org.jsoup.parser.Parser.unescapeEntities(s, false);
    }

    /** "Headline | Site" → "Headline", by the site's name or, failing that, the longest part. */
    private String stripSite(String title, Set<String> siteWords) {
        for (String sep : rules.titleSeparators) {
            String[] parts = splitAt(title, sep);
            if (parts.length < 2) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String p : parts) {
                if (!isSiteName(p, siteWords)) {
                    kept.add(p.strip());
                }
            }
            if (kept.size() == 1 && parts.length > 1) {
                return kept.get(0);
            }
            if (!kept.isEmpty() && kept.size() < parts.length) {
                parts = kept.toArray(new String[0]);
            }
            String longest = parts[0];
            for (String p : parts) {
                if (p.length() > longest.length()) {
                    longest = p;
                }
            }
            boolean othersShort = true;
            for (String p : parts) {
                if (p != longest && p.strip().split("\\s+").length > 4) {
                    othersShort = false;
                }
            }
            if (othersShort) {
                return longest.strip();
            }
            return title;
        }
        return title;
    }

    private static Set<String> siteKeys(String siteName, String url) {
        Set<String> keys = new LinkedHashSet<>();
        if (siteName != null) {
            keys.add(squashKey(siteName));
        }
        if (url != null) {
            try {
                String host = URI.create(url.strip().replace(" ", "%20")).getHost();
                if (host != null) {
                    host = host.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d?|m|amp|mobile)\\.", "");
                    keys.add(squashKey(host));
                    int dot = host.lastIndexOf('.');
                    String noTld = dot > 0 ? host.substring(0, dot) : host;
                    keys.add(squashKey(noTld));
                    int dot2 = noTld.lastIndexOf('.');
                    keys.add(squashKey(dot2 >= 0 ? noTld.substring(dot2 + 1) : noTld));
                }
            } catch (IllegalArgumentException e) {
                // An unparsable URL gives no site name hints.
            }
        }
        keys.remove("");
        return keys;
    }

    private static boolean isSiteName(String part, Set<String> siteWords) {
        String k = squashKey(part);
        if (k.isEmpty()) {
            return false;
        }
        for (String s : siteWords) {
            if (k.equals(s) || (s.length() >= 4 && k.length() <= s.length() + 12 && (k.contains(s) || s.contains(k) && k.length() >= 4))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case letters and digits only. */
    private static String squashKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static String key(String s) {
        return squashKey(s == null ? "" : s);
    }

    // ------------------------------------------------------------------ byline

    private String byline(PageIndex index, Element zone, Map<String, String> meta, JsonLd ld, String siteName) {
        if (!ld.authors().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String a : ld.authors()) {
                String c = cleanByline(a, siteName);
                if (c != null && !names.contains(c)) {
                    names.add(c);
                }
            }
            if (!names.isEmpty()) {
                return String.join(", ", names);
            }
        }
        for (String key : rules.bylineMeta) {
            String v = meta.get(key);
            if (v != null && !URLISH.matcher(v).find()) {
                String c = cleanByline(v, siteName);
                if (c != null) {
                    return c;
                }
            }
        }
        List<List<Element>> matches = index.bodyMatches(rules.bylineSelectors);
        for (Element scope : scopes(index.doc(), zone)) {
            for (List<Element> matched : matches) {
                for (Element e : matched) {
                    if (scope != index.doc() && !isWithin(scope, e)) {
                        continue;
                    }
                    String t = BoundedText.of(e, MAX_BYLINE * 2);
                    if (t == null) {
                        continue;
                    }
                    String c = cleanByline(t, siteName);
                    if (c != null) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** Whether {@code e} is {@code scope} or inside it. */
    private static boolean isWithin(Element scope, Element e) {
        return e == scope || ContentFinder.isAncestor(scope, e);
    }

    private static List<Element> scopes(Document doc, Element zone) {
        if (zone == null) {
            return List.of(doc);
        }
        return zone == doc.body() ? List.of(zone) : List.of(zone, doc);
    }

    /** Strips "By", trailing dates and roles; null when what remains is not a plausible name. */
    String cleanByline(String raw, String siteName) {
        String s = clean(raw);
        if (s == null) {
            return null;
        }
        for (Pattern p : rules.bylinePrefixes) {
            var m = p.matcher(s);
            if (m.lookingAt()) {
                s = s.substring(m.end());
                break;
            }
        }
        for (Pattern p : rules.bylineSuffixes) {
            var m = p.matcher(s);
            if (m.find() && m.start() > 0) {
                s = s.substring(0, m.start());
            }
        }
        s = s.strip().replaceAll("[,;:|]+$", "").strip();
        if (s.length() < 2 || s.length() > MAX_BYLINE || !s.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        if (URLISH.matcher(s).find() || rules.notNames.contains(s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (siteName != null && squashKey(s).equals(squashKey(siteName))) {
            return null;
        }
        if (s.split("\\s+").length > 12) {
            return null;
        }
        return s;
    }

    // ------------------------------------------------------------------ date

    private LocalDate published(PageIndex index, Element zone, Map<String, String> meta, JsonLd ld, String url) {
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

    /** Trimmed, single-spaced, null when blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
