package org.herodotus.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;

/**
 * What the parse says around a claim's cue: the cue's sentence and head word, whether it is a
 * passive, whom it is aimed at ("blamed on guerrillas"), the noun phrase a head word heads, and
 * whether a word is a time. Read by the doer finder and the reported-deed reader alike.
 */
final class CueParse {

    /** Words whose noun phrase names whom a cue is aimed at ("blamed on", "allegations against"). */
    private static final Set<String> AIMED_AT = ClaimWords.of("aimed-at");

    private CueParse() {
    }

    /** Whether {@code t} lies in a time expression ("on Thursday", "last week"). */
    static boolean isTime(Doc doc, Token t) {
        if (ParseSpans.isTime(doc.parse(), spanOf(t))) {
            return true;
        }
        String ner = t.ner();
        return ner != null && (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET"))
                || calendarWord(t.word());
    }

    /** A weekday or month name ("Friday", "August"): the time expressions are read only in some sentences. */
    static boolean calendarWord(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().equals(upper)) {
                return true;
            }
        }
        for (java.time.Month m : java.time.Month.values()) {
            if (m.name().equals(upper)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the content's first words, after an optional "that", are those of {@code span}. */
    static boolean opensWith(List<Token> content, Span span) {
        int i = !content.isEmpty() && content.get(0).word().equalsIgnoreCase("that") ? 1 : 0;
        return i < content.size() && content.get(i).start() == span.start();
    }

    static boolean opens(Span content, Span span, Doc doc) {
        return opensWith(ParseSpans.tokensIn(doc.parse(), content), span);
    }

    /** Whether the cue is a passive ("is accused of"): then the content does not open with the accused. */
    static boolean passive(Doc doc, Attribution a) {
        for (Span c : a.cue()) {
            for (Token t : ParseSpans.tokensIn(doc.parse(), c)) {
                if (t.lemma().equalsIgnoreCase("be") || t.lemma().equalsIgnoreCase("get")) {
                    return true;
                }
            }
        }
        return false;
    }

    static Sentence cueSentence(Doc doc, Attribution a) {
        Span cue = a.cueCover();
        return cue == null ? null : doc.parse().sentenceAt(cue.start());
    }

    /**
     * The cue's head word in the parse: its last verb, else its last noun ("accusations"), or -1
     * without a parse. A verb wins: in "was accused of rape" the accused hangs on "accused".
     */
    static int cueHead(Sentence s, Attribution a) {
        if (s == null || s.dependencies().isEmpty()) {
            return -1;
        }
        int verb = -1;
        int noun = -1;
        for (Span c : a.cue()) {
            for (Token t : s.tokens()) {
                if (c.contains(spanOf(t)) && t.pos().startsWith("VB")) {
                    verb = t.index();
                } else if (c.contains(spanOf(t)) && t.pos().startsWith("NN")) {
                    noun = t.index();
                }
            }
        }
        return verb >= 0 ? verb : noun;
    }

    /**
     * The noun phrase headed by token {@code head}: the head with its determiners, adjectives,
     * compounds, numbers and possessors before it, and its "of" phrase or name after it
     * ("the regime of Saddam Hussein").
     */
    static Span phrase(Sentence s, int head) {
        List<Token> tokens = s.tokens();
        int from = head;
        int to = head;
        for (Dependency d : s.children(head)) {
            String b = d.baseRelation();
            int i = d.dependent();
            if (i < head && (b.equals("det") || b.equals("amod") || b.equals("compound") || b.equals("nummod")
                    || b.equals("nmod") && d.relation().endsWith("poss") || b.equals("flat"))) {
                from = Math.min(from, leftmost(s, i));
            }
            if (i > head && (b.equals("flat") || d.relation().equals("nmod:of"))) {
                to = Math.max(to, rightmost(s, i));
            }
        }
        return new Span(tokens.get(from).start(), tokens.get(to).end());
    }

    static int leftmost(Sentence s, int i) {
        int min = i;
        for (Dependency d : s.children(i)) {
            if (d.dependent() < min && d.dependent() >= 0) {
                min = Math.min(min, leftmost(s, d.dependent()));
            }
        }
        return min;
    }

    static int rightmost(Sentence s, int i) {
        int max = i;
        for (Dependency d : s.children(i)) {
            if (d.dependent() > max && !d.baseRelation().equals("punct") && !d.baseRelation().equals("acl")
                    && !d.baseRelation().startsWith("acl")) {
                max = Math.max(max, rightmost(s, d.dependent()));
            }
        }
        return max;
    }

    static Span spanOf(Token t) {
        return new Span(t.start(), t.end());
    }

    /**
     * The party after "on" or "against" on the cue or on its object ("blamed on guerrillas",
     * "dismissed accusations against the deputy"), or null. Times ("on Thursday") name no party.
     */
    static Span aimedAt(Doc doc, Attribution a) {
        Sentence s = cueSentence(doc, a);
        int head = cueHead(s, a);
        if (head < 0) {
            return null;
        }
        List<Integer> from = new java.util.ArrayList<>(List.of(head));
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("obj") || d.relation().equals("dobj")) {
                from.add(d.dependent());
            }
        }
        for (int f : from) {
            for (Dependency d : s.children(f)) {
                int i = d.dependent();
                Token t = s.tokens().get(i);
                if (!t.pos().startsWith("NN") || isTime(doc, t)) {
                    continue;
                }
                for (Dependency c : s.children(i)) {
                    if (c.baseRelation().equals("case") && AIMED_AT.contains(s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT))) {
                        return phrase(s, i);
                    }
                }
            }
        }
        return null;
    }
}
