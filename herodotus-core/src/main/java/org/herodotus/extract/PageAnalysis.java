package org.herodotus.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The measurements of one page that content finding works on: for every element, how much text
 * it holds, how much of that is link text, how many commas, and whether it is dropped (never
 * content) or boilerplate (named or tagged like boilerplate). Nothing is removed from the DOM;
 * elements are marked, so metadata can still be read around them. One instance per page, used by
 * one thread.
 */
final class PageAnalysis {

    /** Per-element measurements. Text counts are non-blank characters. */
    static final class Info {
        /** Position in document order. */
        int order;
        /** Text in the subtree, without dropped elements. */
        int raw;
        /** Of {@link #raw}, the text in prose blocks: long runs of text with few links. */
        int prose;
        /** Raw text directly in this block (pass 1), and the link text within it. */
        int rawInline;
        int rawInlineLink;
        /** Text in the subtree, without dropped and boilerplate elements. */
        int clean;
        /** Link text within {@link #clean}. */
        int cleanLink;
        /** Clean text directly in this element, not inside a nested block element. */
        int inline;
        /** Link text within {@link #inline}. */
        int inlineLink;
        /** Commas within {@link #inline}. */
        int commas;
        /** Marked as boilerplate (with its subtree). */
        boolean boilerplate;
        /** Readability-style content score, once scored. */
        double score;
        boolean scored;

        double linkDensity() {
            return clean == 0 ? 0 : (double) cleanLink / clean;
        }
    }

    /** Elements whose class names are styling rather than the kind of block: HTML's inline elements, markup rather than words. */
    private static final Set<String> INLINE = Set.of("span", "a", "em", "strong", "b", "i", "u", "font", "small",
            "big", "cite", "abbr", "mark", "sup", "sub", "code", "q", "time");
    /** A block with this much text of its own, mostly not links, is prose. */
    private static final int PROSE_BLOCK = 100;
    /** From this much text on, an inline element is running text whatever its names. */
    private static final int LONG_INLINE = 150;

    private final ExtractionRules rules;
    private final Element body;
    private final Map<Element, Info> infos = new IdentityHashMap<>();
    private final Map<String, Boolean> boilerplateNameCache = new HashMap<>();
    /** Elements with inline text, children before parents (filled by {@link #measureClean}). */
    private final List<Element> textBlocks = new ArrayList<>();

    private final PageIndex index;

    PageAnalysis(ExtractionRules rules, PageIndex index) {
        this.rules = rules;
        this.index = index;
        this.body = index.doc().body();
    }

    PageIndex index() {
        return index;
    }

    Element body() {
        return body;
    }

    /** Measurements of {@code e}; null when {@code e} is dropped or outside the body. */
    Info info(Element e) {
        return infos.get(e);
    }

    /** Whether {@code e} is rendered: measured and not boilerplate, nor inside boilerplate. */
    boolean isContent(Element e) {
        Info i = infos.get(e);
        return i != null && !i.boilerplate;
    }

    List<Element> textBlocks() {
        return Collections.unmodifiableList(textBlocks);
    }

    // ------------------------------------------------------------------ pass 1: raw text

    /** Measures raw text and prose per element, marking dropped elements (scripts, form controls...). */
    void measureRaw() {
        ArrayDeque<Info> stack = new ArrayDeque<>();
        ArrayDeque<Info> blockStack = new ArrayDeque<>();
        int[] anchors = {0};
        walk(body, new Visitor() {
            @Override
            public boolean head(Node node) {
                if (node instanceof Element e) {
                    if (rules.dropTags.contains(e.normalName())) {
                        return false;
                    }
                    Info i = new Info();
                    i.order = infos.size();
                    infos.put(e, i);
                    stack.push(i);
                    if (rules.blockTags.contains(e.normalName()) || e == body) {
                        blockStack.push(i);
                    }
                    if (e.normalName().equals("a")) {
                        anchors[0]++;
                    }
                    return true;
                }
                if (node instanceof TextNode t && !stack.isEmpty()) {
                    int n = nonBlank(t.getWholeText());
                    stack.peek().raw += n;
                    Info block = blockStack.peek();
                    block.rawInline += n;
                    if (anchors[0] > 0) {
                        block.rawInlineLink += n;
                    }
                }
                return false;
            }

            @Override
            public void tail(Node node) {
                if (node instanceof Element e && infos.containsKey(e)) {
                    Info i = stack.pop();
                    if (rules.blockTags.contains(e.normalName()) || e == body) {
                        blockStack.pop();
                    }
                    if (e.normalName().equals("a")) {
                        anchors[0]--;
                    }
                    if (i.rawInline >= PROSE_BLOCK && i.rawInlineLink < i.rawInline * 0.3) {
                        i.prose += i.rawInline;
                    }
                    if (!stack.isEmpty()) {
                        stack.peek().raw += i.raw;
                        stack.peek().prose += i.prose;
                    }
                }
            }
        });
    }

    // ------------------------------------------------------------------ pass 2: boilerplate, clean text

