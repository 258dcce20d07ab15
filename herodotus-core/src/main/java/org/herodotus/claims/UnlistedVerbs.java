package org.herodotus.claims;

import static org.herodotus.claims.Phrases.hasThat;

import java.util.Set;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * Which verbs outside the lexicon's cues the {@link ReportingVerbPattern} reads as reporting: one
 * with a named or pronoun subject and a "that" clause always, and, for the broad candidates
 * training and the cue model look at, any verb with a subject and a complement.
 */
final class UnlistedVerbs {

    /** Verbs too common to report anything on their own ("be", "have", "make"). */
    private static final Set<String> NOT_REPORTING = ClaimWords.of("not-reporting");

    /** Whether a verb outside the lexicon is worth a look: it has a subject and a complement. */
    static boolean isCandidate(Sentence s, int v) {
        Token t = s.tokens().get(v);
        if (NOT_REPORTING.contains(ClaimLexicon.lower(t.lemma())) && !t.lemma().equalsIgnoreCase("show")
                && !t.lemma().equalsIgnoreCase("find") && !t.lemma().equalsIgnoreCase("know")) {
            return false;
        }
        boolean subject = false;
        boolean complement = false;
        for (Dependency d : s.children(v)) {
            String base = d.baseRelation();
            if (base.equals("nsubj")) {
                subject = true;
            } else if (base.equals("ccomp") || base.equals("xcomp") || base.equals("obj") || base.equals("obl")) {
                complement = true;
            }
        }
        for (Dependency h : s.heads(v)) {
            if (h.baseRelation().equals("aux") || h.baseRelation().equals("cop")) {
                return false;
            }
        }
        return subject && complement;
    }

    /**
     * Whether a verb outside the lexicon reports: a named or pronoun subject and a finite clause
     * introduced by "that" ("Trump contends that ...").
     */
    static boolean reportsClause(Sentence s, int v) {
        if (NOT_REPORTING.contains(ClaimLexicon.lower(s.tokens().get(v).lemma()))) {
            return false;
        }
        boolean subject = false;
        boolean clause = false;
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("nsubj")) {
                Token t = s.tokens().get(d.dependent());
                subject = t.pos().startsWith("NNP") || t.pos().equals("PRP") || !t.ner().equals("O");
            } else if (d.relation().equals("ccomp") && d.dependent() > v && hasThat(s, d.dependent())) {
                clause = true;
            }
        }
        return subject && clause;
    }

    private UnlistedVerbs() {
    }
}
