package org.herodotus.extract;

import static org.herodotus.extract.MetadataReader.clean;
import static org.herodotus.extract.MetadataReader.isWithin;
import static org.herodotus.extract.SiteName.squashKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the byline, and cleans one ("By Jane Roe, Staff Writer" → "Jane Roe") with the prefixes,
 * suffixes and non-names of {@code bylines.rules}. Thread-safe.
 */
final class BylineReader {

    private static final Pattern URLISH = Pattern.compile("^(https?:|www\\.|/)|\\.(com|org|net)\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_BYLINE = 120;

    private final ExtractionRules rules;

    BylineReader(ExtractionRules rules) {
        this.rules = rules;
    }

    /**
     * The byline: the JSON-LD authors, else a byline meta tag, else the first byline element
     * ({@code [byline-selectors]}) around the article ({@code zone}), then anywhere.
     */
    String read(PageIndex index, Element zone, Map<String, String> meta, JsonLd ld, String siteName) {
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
}
