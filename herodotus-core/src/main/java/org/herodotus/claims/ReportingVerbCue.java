package org.herodotus.claims;

import static org.herodotus.claims.Phrases.isChild;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * The cue of a reporting verb: the verb with its auxiliaries and adverbs ("has also said"), its
 * particle, the preposition of its argument ("called for"), a colon before a quotation, the verb
 * that carries it ("went on to say") and a trailing "in a statement"; and which lexicon cue it is
 * (a multi-word cue starting with the verb wins, "claim responsibility").
 */
final class ReportingVerbCue {

    // The parser's relations of words before a verb that belong to its cue: labels, so code.
    private static final Set<String> CUE_LEFT = Set.of("aux", "advmod");

    /** Speech verbs whose following preposition introduces a listener or a time, not the content. */
    private static final Set<String> SPEECH_WITHOUT_PREPOSITION = ClaimWords.of("speech-without-preposition");

    private static final Set<String> CARRIERS = ClaimWords.of("cue-carriers");

    private static final Set<String> CUE_PREPOSITIONS = ClaimWords.of("cue-prepositions");

    private static final Set<String> QUOTE_WORDS = ClaimWords.of("colon-quote-openers");

    /** What a verb outside the lexicon conveys when it takes a subject and a "that" clause. */
    private static final ClaimLexicon.Cue UNLISTED = new ClaimLexicon.Cue(List.of("-"), "verb", Certainty.ASSERTED,
            ClaimType.STATEMENT);

    /**
     * A verb's cue.
     *
     * @param cue        the lexicon's cue (certainty and type), or the one of verbs outside the lexicon
     * @param tokens     the cue's tokens in the sentence
     * @param prepObject the object of the preposition taken into the cue ("called for calm": calm), or -1
     */
    record Reading(ClaimLexicon.Cue cue, BitSet tokens, int prepObject) {

        /** The cue's last token. */
        int last() {
            return tokens.length() - 1;
        }
    }

    private final ClaimLexicon lexicon;

    ReportingVerbCue(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The cue of the verb at {@code v}; marks the tokens of a multi-word cue {@code taken}. */
    Reading read(Sentence s, int v, BitSet taken) {
        List<Token> tokens = s.tokens();
        Token verb = tokens.get(v);
        ClaimLexicon.Cue cue = lexicon.verbCue(verb.lemma());
        if (cue == null) {
            cue = UNLISTED;
        }
        BitSet cueTokens = new BitSet();
        cueTokens.set(v);
        // Multi-word cues starting with this verb ("claim responsibility", "rule out").
        for (ClaimLexicon.Cue p : lexicon.phraseCues()) {
            if (p.head().equals(ClaimLexicon.lower(verb.lemma())) && ClaimLexicon.matchesAt(tokens, v, p.lemmas())) {
                cue = p;
                cueTokens.set(v, v + p.lemmas().size());
                taken.set(v, v + p.lemmas().size());
            }
        }
        // Auxiliaries and adverbs right before the verb belong to the cue ("has also said").
        for (int k = v - 1; k >= 0; k--) {
            if (isChild(s, v, k, CUE_LEFT) && !tokens.get(k).word().equals(",")) {
                cueTokens.set(k);
            } else {
                break;
            }
        }
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("compound:prt") && d.dependent() == v + 1) {
                cueTokens.set(v + 1);
            }
        }
        // "called for", "referring to", "talking about": the preposition of the verb's argument.
        int after = cueTokens.length();
        int prepObject = -1;
        if (after < tokens.size() && CUE_PREPOSITIONS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))
                && !SPEECH_WITHOUT_PREPOSITION.contains(ClaimLexicon.lower(verb.lemma()))) {
            for (Dependency d : s.heads(after)) {
                if (d.baseRelation().equals("case") && isChild(s, v, d.governor(), Set.of("obl", "nmod"))) {
                    cueTokens.set(after);
                    prepObject = d.governor();
                }
            }
        }
        // "said:" before a quotation (here or in the next paragraph): the colon belongs to the cue.
        after = cueTokens.length();
        if (after < tokens.size() && tokens.get(after).word().equals(":")
                && (after + 1 == tokens.size() || QUOTE_WORDS.contains(tokens.get(after + 1).word()))) {
            cueTokens.set(after);
        }
        // "went on to say", "continued to suggest": the verb carrying the cue belongs to it.
        for (Dependency h : s.heads(v)) {
            int g = h.governor();
            if (g >= 0 && g < v && h.baseRelation().equals("xcomp") && CARRIERS.contains(ClaimLexicon.lower(tokens.get(g).lemma()))) {
                boolean adjacent = true;
                for (int k = g + 1; k < v; k++) {
                    String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                    adjacent &= w.equals("on") || w.equals("to");
                }
                if (adjacent) {
                    cueTokens.set(g, v);
                }
            }
        }
        int cueEnd = cueTokens.length() - 1;
        if (ClaimLexicon.matchesAt(tokens, cueEnd + 1, List.of("in", "a", "statement"))
                || ClaimLexicon.matchesAt(tokens, cueEnd + 1, List.of("in", "the", "statement"))) {
            cueTokens.set(cueEnd + 1, cueEnd + 4);
        }
        return new Reading(cue, cueTokens, prepObject);
    }
}
