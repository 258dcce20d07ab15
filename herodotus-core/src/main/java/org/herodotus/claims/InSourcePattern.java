package org.herodotus.claims;

import static org.herodotus.claims.Phrases.SOURCE_RELATIONS;
import static org.herodotus.claims.Phrases.clauseFragments;
import static org.herodotus.claims.Phrases.phrase;
import static org.herodotus.claims.Phrases.spanOf;

import java.util.BitSet;
import java.util.List;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * "In a CNN poll released Monday, Clinton led ..." and "Trump is ahead in the latest polls": a
 * source noun of the lexicon's {@code in} list after "in", the clause it hangs on as content.
 * Kind "in-source".
 */
final class InSourcePattern implements CuePattern {

    private final ClaimLexicon lexicon;

    InSourcePattern(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public boolean startsAt(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return s.parsed() && t.word().equalsIgnoreCase("in") && t.pos().equals("IN");
    }

    @Override
    public Attribution read(Context context, Sentence s, int i) {
        List<Token> tokens = s.tokens();
        int noun = -1;
        for (Dependency h : s.heads(i)) {
            if (h.baseRelation().equals("case") && h.governor() > i) {
                noun = h.governor();
            }
        }
        if (noun < 0 || !tokens.get(noun).isNoun() || lexicon.inNoun(tokens.get(noun).lemma()) == null) {
            return null;
        }
        int clause = -1;
        for (Dependency h : s.heads(noun)) {
            if (h.governor() >= 0 && (h.baseRelation().equals("obl") || h.baseRelation().equals("nmod"))) {
                clause = h.governor();
            }
        }
        if (clause < 0) {
            return null;
        }
        BitSet blocked = new BitSet();
        blocked.set(i);
        BitSet sourceTokens = phrase(s, noun, SOURCE_RELATIONS, blocked);
        for (int k = noun + 1; k < tokens.size(); k++) {
            if (sourceTokens.get(k) && (tokens.get(k).word().equals(",") || tokens.get(k).pos().startsWith("W"))) {
                sourceTokens.clear(k, tokens.size());
            }
        }
        // The participle after the noun ("released Monday") belongs to the source too.
        for (Dependency d : s.children(noun)) {
            if (d.baseRelation().equals("acl") && d.dependent() > noun) {
                sourceTokens.or(phrase(s, d.dependent(), null, blocked));
            }
        }
        Span source = spanOf(tokens, sourceTokens);
        blocked.or(sourceTokens);
        List<Span> content = clauseFragments(s, clause, blocked);
        if (content.isEmpty()) {
            return null;
        }
        ClaimLexicon.Cue cue = lexicon.inNoun(tokens.get(noun).lemma());
        Token in = tokens.get(i);
        return new Attribution(List.of(source), List.of(new Span(in.start(), in.end())), content, null, s.index(),
                cue.certainty(), cue.type(), "in-source", false);
    }
}
