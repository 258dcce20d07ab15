package org.herodotus.extract;

import static org.herodotus.extract.MetadataReader.clean;
import static org.herodotus.extract.SiteName.isSiteName;
import static org.herodotus.extract.SiteName.key;
import static org.herodotus.extract.SiteName.siteKeys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the headline: the heading on the page that agrees with the title the page declares
 * (JSON-LD, {@code og:title}, {@code <title>}), without the site's name. Thread-safe.
 */
final class TitleReader {

    /** A candidate this long may match any part of a split title, not only the first. */
    private static final int MIN_PART_TITLE = 20;
    /** Most headline candidates looked at; pages with hundreds of titled teasers need no more. */
    private static final int MAX_TITLE_CANDIDATES = 12;

    private final ExtractionRules rules;
    private final TitleParts split;

    TitleReader(ExtractionRules rules, TitleParts split) {
        this.rules = rules;
        this.split = split;
    }

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
    String read(PageIndex index, Map<String, String> meta, JsonLd ld, String siteName, String url) {
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
            List<String> ps = split.allParts(t);
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
                declaredTitles.add(new Declared(t, key(t), key(split.withoutSite(t, siteWords)), key(split.parts(t).get(0)),
                        split.allParts(t).stream().map(SiteName::key).toList(), weak));
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
            return split.finish(best, siteWords);
        }
        if (h1s.size() == 1 && !isSiteName(h1s.get(0), siteWords)) {
            String h1 = h1s.get(0);
            for (String m : metaTitles) {
                // "Kicker: Headline" or "Headline 02.02.2022 • Section" in the h1 and "Headline"
                // declared: the declared headline is the headline.
                String declared = split.withoutSite(m, siteWords);
                String kh = key(h1);
                String km = key(declared);
                if (km.length() >= 10 && !kh.equals(km) && (kh.endsWith(km) || kh.startsWith(km))
                        && h1.length() - declared.length() <= 60) {
                    return split.finish(declared, siteWords);
                }
            }
            return split.finish(h1, siteWords);
        }
        for (String h1 : h1s) {
            // Several h1s, none agreeing: the first that is not the site's name is the page's own.
            if (h1.length() >= MIN_PART_TITLE && !isSiteName(h1, siteWords)) {
                return split.finish(h1, siteWords);
            }
        }
        if (!metaTitles.isEmpty()) {
            return split.finish(split.stripSite(metaTitles.get(0), siteWords), siteWords);
        }
        if (htmlTitle != null) {
            return split.finish(split.stripSite(htmlTitle, siteWords), siteWords);
        }
        if (!h1s.isEmpty()) {
            return split.finish(h1s.get(0), siteWords);
        }
        List<Element> h2list = index.tag("h2");
        return h2list.isEmpty() ? null : split.finish(clean(BoundedText.of(h2list.get(0), 300)), siteWords);
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

    /** Meta values are sometimes escaped twice ("&amp;#038;"); decode what is left. */
    private static String unescape(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        return org.jsoup.parser.Parser.unescapeEntities(s, false);
    }

}
