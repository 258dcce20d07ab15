package org.herodotus.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the article element(s) out as text blocks: every block element (p, div, li, h2...)
 * starts a new block, {@code <br>} breaks a line and two of them a block, table cells of a row are
 * joined by " | ", preformatted text keeps its lines, and boilerplate-marked elements are skipped.
 * Each block remembers how much of it was link text and what kind of element it came from, so
 * the filter after it can judge it.
 */
final class BodyWriter {

    /** One block of text as written. */
    record Block(String text, int linkChars, String tag) {
        int length() {
            return PageAnalysis.nonBlank(text);
        }

        double linkDensity() {
            int n = length();
            return n == 0 ? 0 : Math.min(1.0, (double) linkChars / n);
        }

        boolean heading() {
            return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
        }
    }

    private final ExtractionRules rules;
    private final PageAnalysis page;
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private final List<String> tagStack = new ArrayList<>();
    private int currentLink;
    private int anchors;
    private int preformatted;
    private boolean rowHasCell;

    BodyWriter(ExtractionRules rules, PageAnalysis page) {
        this.rules = rules;
        this.page = page;
    }

    /** The blocks of {@code roots}, in order. */
    List<Block> write(List<Element> roots) {
        for (Element root : roots) {
            PageAnalysis.walk(root, new PageAnalysis.Visitor() {
                @Override
                public boolean head(Node node) {
                    return enter(node);
                }

                @Override
                public void tail(Node node) {
                    leave(node);
                }
            });
            flush();
        }
        return blocks;
    }

    private boolean enter(Node node) {
        if (node instanceof TextNode t) {
            text(t);
            return false;
        }
        if (!(node instanceof Element e)) {
            return false;
        }
        if (!page.isContent(e)) {
            if (page.info(e) != null && rules.blockTags.contains(e.normalName())) {
                flush();
            }
            return false;
        }
        String tag = e.normalName();
        boolean block = rules.blockTags.contains(tag) && !tag.equals("td") && !tag.equals("th");
        if (block) {
            flush();
            tagStack.add(tag);
        }
        switch (tag) {
            case "br" -> {
                current.append('\n');
                return false;
            }
            case "a" -> anchors++;
            case "pre" -> preformatted++;
            case "tr" -> rowHasCell = false;
            case "td", "th" -> {
                if (rowHasCell && current.length() > 0 && !endsWithBreak()) {
                    current.append(" | ");
                }
                rowHasCell = true;
            }
            default -> {
            }
        }
        return true;
    }

    private void leave(Node node) {
        if (!(node instanceof Element e) || !page.isContent(e)) {
            return;
        }
        String tag = e.normalName();
        if (rules.blockTags.contains(tag) && !tag.equals("td") && !tag.equals("th")) {
            flush();
            tagStack.remove(tagStack.size() - 1);
        }
        switch (tag) {
            case "a" -> anchors--;
            case "pre" -> preformatted--;
            default -> {
            }
        }
    }

    private boolean endsWithBreak() {
        return current.charAt(current.length() - 1) == '\n';
    }

    private void text(TextNode t) {
        String s = t.getWholeText();
        if (preformatted > 0) {
            current.append(s);
        } else {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u200b'
                        || (c > 0x2000 && Character.isWhitespace(c))) {
                    int len = current.length();
                    if (len > 0 && current.charAt(len - 1) != ' ' && current.charAt(len - 1) != '\n') {
                        current.append(' ');
                    }
                } else {
                    current.append(c);
                }
            }
        }
        if (anchors > 0) {
            currentLink += PageAnalysis.nonBlank(s);
        }
    }

    /** Ends the current block; two line breaks in it split it into blocks. */
    private void flush() {
        if (current.length() == 0) {
            return;
        }
        String tag = tagStack.isEmpty() ? "body" : tagStack.get(tagStack.size() - 1);
        String text = current.toString();
        current.setLength(0);
        int link = currentLink;
        currentLink = 0;
        boolean lines = text.indexOf('\n') >= 0;
        String[] parts = preformatted > 0 || !lines ? new String[] {text} : text.split("\\s*\\n\\s*\\n\\s*");
        int total = PageAnalysis.nonBlank(text);
        for (String part : parts) {
            String p = preformatted > 0 ? stripBlankLines(part) : lines ? part.replaceAll(" *\\n *", "\n").strip() : part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int n = PageAnalysis.nonBlank(p);
            int partLink = total == 0 ? 0 : (int) Math.round((double) link * n / total);
            blocks.add(new Block(p, partLink, tag));
        }
    }

    private static String stripBlankLines(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '\n' || s.charAt(start) == '\r')) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
