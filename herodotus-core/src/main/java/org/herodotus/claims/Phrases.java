package org.herodotus.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * The spans the attribution patterns read off a dependency parse: the phrase under a head, a
 * clause in one or two fragments, trimmed of punctuation and carried over a closing quotation
 * mark, and a few questions about a token's children. Shared by every {@link CuePattern}.
 */
final class Phrases {

    /** The relations that make up a source's noun phrase ("US Secretary of Defense Mark Esper"). */
    static final Set<String> SOURCE_RELATIONS = Set.of(
            "compound", "flat", "amod", "det", "nmod", "case", "nummod", "conj", "cc", "advmod", "appos",
            "nmod:poss", "dep");

    /** Punctuation tokens: spans are trimmed of them, and a source or content stops at them. */
    static final Set<String> PUNCT = ClaimWords.of("punctuation");

    private static final Set<String> RELAY_VERBS = ClaimWords.of("relay-verbs");

    private Phrases() {
    }

    /**
     * The tokens of the phrase headed by {@code head}: the head and every token reachable through
     * {@code relations} (any relation when null), cut so that it stays one stretch around the head
     * and does not cross a {@code blocked} token.
     */
    static BitSet phrase(Sentence s, int head, Set<String> relations, BitSet blocked) {
        BitSet seen = new BitSet();
        seen.set(head);
        List<Integer> todo = new ArrayList<>(List.of(head));
        while (!todo.isEmpty()) {
            int g = todo.remove(todo.size() - 1);
            for (Dependency d : s.children(g)) {
                int dep = d.dependent();
                if (seen.get(dep) || blocked.get(dep)) {
                    continue;
                }
                String rel = d.relation();
                if (relations != null && !relations.contains(rel) && !relations.contains(d.baseRelation())) {
                    continue;
                }

                if (rel.equals("ref") || rel.endsWith("xsubj")) {
                    continue; // enhanced edges back to a controller or antecedent, not part of the phrase
                }
                seen.set(dep);
                todo.add(dep);
            }
        }
        int lo = seen.nextSetBit(0);
        int hi = seen.length() - 1;
        for (int b = blocked.nextSetBit(0); b >= 0; b = blocked.nextSetBit(b + 1)) {
            if (b < head && b >= lo) {
                lo = b + 1;
            } else if (b > head && b <= hi) {
                hi = Math.min(hi, b - 1);
            }
        }
        BitSet out = new BitSet();
        out.set(lo, hi + 1);
        return out;
    }

    static Span clauseSpan(Sentence s, int head, BitSet blocked) {
        return withClosingQuote(s.tokens(), trimmed(s.tokens(), phrase(s, head, null, blocked)));
    }

    /**
     * The clause headed by {@code head} as one or two fragments: a clause that the cue and
     * source interrupt ("In the years since, Obama says, too many lives ...") keeps both sides.
     */
    static List<Span> clauseFragments(Sentence s, int head, BitSet blocked) {
        List<Token> tokens = s.tokens();
        BitSet all = phrase(s, head, null, new BitSet());
        int lo = all.nextSetBit(0);
        int hi = cutAfter(tokens, head, all.length() - 1);
        List<Span> out = new ArrayList<>();
        int runStart = -1;
        for (int i = lo; i <= hi + 1; i++) {
            boolean in = i <= hi && !blocked.get(i);
            if (in && runStart < 0) {
                runStart = i;
            } else if (!in && runStart >= 0) {
                Span f = withClosingQuote(tokens, trimmed(tokens, runStart, i - 1));
                if (f != null && (runStart <= head && head < i || words(tokens, runStart, i - 1) >= 3)) {
                    out.add(f);
                }
                runStart = -1;
            }
        }
        return out;
    }

    /**
     * Where the content after {@code head} stops: before a semicolon or a non-restrictive
     * relative clause (", which ..."), which comment on the content rather than report it.
     */
    static int cutAfter(List<Token> tokens, int head, int hi) {
        for (int i = head + 1; i <= hi; i++) {
            String w = tokens.get(i).word();
            if (w.equals(";") || w.equals(",") && i + 1 <= hi && tokens.get(i + 1).word().equalsIgnoreCase("which")) {
                return i - 1;
            }
        }
        return hi;
    }

