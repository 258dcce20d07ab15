package org.herodotus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One pass over a parsed page that every later step reads from instead of walking the tree
 * again: all elements in document order, where the body's lie, and the elements of the few tags
 * metadata is read from. Selector matches are computed on demand, once per selector set. One
 * instance per page, used by one thread.
 */
final class PageIndex {

    // The tags the readers of this index ask for: fixed by the code that reads them, not a word list.
    private static final Set<String> INDEXED_TAGS = Set.of("meta", "script", "link", "title", "h1", "h2", "html");

    private final Document doc;
    private final List<Element> all;
    private final Map<String, List<Element>> byTag = new HashMap<>();
    private final Map<SelectorSet, List<List<Element>>> matches = new HashMap<>();
    private final SelectorSet union;
    private int bodyStart = -1;
    private int bodyEnd = -1;

    PageIndex(Document doc) {
        this(doc, null);
    }

    /**
     * The index of {@code doc}; {@code union} (may be null) is a {@link SelectorSet#union} whose
     * member sets are all matched in one pass the first time any of them is asked for.
     */
    PageIndex(Document doc, SelectorSet union) {
        this.doc = doc;
        this.union = union;
        this.all = allElements(doc);
        Element body = doc.body();
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            String tag = e.normalName();
            if (INDEXED_TAGS.contains(tag)) {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(e);
            }
            if (e == body) {
                bodyStart = i;
            }
        }
        if (bodyStart >= 0) {
            bodyEnd = all.size();
            while (bodyEnd > bodyStart + 1 && !ContentFinder.isAncestor(body, all.get(bodyEnd - 1))) {
                bodyEnd--;
            }
        }
    }

    /** Every element under {@code root}, itself first, in document order (cheaper than jsoup's iterator). */
    private static List<Element> allElements(Element root) {
        List<Element> out = new ArrayList<>(1024);
        PageAnalysis.walk(root, new PageAnalysis.Visitor() {
            @Override
            public boolean head(org.jsoup.nodes.Node node) {
                if (node instanceof Element e) {
                    out.add(e);
                    return true;
                }
                return false;
            }

            @Override
            public void tail(org.jsoup.nodes.Node node) {
            }
        });
        return out;
    }

    Document doc() {
        return doc;
    }

    /** The body's elements (the body first), in document order. */
    List<Element> bodyElements() {
        return bodyStart < 0 ? List.of() : all.subList(bodyStart, bodyEnd);
    }

    /** The page's elements of {@code tag} (one of meta, script, link, title, h1, h2, html). */
    List<Element> tag(String tag) {
        if (!INDEXED_TAGS.contains(tag)) {
            throw new IllegalArgumentException("not indexed: " + tag);
        }
        return byTag.getOrDefault(tag, List.of());
    }

    /** The page's {@code <title>} text, or "". */
    String title() {
        List<Element> t = tag("title");
        return t.isEmpty() ? "" : t.get(0).text();
    }

    /** The matches of every selector of {@code set} in the body, by selector index. */
    List<List<Element>> bodyMatches(SelectorSet set) {
        List<List<Element>> found = matches.get(set);
        if (found == null) {
            if (union != null && union.holds(set)) {
                List<List<Element>> all = matches.computeIfAbsent(union, s -> s.matches(doc, bodyElements()));
                found = union.slice(all, set);
            } else {
                found = set.matches(doc, bodyElements());
            }
            matches.put(set, found);
        }
        return found;
    }
}
