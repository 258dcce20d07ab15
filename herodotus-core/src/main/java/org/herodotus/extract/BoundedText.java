package org.herodotus.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An element's text when it is short, without reading all of a large element first: title,
 * byline and date candidates are often wrappers around half the page, and only short ones are
 * wanted.
 */
final class BoundedText {

    /** Elements whose text is set apart from what surrounds it, as jsoup's text() does (so they must stay as jsoup has them). */
    private static final java.util.Set<String> SPACED = java.util.Set.of("br", "p", "div", "li", "ul", "ol", "dl", "dd",
            "dt", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "tr", "table", "section", "article", "header",
            "footer", "blockquote", "address", "figure", "figcaption", "main", "nav", "aside");

    private BoundedText() {
    }

    /** The element's text, whitespace collapsed, or null when it is longer than {@code max}. */
    static String of(Element e, int max) {
        return of(e, max, null);
    }

    /**
     * The element's text without the descendants {@code skip} names (may be null), whitespace
     * collapsed, or null when it is longer than {@code max}.
     */
    static String of(Element e, int max, NameWords skip) {
        return of(e, max, skip, false);
    }

    /**
     * The element's text as {@link #of(Element, int, NameWords)} reads it, split into its lines
     * at {@code <br>}; empty lines left out, empty when the text is longer than {@code max}.
     */
    static java.util.List<String> lines(Element e, int max, NameWords skip) {
        String s = of(e, max, skip, true);
        if (s == null) {
            return java.util.List.of();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : s.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static String of(Element e, int max, NameWords skip, boolean breakLines) {
        StringBuilder b = new StringBuilder();
        boolean[] over = {false};
        PageAnalysis.walk(e, new PageAnalysis.Visitor() {
            @Override
            public boolean head(Node node) {
                if (over[0]) {
                    return false;
                }
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (Character.isWhitespace(c) || c == '\u00a0') {
                            if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                                b.append(' ');
                            }
                        } else {
                            b.append(c);
                        }
                    }
                    if (b.length() > max + 1) {
                        over[0] = true;
                    }
                    return false;
                }
                if (node instanceof Element el) {
                    if (skip != null && el != e && el.attributesSize() > 0
                            && (skip.matches(el.className()) || skip.matches(el.id()))) {
                        return false;
                    }
                    String tag = el.normalName();
                    if (breakLines && tag.equals("br")) {
                        b.append('\n');
                    } else if (SPACED.contains(tag)) {
                        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                            b.append(' ');
                        }
                    }
                    return !tag.equals("script") && !tag.equals("style");
                }
                return false;
            }

            @Override
            public void tail(Node node) {
            }
        });
        if (over[0]) {
            return null;
        }
        String s = b.toString().strip();
        return s.length() > max ? null : s;
    }
}