    private static int words(List<Token> tokens, int lo, int hi) {
        int n = 0;
        for (int i = lo; i <= hi; i++) {
            if (!PUNCT.contains(tokens.get(i).word())) {
                n++;
            }
        }
        return n;
    }

    /** Extends a span over the punctuation after it up to a closing quotation mark, if there is one. */
    static Span withClosingQuote(List<Token> tokens, Span span) {
        if (span == null) {
            return null;
        }
        int end = span.end();
        for (Token t : tokens) {
            if (t.start() < span.end()) {
                continue;
            }
            if (isClosingQuoteToken(t)) {
                end = t.end();
            } else if (!PUNCT.contains(t.word())) {
                break;
            }
        }
        return new Span(span.start(), end);
    }

    static Span trimmed(List<Token> tokens, BitSet set) {
        if (set.isEmpty()) {
            return null;
        }
        int lo = set.nextSetBit(0);
        return trimmed(tokens, lo, cutAfter(tokens, lo, set.length() - 1));
    }

    /** Tokens lo..hi without leading or trailing punctuation (closing quotation marks stay). */
    static Span trimmed(List<Token> tokens, int lo, int hi) {
        while (lo <= hi && (PUNCT.contains(tokens.get(lo).word()) || isClosingQuoteToken(tokens.get(lo)))) {
            lo++;
        }
        while (hi >= lo && PUNCT.contains(tokens.get(hi).word())) {
            hi--;
        }
        if (lo > hi) {
            return null;
        }
        int end = tokens.get(hi).end();
        // "U.S." ending a sentence: the tokenizer gives the abbreviation's period to the sentence.
        if (hi + 1 < tokens.size() && tokens.get(hi).word().endsWith(".") && tokens.get(hi + 1).word().equals(".")
                && tokens.get(hi + 1).start() == end) {
            end = tokens.get(hi + 1).end();
        }
        return new Span(tokens.get(lo).start(), end);
    }

    private static boolean isClosingQuoteToken(Token t) {
        return t.word().equals("''") || t.word().equals("”");
    }

    static Span spanOf(List<Token> tokens, BitSet set) {
        Span t = trimmed(tokens, set);
        if (t != null) {
            return t;
        }
        int lo = set.nextSetBit(0);
        return new Span(tokens.get(lo).start(), tokens.get(set.length() - 1).end());
    }

    static void addIfAny(List<Span> out, Span span) {
        if (span != null) {
            out.add(span);
        }
    }

    static int childWith(Sentence s, int head, String relation) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals(relation) || d.baseRelation().equals(relation)) {
                return d.dependent();
            }
        }
        return -1;
    }

    static boolean isChild(Sentence s, int head, int dep, Set<String> baseRelations) {
        for (Dependency d : s.heads(dep)) {
            if (d.governor() == head && baseRelations.contains(d.baseRelation())) {
                return true;
            }
        }
        return false;
    }

    static boolean hasThat(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }

    /** "X, quoted by NPR," / "X, cited by Reuters": the relaying outlet after a source. */
    static Span relayAfter(Sentence s, Span source) {
        Token last = s.tokenAt(source.end() - 1);
        if (last == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int k = last.index() + 1;
        if (k < tokens.size() && tokens.get(k).word().equals(",")) {
            k++;
        }
        if (k + 1 >= tokens.size() || !RELAY_VERBS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        k++;
        if (tokens.get(k).word().equalsIgnoreCase("by")) {
            k++;
        }
        int start = k;
        while (k < tokens.size() && !PUNCT.contains(tokens.get(k).word()) && k - start < 6) {
            k++;
        }
        return k == start ? null : new Span(tokens.get(start).start(), tokens.get(k - 1).end());
    }

    /** The sentence holding {@code offset}, else the last one before it (a dash the tokenizer left between two). */
    static int sentenceAt(Parse parse, int offset) {
        Sentence at = parse.sentenceAt(offset);
        if (at != null) {
            return at.index();
        }
        int before = -1;
        for (Sentence s : parse.sentences()) {
            if (s.start() <= offset) {
                before = s.index();
            }
        }
        return before;
    }
}
