package org.herodotus.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.herodotus.extract.PageAnalysis.Info;
import org.jsoup.nodes.Element;

/**
 * Finds the element(s) holding the article body. Two ways, as good open extractors do: known
 * body containers from the [article-body] selectors of {@code content.rules}, and, when none
 * holds enough text, scoring of blocks in the manner of Readability: every block of running text
 * credits its parent and grandparent with points for its length and commas, class and id words
 * add or take points, link-heavy candidates lose theirs, and the best candidate is joined by
 * siblings that score nearly as well.
 */
final class ContentFinder {

    /** Least clean text (non-blank characters) for a selector match to be trusted. */
    static final int MIN_SELECTED_TEXT = 200;
    /** Least text of its own for a block before the body to count as its lead. */
    private static final int LEAD_TEXT = 100;
    /** Least inline text for a block to count as running text when scoring. */
    private static final int MIN_BLOCK_TEXT = 25;

    private final ExtractionRules rules;

    ContentFinder(ExtractionRules rules) {
        this.rules = rules;
    }

    /**
     * A known body container: the elements matched by the first [article-body] selector whose
     * best match holds enough raw text, else by the [content-names] names. The best match comes
     * with its siblings of the same kind, for bodies split into several containers (one per
     * paragraph, or one between every two ads).
     *
     * @param elements the container(s), in document order
     * @param best     the one holding most text
     */
    record Match(List<Element> elements, Element best) {
    }

    /** The known body container of the page, or null. */
    Match selectorMatch(PageAnalysis page) {
        List<List<Element>> matches = page.index().bodyMatches(rules.articleBodySet);
        for (int i = 0; i < rules.articleBodySet.size(); i++) {
            Match m = best(page, matches.get(i), !rules.articleBodySet.get(i).css().equals("article"));
            if (m != null) {
                return m;
            }
        }
        List<Element> named = new ArrayList<>();
        java.util.Map<String, Boolean> seen = new java.util.HashMap<>();
        for (Element e : page.index().bodyElements()) {
            if (e.attributesSize() == 0 || page.info(e) == null) {
                continue;
            }
            String cls = e.className();
            String id = e.id();
            if (cls.isEmpty() && id.isEmpty()) {
                continue;
            }
            boolean isNamed = seen.computeIfAbsent(cls + "#" + id,
                    k -> rules.contentNames.matches(cls) || rules.contentNames.matches(id));
            if (isNamed) {
                named.add(e);
            }
        }
        return best(page, named, true);
    }

    private static Match best(PageAnalysis page, List<Element> matches, boolean group) {
        Element best = null;
        int bestRaw = 0;
        for (Element e : matches) {
            Info i = page.info(e);
            if (i != null && i.raw > bestRaw) {
                best = e;
                bestRaw = i.raw;
            }
        }
        if (best == null) {
            return null;
        }
        List<Element> siblings = new ArrayList<>();
        int total = 0;
        if (group) {
            for (Element e : matches) {
                if (e.parent() == best.parent() && e.normalName().equals(best.normalName()) && page.info(e) != null) {
                    siblings.add(e);
                    total += page.info(e).raw;
                }
            }
        } else {
            siblings.add(best);
            total = bestRaw;
        }
        return total >= MIN_SELECTED_TEXT ? new Match(siblings, best) : null;
    }

