package org.herodotus.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The extraction rules, loaded once from the rule files under {@code org/herodotus/extract/}
 * ({@code content.rules}, {@code boilerplate.rules}, {@code bylines.rules}, {@code dates.rules},
 * {@code metadata.rules}) into immutable, compiled form shared by all threads. The file format
 * is described in {@code docs/extraction.md} and at the top of each file.
 */
public final class ExtractionRules {

    /** The rule files, in the order they are documented. */
    public static final List<String> FILES = List.of(
            "content.rules", "boilerplate.rules", "bylines.rules", "dates.rules", "metadata.rules");

    private static final class Holder {
        static final ExtractionRules DEFAULTS = fromFiles(FILES.stream().map(RuleFile::resource).toList());
    }

    final List<Selector> articleBody;
    final SelectorSet articleBodySet;
    final Set<String> dropTags;
    final Set<String> blockTags;
    final NameWords contentNames;
    final NameWords positiveNames;
    final NameWords negativeNames;

    final NameWords boilerplateNames;
    final Set<String> boilerplateTags;
    /** Attribute name → values that mark boilerplate ("" for any value). */
    final Map<String, List<String>> boilerplateAttributes;
    final Set<String> boilerplateLines;
    final Pattern boilerplateLinePattern;

    final List<String> bylineMeta;
    final SelectorSet bylineSelectors;
    final List<Pattern> bylinePrefixes;
    final List<Pattern> bylineSuffixes;
    final Set<String> notNames;

    final List<String> dateMeta;
    final List<String> dateMetaModified;
    final SelectorSet dateSelectors;
    final List<Pattern> urlDates;
    final List<String> dateJsonKeys;
    final Pattern dateJsonPattern;
    final Map<String, Integer> months;
    /** Words that may stand in a date line besides the date ("Updated on 5 May 2020, 10:30 am"). */
    final Set<String> dateLineWords;
    final List<Pattern> textDates;
    /** Whole lines that are only a wire dateline ("BEIJING 1996-08-31"); the headline stands before one. */
    final Pattern datelineLinePattern;

    final Set<String> jsonLdTypes;
    final List<String> titleMeta;
    final List<String> siteNameMeta;
    final List<String> titleSeparators;
    final List<String> siteSeparators;
    final SelectorSet titleSelectors;
    final NameWords titleSkipNames;
    final List<Selector> titleNotIn;
    final NameWords screenReaderNames;
    final List<Selector> siteNameSelectors;
    /** All selector sets above joined, so that a page is searched for them in one pass. */
    final SelectorSet allSelectors;

    /** A CSS selector with its source text, for messages. */
    record Selector(String css, Evaluator evaluator) {
    }

    private ExtractionRules(Map<String, RuleFile> files) {
        RuleFile content = files.get("content.rules");
        articleBody = selectors(content, "article-body");
        articleBodySet = new SelectorSet(articleBody);
        dropTags = lowerSet(content.section("drop-tags"));
        blockTags = lowerSet(content.section("block-tags"));
        contentNames = new NameWords(content.section("content-names"));
        positiveNames = new NameWords(content.section("positive-names"));
        negativeNames = new NameWords(content.section("negative-names"));

        RuleFile boiler = files.get("boilerplate.rules");
        boilerplateNames = new NameWords(boiler.section("names"), boiler.section("state-words"));
        boilerplateTags = lowerSet(boiler.section("tags"));
        Map<String, List<String>> attrs = new HashMap<>();
        for (String a : boiler.section("attributes")) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("boilerplate.rules [attributes]: expected name=value, got " + a);
            }
            attrs.computeIfAbsent(a.substring(0, eq).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(a.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
        }
        attrs.replaceAll((k, v) -> List.copyOf(v));
        boilerplateAttributes = Map.copyOf(attrs);
        Set<String> lines = new HashSet<>();
        for (String l : boiler.section("lines")) {
            lines.add(normalizeLine(l));
        }
        boilerplateLines = Set.copyOf(lines);
        boilerplateLinePattern = alternation(boiler.section("line-patterns"));

        RuleFile bylines = files.get("bylines.rules");
        bylineMeta = lowerList(bylines.section("meta"));
        bylineSelectors = new SelectorSet(selectors(bylines, "selectors"));
        bylinePrefixes = patterns(bylines.section("prefixes"), true);
        bylineSuffixes = patterns(bylines.section("suffixes"), true);
        notNames = lowerSet(bylines.section("not-names"));

        RuleFile dates = files.get("dates.rules");
        dateMeta = lowerList(dates.section("meta"));
        dateMetaModified = lowerList(dates.section("meta-modified"));
        dateSelectors = new SelectorSet(selectors(dates, "selectors"));
        urlDates = patterns(dates.section("url"), false);
        dateJsonKeys = List.copyOf(dates.section("json-keys"));
        dateJsonPattern = Pattern.compile("(?<![\\w])\\\\?[\"']?(" + String.join("|", dateJsonKeys.stream().map(Pattern::quote).toList())
                + ")\\\\?[\"']?\\s*:\\s*\\\\?[\"'](\\d{4}-\\d{2}-\\d{2})");
        Map<String, Integer> m = new HashMap<>();
        for (String line : dates.section("months")) {
            String[] parts = line.split("\\s+");
            int month = Integer.parseInt(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                m.putIfAbsent(parts[i].toLowerCase(Locale.ROOT), month);
            }
        }
        months = Map.copyOf(m);
        dateLineWords = lowerSet(dates.section("date-line-words"));
        textDates = patterns(dates.section("text"), true);
        datelineLinePattern = Pattern.compile(String.join("|", dates.section("dateline-lines").stream()
                .map(r -> "(?:" + r + ")").toList()));

        RuleFile meta = files.get("metadata.rules");
        jsonLdTypes = Set.copyOf(meta.section("jsonld-types"));
        titleMeta = lowerList(meta.section("title-meta"));
        siteNameMeta = lowerList(meta.section("site-name-meta"));
        titleSeparators = List.copyOf(meta.section("title-separators"));
        siteSeparators = List.copyOf(meta.section("site-separators"));
        titleSelectors = new SelectorSet(selectors(meta, "title-selectors"));
        titleSkipNames = new NameWords(meta.section("title-skip-names"));
        titleNotIn = selectors(meta, "title-not-in");
        screenReaderNames = new NameWords(meta.section("screen-reader-names"));
        siteNameSelectors = selectors(meta, "site-name-selectors");
        allSelectors = SelectorSet.union(List.of(articleBodySet, bylineSelectors, dateSelectors, titleSelectors));
    }

