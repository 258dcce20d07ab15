package org.herodotus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.extract.ExtractionRules.Selector;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * A list of CSS selectors matched against a page in one pass instead of one traversal each (the
 * rule files hold about a hundred). Each simple selector ({@code tag#id.class[attr=value]}, no
 * combinators) is indexed by its most selective part (id, then class, then attribute, then tag)
 * and confirmed with jsoup's own evaluator when that part is present; selectors with
 * combinators are evaluated on every element. Class, id and attribute values are compared
 * case-insensitively, as jsoup compares classes. Immutable and thread-safe.
 */
final class SelectorSet {

    private static final Pattern SIMPLE = Pattern.compile("[a-zA-Z0-9*]*(?:\\.[\\w-]+|#[\\w-]+|\\[[^\\]\\s]+\\])*");
    /** A selector that is one class ({@code .name}) or one tag name: matched by the index alone. */
    private static final Pattern EXACT = Pattern.compile("\\.[\\w-]+|[a-zA-Z][a-zA-Z0-9]*");
    private static final Pattern PART = Pattern.compile("\\.([\\w-]+)|#([\\w-]+)|\\[([\\w:-]+)(?:([*^$]?=)([^\\]]+))?\\]");

    private final List<Selector> selectors;
    private final Map<String, List<Integer>> byId = new HashMap<>();
    private final Map<String, List<Integer>> byClass = new HashMap<>();
    private final Map<String, List<Integer>> byTag = new HashMap<>();
    private final Map<String, List<Integer>> byAttribute = new HashMap<>();
    /** [attr*=value] tests by attribute: the value lower-cased once per element, then contains. */
    private final Map<String, List<String[]>> containing = new HashMap<>();
    private final List<Integer> everywhere = new ArrayList<>();
    /** Selectors that are one class or one tag name: the index alone decides, no evaluator needed. */
    private final boolean[] exact;
    /** The sets this one was joined from ({@link #union}), with their first index here; empty otherwise. */
    private final Map<SelectorSet, Integer> members;

    SelectorSet(List<Selector> selectors) {
        this(selectors, Map.of());
    }

    private SelectorSet(List<Selector> selectors, Map<SelectorSet, Integer> members) {
        this.selectors = List.copyOf(selectors);
        this.exact = new boolean[selectors.size()];
        this.members = members;
        for (int i = 0; i < selectors.size(); i++) {
            String css = selectors.get(i).css().strip();
            index(i, css);
            exact[i] = EXACT.matcher(css).matches();
        }
    }

    /**
     * One set holding the selectors of all {@code sets}, so that a page is searched for all of
     * them in one pass; {@link #slice} gives each member's matches back.
     */
    static SelectorSet union(List<SelectorSet> sets) {
        List<Selector> all = new ArrayList<>();
        Map<SelectorSet, Integer> members = new java.util.IdentityHashMap<>();
        for (SelectorSet s : sets) {
            members.put(s, all.size());
            all.addAll(s.selectors);
        }
        return new SelectorSet(all, java.util.Collections.unmodifiableMap(members));
    }

    /** Whether {@code set} is one of the sets this union was made of. */
    boolean holds(SelectorSet set) {
        return members.containsKey(set);
    }

    /** The part of this union's {@code matches} that belongs to {@code member}. */
    List<List<Element>> slice(List<List<Element>> matches, SelectorSet member) {
        int from = members.get(member);
        return matches.subList(from, from + member.size());
    }

    private void index(int i, String css) {
        if (!SIMPLE.matcher(css).matches()) {
            // A combinator selector can only match where its last compound does: index by that.
            String[] parts = css.split("[\\s>+~]+");
            String last = parts[parts.length - 1];
            if (!last.isEmpty() && SIMPLE.matcher(last).matches() && !css.contains(",") && !css.contains(":")) {
                indexSimple(i, last);
            } else {
                everywhere.add(i);
            }
            return;
        }
        indexSimple(i, css);
    }

    private void indexSimple(int i, String css) {
        String id = null;
        String cls = null;
        String attr = null;
        String contains = null;
        Matcher m = PART.matcher(css);
        int parts = 0;
        while (m.find()) {
            parts++;
            if (m.group(2) != null && id == null) {
                id = m.group(2);
            } else if (m.group(1) != null && cls == null) {
                cls = m.group(1);
            } else if (m.group(3) != null && attr == null) {
                attr = m.group(3);
                if ("*=".equals(m.group(4))) {
                    contains = m.group(5).replace("\"", "").replace("'", "");
                }
            }
        }
        int cut = css.length();
        for (char c : new char[] {'.', '#', '['}) {
            int at = css.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        String tag = css.substring(0, cut);
        if (id != null) {
            add(byId, id, i);
        } else if (cls != null) {
            add(byClass, cls, i);
        } else if (attr != null && contains != null && parts == 1 && css.startsWith("[")) {
            containing.computeIfAbsent(attr.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new String[] {contains.toLowerCase(Locale.ROOT), Integer.toString(i)});
        } else if (attr != null) {
            add(byAttribute, attr, i);
        } else if (!tag.isEmpty() && !tag.equals("*")) {
            add(byTag, tag, i);
        } else {
            everywhere.add(i);
        }
    }

    private static void add(Map<String, List<Integer>> map, String key, int i) {
        map.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
    }

    /** Number of selectors. */
    int size() {
        return selectors.size();
    }

    /** The selector at {@code i}, as written in the rules. */
    Selector get(int i) {
        return selectors.get(i);
    }

    /**
     * The matches of every selector among {@code elements} (in document order), by selector
     * index; {@code root} is the root jsoup evaluators are given (the document).
     */
    List<List<Element>> matches(Element root, List<Element> elements) {
        List<List<Element>> out = new ArrayList<>(selectors.size());
        for (int i = 0; i < selectors.size(); i++) {
            out.add(new ArrayList<>(2));
        }
        boolean[] tried = new boolean[selectors.size()];
        List<Integer> touched = new ArrayList<>();
        for (Element e : elements) {
            touched.clear();
            candidates(byTag.get(e.normalName()), touched, tried);
            if (e.attributesSize() > 0) {
                String id = e.id();
                if (!id.isEmpty()) {
                    candidates(byId.get(lower(id)), touched, tried);
                }
                String cls = e.className();
                if (!cls.isEmpty() && !byClass.isEmpty()) {
                    int start = -1;
                    for (int k = 0; k <= cls.length(); k++) {
                        boolean space = k == cls.length() || Character.isWhitespace(cls.charAt(k));
                        if (!space && start < 0) {
                            start = k;
                        } else if (space && start >= 0) {
                            candidates(byClass.get(lower(cls.substring(start, k))), touched, tried);
                            start = -1;
                        }
                    }
                }
                if (!byAttribute.isEmpty() || !containing.isEmpty()) {
                    for (Attribute a : e.attributes()) {
                        String key = lower(a.getKey());
                        candidates(byAttribute.get(key), touched, tried);
                        List<String[]> tests = containing.get(key);
                        if (tests != null) {
                            String value = a.getValue().toLowerCase(Locale.ROOT);
                            for (String[] t : tests) {
                                int idx = Integer.parseInt(t[1]);
                                if (value.contains(t[0]) && !containsMatch(out.get(idx), e)) {
                                    out.get(idx).add(e);
                                }
                            }
                        }
                    }
                }
            }
            candidates(everywhere, touched, tried);
            for (int i : touched) {
                tried[i] = false;
                if (exact[i] || selectors.get(i).evaluator().matches(root, e)) {
                    out.get(i).add(e);
                }
            }
        }
        return out;
    }

    /** Lower case without allocating when there is nothing to lower (the common case). */
    static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    private static boolean containsMatch(List<Element> matches, Element e) {
        return !matches.isEmpty() && matches.get(matches.size() - 1) == e;
    }

    private static void candidates(List<Integer> indices, List<Integer> touched, boolean[] tried) {
        if (indices == null) {
            return;
        }
        for (int i : indices) {
            if (!tried[i]) {
                tried[i] = true;
                touched.add(i);
            }
        }
    }
}
