package org.herodotus.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * Matches the verbs of a CAMEO verb dictionary and their patterns against a parsed sentence, as
 * PETRARCH does: a verb (or compound verb) of the dictionary found by word or lemma, then its
 * block's patterns, longest first; the first whose words are found before and after the verb
 * gives the code, else the verb's own code does. Immutable.
 */
final class CameoPatternMatcher {

    // The pattern word NOT also matches the parser's token n't (upper-cased as the dictionaries
    // write words): one equivalence of the CAMEO notation, so code, not a word list.
    private static final Set<String> NEGATIVE_CONTRACTION = Set.of("N'T");

    private final Map<String, List<CameoVerb>> byWord;

    /** A matcher for {@code byWord}, the verbs under each word that calls them up. */
    CameoPatternMatcher(Map<String, List<CameoVerb>> byWord) {
        Map<String, List<CameoVerb>> frozen = new HashMap<>();
        byWord.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byWord = Map.copyOf(frozen);
    }

    /** Number of distinct verbs. */
    int size() {
        return (int) byWord.values().stream().flatMap(List::stream).distinct().count();
    }

    /** Whether a token of {@code sentence} is, as written or by lemma, a verb of the dictionary. */
    boolean holdsVerb(Sentence sentence) {
        for (Token t : sentence.tokens()) {
            if (byWord.containsKey(upper(t.word())) || (t.lemma() != null && byWord.containsKey(upper(t.lemma())))) {
                return true;
            }
        }
        return false;
    }

    /** The pattern matches of a sentence's verbs. */
    List<CameoVerbDictionary.Match> match(SentenceGraph g) {
        List<CameoVerbDictionary.Match> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            boolean verb = t.pos().startsWith("VB") || (t.pos().startsWith("NN") && g.children(i, "cop").isEmpty()
                    && (!g.children(i, "aux").isEmpty() || !g.children(i, "nsubj").isEmpty()));
            List<CameoVerb> verbs = new ArrayList<>();
            verbs.addAll(byWord.getOrDefault(upper(t.word()), List.of()));
            for (CameoVerb v : byWord.getOrDefault(upper(t.lemma()), List.of())) {
                if (!verbs.contains(v)) {
                    verbs.add(v);
                }
            }
            for (CameoVerb v : verbs) {
                int first = i - v.head();
                int last = first + v.words().size() - 1;
                if (first < 0 || last >= g.size() || !compoundFits(g, v, first, i)
                        || !(verb || v.words().size() > 1)) {
                    continue;
                }
                CameoVerbDictionary.Match m = matchPatterns(g, v, i, first, last);
                if (m != null) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean compoundFits(SentenceGraph g, CameoVerb v, int first, int head) {
        for (int k = 0; k < v.words().size(); k++) {
            if (first + k == head) {
                continue;
            }
            if (!verbIs(g.token(first + k), v.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    private static CameoVerbDictionary.Match matchPatterns(SentenceGraph g, CameoVerb v, int verb, int first, int last) {
        for (CameoVerbPattern p : v.patterns()) {
            int[] markers = {-1, -1, 0};
            List<Integer> context = new ArrayList<>();
            if (matchLower(g, p.lower(), first, markers, context) && matchUpper(g, p.upper(), last, markers)) {
                return new CameoVerbDictionary.Match(verb, first, last, p.code(), markers[0], markers[1], markers[2] == 1,
                        context);
            }
        }
        return new CameoVerbDictionary.Match(verb, first, last, v.code(), -1, -1, false, List.of());
    }

    /** Matches the elements before the verb, from the verb leftwards. */
    private static boolean matchLower(SentenceGraph g, List<CameoVerbPattern.Element> elements, int verbFirst,
                                      int[] markers, List<Integer> context) {
        int limit = verbFirst;  // exclusive: a word must end before this token
        for (int e = elements.size() - 1; e >= 0; e--) {
            CameoVerbPattern.Element el = elements.get(e);
            if (el.kind() != CameoVerbPattern.Kind.WORDS) {
                marker(el, limit - 1, markers);
                continue;
            }
            int found = -1;
            int foundStart = -1;
            for (int end = limit - 1; end >= 0 && found < 0; end--) {
                for (List<String> phrase : el.phrases()) {
                    int start = end - phrase.size() + 1;
                    if (start >= 0 && phraseAt(g, phrase, start, el.plurals())) {
                        found = end;
                        foundStart = start;
                        break;
                    }
                }
                if (el.adjacent()) {
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            for (int k = foundStart; k <= found; k++) {
                context.add(k);
            }
            limit = foundStart;
        }
        return true;
    }

    /** Matches the elements after the verb, from the verb rightwards. */
    private static boolean matchUpper(SentenceGraph g, List<CameoVerbPattern.Element> elements, int verbLast,
                                      int[] markers) {
        int from = verbLast + 1;
        for (CameoVerbPattern.Element el : elements) {
            if (el.kind() != CameoVerbPattern.Kind.WORDS) {
                marker(el, from, markers);
                continue;
            }
            int found = -1;
            int foundLen = 0;
            for (int start = from; start < g.size() && found < 0; start++) {
                for (List<String> phrase : el.phrases()) {
                    if (start + phrase.size() <= g.size() && phraseAt(g, phrase, start, el.plurals())) {
                        found = start;
                        foundLen = phrase.size();
                        break;
                    }
                }
                if (el.adjacent()) {
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            from = found + foundLen;
        }
        return true;
    }

    private static void marker(CameoVerbPattern.Element el, int position, int[] markers) {
        switch (el.kind()) {
            case SOURCE -> markers[0] = position;
            case TARGET -> markers[1] = position;
            case COMPOUND -> markers[2] = 1;
            default -> {
            }
        }
    }

    private static boolean phraseAt(SentenceGraph g, List<String> phrase, int start, boolean plurals) {
        for (int k = 0; k < phrase.size(); k++) {
            // a regular plural only for the last word of a synonym-set phrase ("golden galleons")
            if (!wordIs(g.token(start + k), phrase.get(k), plurals && k == phrase.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** A pattern word matches a token as written; synonym-set words also as regular plurals. */
    static boolean wordIs(Token t, String word, boolean plurals) {
        String w = upper(t.word());
        if (w.equals(word)) {
            return true;
        }
        if (word.equals("NOT") && NEGATIVE_CONTRACTION.contains(w)) {
            return true;
        }
        return plurals && (w.equals(word + "S") || w.equals(word + "ES") || (word.endsWith("Y")
                && w.equals(word.substring(0, word.length() - 1) + "IES")));
    }

    /** A verb word of the dictionary matches a token as written or by lemma. */
    private static boolean verbIs(Token t, String word) {
        return upper(t.word()).equals(word) || (t.lemma() != null && upper(t.lemma()).equals(word));
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }
}