    /**
     * Marks boilerplate and measures clean text. {@code keep} is the element the article is
     * believed to be in (a selector match) or null: it and its ancestors are never boilerplate,
     * and neither is an element holding most of the text of {@code keep} (or of the page).
     */
    void measureClean(Element keep) {
        Set<Element> keepChain = Collections.newSetFromMap(new IdentityHashMap<>());
        if (keep != null) {
            for (Element e = keep; e != null; e = e.parent()) {
                keepChain.add(e);
            }
        }
        Info bodyInfo = infos.get(body);
        Info keepInfo = keep != null && infos.containsKey(keep) ? infos.get(keep) : bodyInfo;
        ArrayDeque<Element> stack = new ArrayDeque<>();
        ArrayDeque<Info> blockStack = new ArrayDeque<>();
        int[] anchors = {0};
        boolean[] insideKeep = {false};
        walk(body, new Visitor() {
            @Override
            public boolean head(Node node) {
                if (node instanceof Element e) {
                    Info i = infos.get(e);
                    if (i == null) {
                        return false;
                    }
                    if (e == keep) {
                        insideKeep[0] = true;
                    }
                    if (e != body && !keepChain.contains(e) && looksLikeBoilerplate(e)
                            && !holdsMost(i, insideKeep[0] ? keepInfo : bodyInfo)) {
                        i.boilerplate = true;
                        return false;
                    }
                    stack.push(e);
                    if (rules.blockTags.contains(e.normalName())) {
                        blockStack.push(i);
                    }
                    if (e.normalName().equals("a")) {
                        anchors[0]++;
                    }
                    return true;
                }
                if (node instanceof TextNode t && !stack.isEmpty()) {
                    String s = t.getWholeText();
                    int n = nonBlank(s);
                    if (n == 0) {
                        return false;
                    }
                    Info parent = infos.get(stack.peek());
                    parent.clean += n;
                    if (anchors[0] > 0) {
                        parent.cleanLink += n;
                    }
                    Info block = blockStack.isEmpty() ? parent : blockStack.peek();
                    block.inline += n;
                    block.commas += commas(s);
                    if (anchors[0] > 0) {
                        block.inlineLink += n;
                    }
                }
                return false;
            }

            @Override
            public void tail(Node node) {
                if (!(node instanceof Element e) || stack.isEmpty() || stack.peek() != e) {
                    return;
                }
                stack.pop();
                Info i = infos.get(e);
                if (rules.blockTags.contains(e.normalName())) {
                    blockStack.pop();
                    if (i.inline > 0) {
                        textBlocks.add(e);
                    }
                }
                if (e.normalName().equals("a")) {
                    anchors[0]--;
                }
                if (e == keep) {
                    insideKeep[0] = false;
                }
                if (!stack.isEmpty()) {
                    Info p = infos.get(stack.peek());
                    p.clean += i.clean;
                    p.cleanLink += i.cleanLink;
                }
            }
        });
    }

    /**
     * Whether an element holds most of the text, or most of the prose, of {@code reference}: then
     * its boilerplate-like name is a layout accident ("one-sidebar-layout"), not a sidebar.
     */
    private static boolean holdsMost(Info i, Info reference) {
        if (reference == null) {
            return false;
        }
        return (reference.raw > 0 && i.raw >= 0.6 * reference.raw)
                || (reference.prose > 0 && i.prose >= 0.5 * reference.prose);
    }

    /** Whether the element's tag, attributes, or class and id words mark it as boilerplate. */
    boolean looksLikeBoilerplate(Element e) {
        if (rules.boilerplateTags.contains(e.normalName())) {
            return true;
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            String key = a.getKey();
            if (key.equals("style")) {
                String s = a.getValue().toLowerCase(Locale.ROOT).replace(" ", "");
                if (s.contains("display:none") || s.contains("visibility:hidden")) {
                    return true;
                }
            }
            List<String> values = rules.boilerplateAttributes.get(SelectorSet.lower(key));
            if (values != null) {
                for (String v : values) {
                    if (v.isEmpty() || a.getValue().equalsIgnoreCase(v)) {
                        return true;
                    }
                }
            }
        }
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        if (INLINE.contains(e.normalName())) {
            Info i = infos.get(e);
            if (i != null && i.raw >= LONG_INLINE) {
                return false;
            }
        }
        String key = id.isEmpty() ? cls : cls + "#" + id;
        Boolean cached = boilerplateNameCache.get(key);
        if (cached == null) {
            cached = (rules.boilerplateNames.matches(cls) || rules.boilerplateNames.matches(id))
                    && !rules.contentNames.matches(cls) && !rules.contentNames.matches(id);
            boilerplateNameCache.put(key, cached);
        }
        return cached;
    }

    static int nonBlank(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 ? c > ' ' : c != '\u00a0' && !Character.isWhitespace(c)) {
                n++;
            }
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFF0C' || c == '\u3001') {
                n++;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ traversal

    /** Head/tail visitor; {@code head} returns whether to descend into the node's children. */
    interface Visitor {
        boolean head(Node node);

        void tail(Node node);
    }

    /** Depth-first walk without recursion (pages nest deeply); tail is called for every head. */
    static void walk(Element root, Visitor v) {
        Node node = root;
        int depth = 0;
        while (node != null) {
            boolean descend = v.head(node);
            if (descend && node.childNodeSize() > 0) {
                node = node.childNode(0);
                depth++;
                continue;
            }
            while (true) {
                v.tail(node);
                if (depth == 0) {
                    return;
                }
                Node next = node.nextSibling();
                if (next != null) {
                    node = next;
                    break;
                }
                node = node.parentNode();
                depth--;
            }
        }
    }
}
