package org.herodotus.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Certainty;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * How certain a sentence makes an event: reads the modals, hedges and negation on the event's
 * word, and the reporting, belief or intention verbs it is embedded under ("officials said",
 * "he suspects", "they plan to"), using the claims lexicon. Gives a {@code Certainty} and a value
 * on the factuality scale of the literature (+3 certainly happened … -3 certainly did not).
 *
 * <p>Not part of the library API; used by herodotus-eval's factuality evaluation.
 */
public final class EventFactuality {

    /**
     * The reading for one event.
     *
     * @param certainty the certainty category
     * @param negated   whether the event is said not to happen (or not to have happened)
     * @param value     the factuality value on [-3, +3]
     */
    public record Reading(Certainty certainty, boolean negated, double value) {
    }

    private static final Set<String> NEGATIONS = ClaimWords.of("negations");
    private static final Set<String> CONDITIONALS = ClaimWords.of("conditionals");
    // The parser's dependency relations (its labels, so code, not word lists): the clauses a
    // deed's certainty is read up through, and the modifiers read on each.
    private static final Set<String> EMBEDDING = Set.of("ccomp", "xcomp", "advcl", "csubj", "acl", "conj", "parataxis");
    private static final Set<String> MODIFIERS = Set.of("aux", "advmod", "amod", "det", "mark", "neg");
    /** Verbs whose infinitive complement names something wanted or planned, not done. */
    private static final Set<String> INTENTION = ClaimWords.of("intention-verbs");
    private static final Set<String> NEGATIVE_IMPLICATIVES = ClaimWords.of("negative-implicatives");

    private final ClaimLexicon lexicon;

    /** A reader using {@code lexicon}'s cues and hedges. */
    public EventFactuality(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The reading for the event named by token {@code event} of the parsed sentence {@code s}. */
    public Reading read(Sentence s, int event) {
        Certainty c = Certainty.ASSERTED;
        boolean negated = false;
        BitSet visited = new BitSet();
        int t = event;
        boolean throughConj = false;
        while (t >= 0 && !visited.get(t)) {
            visited.set(t);
            if (!throughConj) {
                List<Token> mods = modifiers(s, t);
                c = c.weaker(lexicon.hedgeCertainty(mods));
                for (Token m : mods) {
                    String w = m.word().toLowerCase(Locale.ROOT);
                    if (NEGATIONS.contains(w) && t == event) {
                        negated = !negated;
                    } else if (NEGATIONS.contains(w)) {
                        // "did not confirm that troops entered": not denied, just not vouched for.
                        c = c.weaker(Certainty.POSSIBLE);
                    }
                    if (CONDITIONALS.contains(w)) {
                        c = c.weaker(Certainty.POSSIBLE);
                    }
                }
            }
            Dependency up = embeddingHead(s, t);
            if (up == null) {
                break;
            }
            int g = up.governor();
            Token gov = s.tokens().get(g);
            String lemma = ClaimLexicon.lower(gov.lemma());
            throughConj = up.baseRelation().equals("conj");
            if (!throughConj) {
                ClaimLexicon.Cue cue = gov.isVerb() ? lexicon.verbCue(lemma) : lexicon.nounCue(lemma);
                if (cue != null && up.baseRelation().equals("ccomp")) {
                    Certainty cc = cue.certainty();
                    if (cc == Certainty.DENIED || cc == Certainty.REFUTED) {
                        negated = !negated;
                        cc = cc == Certainty.REFUTED ? Certainty.ASSERTED : Certainty.PROBABLE;
                    }
                    c = c.weaker(cc);
                } else if (up.baseRelation().equals("xcomp") && INTENTION.contains(lemma)) {
                    c = c.weaker(Certainty.POSSIBLE);
                    if (NEGATIVE_IMPLICATIVES.contains(lemma)) {
                        negated = !negated;
                    }
                } else if (up.baseRelation().equals("advcl") && hasMark(s, t)) {
                    // "to" purpose clauses and "if" conditions: not (yet) done.
                    c = c.weaker(Certainty.POSSIBLE);
                }
            }
            t = g;
        }
        double v = c.factuality();
        if (negated) {
            v = -Math.abs(v);
        }
        Certainty out = negated ? (c == Certainty.ASSERTED ? Certainty.REFUTED : Certainty.DENIED) : c;
        return new Reading(out, negated, v);
    }

    private static boolean hasMark(Sentence s, int t) {
        for (Dependency d : s.children(t)) {
            if (d.baseRelation().equals("mark")) {
                String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
                if (w.equals("to") || CONDITIONALS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Token> modifiers(Sentence s, int t) {
        List<Integer> idx = new ArrayList<>();
        for (Dependency d : s.children(t)) {
            if (MODIFIERS.contains(d.baseRelation())) {
                idx.add(d.dependent());
            }
        }
        idx.sort(null);
        List<Token> out = new ArrayList<>();
        for (int i : idx) {
            out.add(s.tokens().get(i));
        }
        return out;
    }

    private static Dependency embeddingHead(Sentence s, int t) {
        for (Dependency h : s.heads(t)) {
            if (h.governor() >= 0 && EMBEDDING.contains(h.baseRelation()) && !h.relation().equals("nsubj:xsubj")) {
                return h;
            }
        }
        return null;
    }
}
