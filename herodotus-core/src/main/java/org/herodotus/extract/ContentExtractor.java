package org.herodotus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.herodotus.extract.BodyWriter.Block;
import org.jsoup.nodes.Element;

/**
 * From a parsed page to its article body: measures the page, finds the body container (selector
 * rules, else block scoring), writes it out as blocks and drops the blocks that read as
 * boilerplate (link lists, "Read more", share prompts, the repeated headline, the byline and
 * date line, trailing headings). Thread-safe; the per-page state lives in {@link PageAnalysis}.
 */
final class ContentExtractor {

    /** Above this share of link text a short block is a list of links, not prose. */
    private static final double MAX_LINK_DENSITY = 0.6;

    /** How much more text scoring must find before it overrules a selector match. */
    private static final double SCORED_OVER_SELECTED = 2.5;

    private final ExtractionRules rules;
    private final ContentFinder finder;
    private final MetadataReader metadata;

    ContentExtractor(ExtractionRules rules, MetadataReader metadata) {
        this.rules = rules;
        this.finder = new ContentFinder(rules);
        this.metadata = metadata;
    }

    /**
     * The article body found on a page.
     *
     * @param paragraphs the body, one entry per paragraph
     * @param roots      the elements it was written from
     * @param how        "selector" or "scoring", for diagnostics
     */
    record Body(List<String> paragraphs, List<Element> roots, String how) {
        String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    /** Extracts the body of the indexed page, whose headline is {@code title} (may be null). */
    Body extract(PageIndex index, String title) {
        if (index.doc().body() == null) {
            return new Body(List.of(), List.of(), "none");
        }
        PageAnalysis page = new PageAnalysis(rules, index);
        page.measureRaw();
        ContentFinder.Match selected = finder.selectorMatch(page);
        page.measureClean(selected == null ? null : selected.best());
        List<Element> scored = finder.byScore(page);
        List<Element> roots = scored;
        String how = "scoring";
        if (selected != null) {
            int selectedText = clean(page, selected.elements());
            int scoredText = clean(page, scored);
            // A container much smaller than what scoring finds is a teaser box or one part of many.
            if (selectedText >= ContentFinder.MIN_SELECTED_TEXT
                    && (scoredText < SCORED_OVER_SELECTED * selectedText || linkDensity(page, scored) > 0.3)) {
                roots = selected.elements();
                how = "selector";
            }
        }
        List<Element> lead = finder.lead(page, roots);
        if (!lead.isEmpty()) {
            List<Element> all = new ArrayList<>(lead);
            all.addAll(roots);
            roots = all;
        }
        List<Block> blocks = new BodyWriter(rules, page).write(roots);
        return new Body(filter(blocks, title), roots, how);
    }

    private static int clean(PageAnalysis page, List<Element> elements) {
        int n = 0;
        for (Element e : elements) {
            PageAnalysis.Info i = page.info(e);
            n += i == null || i.boilerplate ? 0 : i.clean;
        }
        return n;
    }

    private static double linkDensity(PageAnalysis page, List<Element> elements) {
        int n = 0;
        int link = 0;
        for (Element e : elements) {
            PageAnalysis.Info i = page.info(e);
            if (i != null && !i.boilerplate) {
                n += i.clean;
                link += i.cleanLink;
            }
        }
        return n == 0 ? 0 : (double) link / n;
    }

    /** Drops the blocks that are not article text. */
    List<String> filter(List<Block> blocks, String title) {
        List<Block> kept = new ArrayList<>();
        String titleKey = title == null ? "" : SiteName.squashKey(title);
        for (Block b : blocks) {
            String text = dropBoilerplateLines(b.text());
            if (text.isEmpty()) {
                continue;
            }
            if (b.tag().equals("h1")) {
                continue;
            }
            if (!titleKey.isEmpty() && kept.size() < 3 && SiteName.squashKey(text).equals(titleKey)) {
                continue;
            }
            if (b.linkDensity() > MAX_LINK_DENSITY && b.length() < 400) {
                continue;
            }
            if (kept.size() < 3 && isBylineOrDate(text)) {
                continue;
            }
            kept.add(text.equals(b.text()) ? b : new Block(text, b.linkChars(), b.tag()));
        }
        // Headings with nothing after them introduced something that was removed.
        while (!kept.isEmpty() && kept.get(kept.size() - 1).heading()) {
            kept.remove(kept.size() - 1);
        }
        List<String> out = new ArrayList<>(kept.size());
        for (Block b : kept) {
            out.add(b.text());
        }
        return out;
    }

    /** The block without lines that are boilerplate by the [lines] and [line-patterns] rules. */
    private String dropBoilerplateLines(String text) {
        if (text.indexOf('\n') < 0) {
            return rules.isBoilerplateLine(text) ? "" : text;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !rules.isBoilerplateLine(line)) {
                if (b.length() > 0) {
                    b.append('\n');
                }
                b.append(line.strip());
            }
        }
        return b.toString();
    }

    /** A short "By Jane Doe" or "Updated 19 November 2019, 10:30" line. */
    private boolean isBylineOrDate(String text) {
        if (text.length() > 100) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Pattern p : rules.bylinePrefixes) {
            if (p.matcher(text).lookingAt() && metadata.bylines().cleanByline(text, null) != null
                    && text.split("\\s+").length <= 10 && !text.strip().endsWith(".")) {
                return true;
            }
        }
        if (metadata.dates().fromText(text) != null || metadata.dates().fromAttribute(text) != null) {
            // A date line holds little besides the date: numbers, month names, a few little words.
            int words = 0;
            for (String w : lower.split("[^\\p{L}]+")) {
                if (!w.isEmpty() && !rules.months.containsKey(w) && !rules.dateLineWords.contains(w)) {
                    words++;
                }
            }
            return words == 0;
        }
        return false;
    }
}
