package org.herodotus.extract;

import static org.herodotus.extract.SiteName.isSiteName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a title into its parts at the separators of {@code metadata.rules} ("Headline | Section |
 * Site") and takes off the parts that are the site's name or a date. Thread-safe.
 */
final class TitleParts {

    private final ExtractionRules rules;
    private final DateReader dates;

    TitleParts(ExtractionRules rules, DateReader dates) {
        this.rules = rules;
        this.dates = dates;
    }

    /** A title as published: the site's name cut off wherever it still hangs on, NFC-normalised. */
    String finish(String title, Set<String> siteWords) {
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
    String withoutSite(String title, Set<String> siteWords) {
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
    List<String> allParts(String title) {
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
    List<String> parts(String title) {
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

    /** "Headline | Site" → "Headline", by the site's name or, failing that, the longest part. */
    String stripSite(String title, Set<String> siteWords) {
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
}
