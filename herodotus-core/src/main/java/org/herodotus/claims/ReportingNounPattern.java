package org.herodotus.claims;

import static org.herodotus.claims.Phrases.SOURCE_RELATIONS;
import static org.herodotus.claims.Phrases.childWith;
import static org.herodotus.claims.Phrases.clauseSpan;
import static org.herodotus.claims.Phrases.hasThat;
import static org.herodotus.claims.Phrases.phrase;
import static org.herodotus.claims.Phrases.spanOf;

import java.util.BitSet;
import java.util.List;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * "My suspicion is that ...", "the hypothesis that ...": a reporting noun of the lexicon with a
 * "that" clause; its possessor, when there is one, is the source. Kind "noun".
 */
final class ReportingNounPattern implements CuePattern {

    private final ClaimLexicon lexicon;

    ReportingNounPattern(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean startsAt(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return s.parsed() && t.isNoun() && lexicon.nounCue(t.lemma()) != null;
    }

    @Override
    public Attribution read(Context context, Sentence s, int n) {
        List<Token> tokens = s.tokens();
        ClaimLexicon.Cue cue = lexicon.nounCue(tokens.get(n).lemma());
        int clause = -1;
        for (Dependency d : s.children(n)) {
            String base = d.baseRelation();
            if ((base.equals("acl") || base.equals("ccomp")) && d.dependent() > n && hasThat(s, d.dependent())) {
                clause = d.dependent();
            }
        }
        // "My suspicion is that X": the clause hangs on the copula's predicate, with the noun as subject.
        if (clause < 0) {
            for (Dependency h : s.heads(n)) {
                if (h.baseRelation().equals("nsubj") && h.governor() > n) {
                    int pred = h.governor();
                    if (hasThat(s, pred) && tokens.get(pred).isVerb()) {
                        clause = pred;
                    }
                    int cc = childWith(s, pred, "ccomp");
                    if (cc >= 0) {
                        clause = cc;
                    }
                }
            }
        }
        if (clause < 0) {
            return null;
        }
        BitSet blocked = new BitSet();
        blocked.set(n);
        int owner = -1;
        for (Dependency d : s.children(n)) {
            if (d.relation().equals("nmod:poss")) {
                owner = d.dependent();
            }
        }
        Span source = null;
        if (owner >= 0) {
            BitSet ownerTokens = phrase(s, owner, SOURCE_RELATIONS, blocked);
            source = spanOf(tokens, ownerTokens);
            blocked.or(ownerTokens);
        }
        Span content = clauseSpan(s, clause, blocked);
        if (content == null) {
            return null;
        }
        Token t = tokens.get(n);
        return new Attribution(source == null ? List.of() : List.of(source), List.of(new Span(t.start(), t.end())),
                List.of(content), null, s.index(), cue.certainty(), cue.type(), "noun", false);
    }
}
