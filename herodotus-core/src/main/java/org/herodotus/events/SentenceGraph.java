package org.herodotus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.TimeExpression;
import org.herodotus.nlp.Token;

/**
 * A parsed sentence indexed for navigation: the dependents and heads of every token, lower-cased
 * lemmas, and the sentence's time expressions. Built once per sentence by the events stage.
 */
final class SentenceGraph {

    final Sentence sentence;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;
    private final String[] lemmas;
    private final List<TimeExpression> times;

    SentenceGraph(Sentence sentence) {
        this(sentence, List.of());
    }

    SentenceGraph(Sentence sentence, List<TimeExpression> times) {
        this.sentence = sentence;
        this.times = List.copyOf(times);
        int n = sentence.tokens().size();
        out = new ArrayList<>(n);
        in = new ArrayList<>(n);
        lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(4));
            in.add(new ArrayList<>(2));
            Token t = sentence.tokens().get(i);
            lemmas[i] = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) {
                continue;
            }
            if (d.governor() >= 0 && d.governor() < n) {
                out.get(d.governor()).add(d);
            }
            in.get(d.dependent()).add(d);
        }
    }

    int size() {
        return lemmas.length;
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        return lemmas[i];
    }

    String word(int i) {
        return token(i).word().toLowerCase(Locale.ROOT);
    }

    /** Whether token {@code i} is lemma or word {@code w}. */
    boolean is(int i, String w) {
        return lemmas[i].equals(w) || word(i).equals(w);
    }

    List<Dependency> out(int i) {
        return out.get(i);
    }

    /** Dependents of {@code i} whose relation is exactly {@code relation}. */
    List<Integer> children(int i, String relation) {
        List<Integer> r = new ArrayList<>(2);
        for (Dependency d : out.get(i)) {
            if (d.relation().equals(relation)) {
                r.add(d.dependent());
            }
        }
        return r;
    }

    /** Dependents of {@code i} whose relation, without subtype, is {@code base}. */
    List<Integer> childrenBase(int i, String base) {
        List<Integer> r = new ArrayList<>(2);
        for (Dependency d : out.get(i)) {
            if (d.baseRelation().equals(base)) {
                r.add(d.dependent());
            }
        }
        return r;
    }

    /**
     * The token's main head: the tree edge, not one of the extra edges enhanced dependencies add
     * (controlled subjects, relative pronoun references, propagated conjuncts). Null for the root.
     */
    Dependency head(int i) {
        Dependency best = null;
        for (Dependency d : in.get(i)) {
            if (d.governor() < 0) {
                return null;
            }
            String r = d.relation();
            if (r.equals("ref") || r.endsWith(":xsubj")) {
                continue;
            }
            if (best == null || rank(d) < rank(best)) {
                best = d;
            }
        }
        return best;
    }

    private static int rank(Dependency d) {
        String b = d.baseRelation();
        if (b.equals("conj")) {
            return 1;
        }
        return 0;
    }

    /** Whether the verb at {@code i} is passive. */
    boolean passive(int i) {
        for (Dependency d : out.get(i)) {
            String r = d.relation();
            if (r.equals("aux:pass") || r.equals("nsubj:pass") || r.equals("csubj:pass")) {
                return true;
            }
        }
        return false;
    }

    /** Whether any dependent of {@code i} has relation base {@code base} and one of the given lemmas. */
    boolean hasChild(int i, String base, java.util.function.Predicate<String> lemma) {
        for (Dependency d : out.get(i)) {
            if (d.baseRelation().equals(base) && lemma.test(lemmas[d.dependent()])) {
                return true;
            }
        }
        return false;
    }

    /** The time expressions of the sentence. */
    List<TimeExpression> times() {
        return times;
    }

    /** Whether a token is part of a time expression, or a weekday name: never a participant. */
    boolean inTimeExpression(Token tok) {
        if (EventDates.WEEKDAYS.contains(tok.word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (TimeExpression te : times) {
            if (tok.start() >= te.start() && tok.end() <= te.end()) {
                return true;
            }
        }
        return false;
    }

    /** The lemma of the first "mark" dependent of {@code v} ("to", "if", "that"), else null. */
    String firstMark(int v) {
        List<Integer> marks = children(v, "mark");
        return marks.isEmpty() ? null : lemma(marks.get(0));
    }

    /** Whether {@code v} has a "mark" dependent with lemma {@code w}. */
    boolean hasMark(int v, String w) {
        for (int mk : children(v, "mark")) {
            if (lemma(mk).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The marker of a subordinate clause: its relation's subtype ("advcl:if"), else its first mark. */
    String markerOf(String rel, int cur) {
        String sub = subtype(rel);
        return sub != null && !sub.equals("relcl") ? sub : firstMark(cur);
    }

    /** The subtype of a relation, lower-cased ("if" for "advcl:if"), else null. */
    static String subtype(String rel) {
        int c = rel.indexOf(':');
        return c < 0 ? null : rel.substring(c + 1).toLowerCase(Locale.ROOT);
    }
}