    /** The top-scoring candidate and the siblings that belong with it, in document order. */
    List<Element> byScore(PageAnalysis page) {
        List<Element> candidates = new ArrayList<>();
        for (Element block : page.textBlocks()) {
            Info bi = page.info(block);
            if (bi.inline < MIN_BLOCK_TEXT || !scoredTag(block.normalName())) {
                continue;
            }
            if (bi.inlineLink > bi.inline * 0.5) {
                continue;
            }
            double points = 1 + bi.commas + Math.min(bi.inline / 100, 3);
            boolean paragraph = isParagraphTag(block.normalName());
            Element target = paragraph ? block.parent() : block;
            double[] shares = {1, 0.5, 1.0 / 6};
            for (int level = 0; level < shares.length && target != null; level++) {
                Info ti = page.info(target);
                if (ti == null || ti.boilerplate) {
                    break;
                }
                if (!ti.scored) {
                    ti.scored = true;
                    ti.score = initialScore(target);
                    candidates.add(target);
                }
                ti.score += points * shares[level];
                if (target == page.body()) {
                    break;
                }
                target = target.parent();
            }
        }
        if (candidates.isEmpty()) {
            return List.of(page.body());
        }
        for (Element c : candidates) {
            Info ci = page.info(c);
            ci.score *= 1 - ci.linkDensity();
        }
        candidates.sort(Comparator.comparingDouble((Element c) -> -page.info(c).score));
        Element top = candidates.get(0);
        double topScore = page.info(top).score;

        // Several near-best candidates under one ancestor: the article is split, take the ancestor.
        List<Element> close = new ArrayList<>();
        for (int k = 1; k < Math.min(5, candidates.size()); k++) {
            if (page.info(candidates.get(k)).score >= 0.75 * topScore) {
                close.add(candidates.get(k));
            }
        }
        if (close.size() >= 3) {
            for (Element a = top.parent(); a != null && a != page.body(); a = a.parent()) {
                int inside = 0;
                for (Element c : close) {
                    if (isAncestor(a, c)) {
                        inside++;
                    }
                }
                if (inside >= 3) {
                    top = a;
                    break;
                }
            }
        }
        // A candidate alone in its parent is the parent, for the siblings' sake.
        while (top.parent() != null && top.parent() != page.body() && top.parent().childrenSize() == 1
                && page.info(top.parent()) != null) {
            top = top.parent();
        }
        Info topInfo = page.info(top);
        double score = topInfo.scored ? topInfo.score : topScore;
        Element parent = top.parent();
        if (parent == null || top == page.body()) {
            return List.of(top);
        }
        double threshold = Math.max(10, score * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            Info si = page.info(sibling);
            if (si == null || si.boilerplate) {
                continue;
            }
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? score * 0.2 : 0;
            if (si.scored && si.score + bonus >= threshold) {
                out.add(sibling);
            } else if (isParagraphTag(sibling.normalName()) || sibling.normalName().equals("div")) {
                double ld = si.linkDensity();
                if (si.clean > 80 && ld < 0.25) {
                    out.add(sibling);
                } else if (si.clean > 0 && si.clean <= 80 && ld == 0 && endsSentence(sibling.text())) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /**
     * Prose blocks just before the body container, within a few levels of it and after the
     * headline: the lead or standfirst that many layouts print above the body container.
     */
    List<Element> lead(PageAnalysis page, List<Element> roots) {
        if (roots.isEmpty() || roots.get(0) == page.body()) {
            return List.of();
        }
        Element first = roots.get(0);
        Element zone = first;
        for (int i = 0; i < 3 && zone.parent() != null && zone != page.body(); i++) {
            zone = zone.parent();
        }
        Info firstInfo = page.info(first);
        Info zoneInfo = page.info(zone);
        if (firstInfo == null || zoneInfo == null) {
            return List.of();
        }
        int from = zoneInfo.order;
        for (Element h1 : zone.getElementsByTag("h1")) {
            Info hi = page.info(h1);
            if (hi != null && hi.order < firstInfo.order) {
                from = Math.max(from, hi.order);
            }
        }
        List<Element> out = new ArrayList<>();
        for (Element block : page.textBlocks()) {
            Info bi = page.info(block);
            if (bi.order <= from || bi.order >= firstInfo.order || !isAncestor(zone, block)) {
                continue;
            }
            if (bi.inline >= LEAD_TEXT && bi.inlineLink < bi.inline * 0.2 && !block.normalName().equals("h1")
                    && !isAncestor(block, first)) {
                out.add(block);
            }
        }
        out.sort(Comparator.comparingInt((Element e) -> page.info(e).order));
        // Nested blocks: keep the outermost only.
        out.removeIf(e -> out.stream().anyMatch(o -> o != e && isAncestor(o, e)));
        return out;
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = e.className() + " " + e.id();
        if (rules.negativeNames.count(names) > 0) {
            s -= 25;
        }
        if (rules.positiveNames.count(names) > 0) {
            s += 25;
        }
        return s;
    }

    private static boolean scoredTag(String tag) {
        return switch (tag) {
            case "li", "dt", "dd", "th", "h1", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "tr",
                 "nav", "header", "footer", "address", "form", "fieldset", "html", "body" -> false;
            default -> true;
        };
    }

    private static boolean isParagraphTag(String tag) {
        return switch (tag) {
            case "p", "pre", "h2", "h3", "h4", "h5", "h6", "blockquote" -> true;
            default -> false;
        };
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.contains(". ");
    }

    static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