    /** The rules shipped with Herodotus; loaded on first use, then shared. */
    public static ExtractionRules defaults() {
        return Holder.DEFAULTS;
    }

    /**
     * The shipped rules with any rule file found in {@code dir} (same file names) taking the place
     * of the shipped one; for users who adapt the rules to their sources.
     */
    public static ExtractionRules load(Path dir) {
        List<RuleFile> files = new ArrayList<>();
        for (String name : FILES) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                try (InputStream in = Files.newInputStream(p)) {
                    files.add(RuleFile.parse(p.toString(), in));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read rule file " + p, e);
                }
            } else {
                files.add(RuleFile.resource(name));
            }
        }
        return fromFiles(files);
    }

    private static ExtractionRules fromFiles(List<RuleFile> files) {
        Map<String, RuleFile> byName = new HashMap<>();
        for (int i = 0; i < FILES.size(); i++) {
            byName.put(FILES.get(i), files.get(i));
        }
        return new ExtractionRules(byName);
    }

    /** Whether a whole paragraph or line is boilerplate by the [lines] and [line-patterns] rules. */
    boolean isBoilerplateLine(String text) {
        if (text.length() > 200) {
            return false;
        }
        String n = normalizeLine(text);
        if (n.isEmpty() || boilerplateLines.contains(n)) {
            return true;
        }
        return boilerplateLinePattern.matcher(text.strip()).matches();
    }

    /** Whether {@code line} holds nothing but a wire dateline ("BEIJING 1996-08-31"). */
    boolean isDatelineLine(String line) {
        String l = line.strip();
        return l.length() <= 80 && datelineLinePattern.matcher(l).matches();
    }

    /** Lower case, single spaces, without surrounding punctuation and symbols. */
    static String normalizeLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        int start = 0;
        int end = b.length();
        while (start < end && !Character.isLetterOrDigit(b.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(b.charAt(end - 1))) {
            end--;
        }
        return b.substring(start, end);
    }

    private static List<Selector> selectors(RuleFile file, String section) {
        List<Selector> out = new ArrayList<>();
        for (String css : file.section(section)) {
            try {
                out.add(new Selector(css, QueryParser.parse(css)));
            } catch (RuntimeException e) {
                throw new IllegalStateException(file.name() + " [" + section + "]: bad CSS selector '" + css + "': " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static List<Pattern> patterns(List<String> entries, boolean caseInsensitive) {
        int flags = Pattern.UNICODE_CASE | (caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
        return entries.stream().map(e -> Pattern.compile(e, flags)).toList();
    }

    private static Pattern alternation(List<String> entries) {
        if (entries.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        StringBuilder b = new StringBuilder();
        for (String e : entries) {
            Pattern.compile(e); // fail on the entry, not on the combined pattern
            b.append(b.length() == 0 ? "" : "|").append("(?:").append(e).append(')');
        }
        return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    private static Set<String> lowerSet(List<String> entries) {
        return Set.copyOf(lowerList(entries));
    }

    private static List<String> lowerList(List<String> entries) {
        return entries.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
