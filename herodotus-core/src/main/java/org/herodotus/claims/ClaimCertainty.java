package org.herodotus.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Certainty;
import org.herodotus.model.Claim;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;

/**
 * How sure a claim is: the cue's own certainty, weakened by the hedges in the content and around
 * the cue that are the claim's own (not another claim's words, not a reporter's "allegedly", not
 * a hedge on a participant such as "suspected members"), and capped for speakers whose word
 * assesses rather than reports ("analysts"). Immutable and thread-safe.
 */
final class ClaimCertainty {

    private final ClaimLexicon lexicon;

    ClaimCertainty(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The certainty of the claim {@code a} makes, {@code all} being the article's attributions. */
    Certainty of(Doc doc, Attribution a, Claim.Source source, List<Token> content, List<Attribution> all) {
        return a.certainty().weaker(hedges(doc, a, source, content, all)).weaker(assessing(doc, a));
    }

    /** The most a claim of this source can be when its head word assesses rather than reports ("analysts"), else null. */
    private Certainty assessing(Doc doc, Attribution a) {
        Span source = a.sourceCover();
        if (source == null) {
            return null;
        }
        Certainty most = null;
        for (Token t : ParseSpans.tokensIn(doc, source)) {
            ClaimLexicon.SourceWord w = lexicon.sourceWord(t.lemma());
            if (w != null && w.head() && w.atMost() != null) {
                most = w.atMost().weaker(most);
            }
        }
        return most;
    }

    /**
     * The weakest certainty among the hedges in the claim's content and around its cue. The cue
     * and words of another claim of the sentence are that claim's, not this one's: in "“… it is
     * difficult to pin down,” said Esper, who also spoke with the premier", the talk with the
     * premier is not in doubt, and in "The M23 denied the accusation and said the shells had been
     * fired by government troops", what the M23 said is not denied. Likewise a cue of another claim
     * inside the content is that claim's: in "Britain says the Russian government was involved, a
     * charge that Russia denies", Britain's claim is not denied, and neither is it by a denial whose
     * subject is another party ("a charge denied by the Kremlin"). The reporter's hedges
     * ("allegedly") do not lower a claim: someone still asserts it.
     */
    private Certainty hedges(Doc doc, Attribution a, Claim.Source source, List<Token> content, List<Attribution> all) {
        List<Token> own = new ArrayList<>();
        Sentence cueSentence = a.cueCover() == null ? null : doc.parse().sentenceAt(a.cueCover().start());
        BitSet relatives = cueSentence == null ? new BitSet()
                : clausesWithout(cueSentence, a.cueCover(), true);
        for (Token t : content) {
            Span word = new Span(t.start(), t.end());
            // a relative clause describes a participant: its "could" is not the claim's doubt
            boolean other = cueSentence != null && t.start() >= cueSentence.start() && t.end() <= cueSentence.end()
                    && relatives.get(t.index());
            for (Attribution o : all) {
                other |= o != a && o.cueCover() != null && o.cueCover().contains(word);
            }
            other |= deniedByAnother(doc, t, source);
            // "arrested 30 people suspected of …", "detained 26 suspected members": a named
            // speaker's hedge on a participant, not on what the speaker says happened
            other |= source != null && source.start() != null && describesParticipant(doc, t);
            if (!other) {
                own.add(t);
            }
        }
        Certainty c = Certainty.ASSERTED;
        c = c.weaker(lexicon.hedgeCertainty(own, true));
        Span cue = a.cueCover();
        if (cue != null) {
            Sentence s = doc.parse().sentenceAt(cue.start());
            if (s != null) {
                // Hedges on the reporting itself ("reportedly said") and, for a noun cue, on
                // what the sentence says of it ("the hypothesis ... falls").
                List<Span> reported = new ArrayList<>();
                if (a.contentCover() != null) {
                    reported.add(a.contentCover());
                }
                for (Attribution other : all) {
                    Span o = other.contentCover();
                    if (other != a && o != null && !o.contains(cue)) {
                        reported.add(o);
                    }
                    if (other != a && other.cueCover() != null && !other.cueCover().overlaps(cue)) {
                        reported.add(other.cueCover()); // "denied the accusation and said …": the denial is another claim
                    }
                }
                List<Token> around = new ArrayList<>();
                BitSet elsewhere = clausesWithout(s, cue, false);
                for (Token t : s.tokens()) {
                    Span word = new Span(t.start(), t.end());
                    boolean inContent = elsewhere.get(t.index());
                    for (Span r : reported) {
                        inContent |= r.contains(word);
                    }
                    if (!inContent) {
                        around.add(t);
                    }
                }
                c = c.weaker(lexicon.hedgeCertainty(around, true));
            }
        }
        return c;
    }

    /**
     * The tokens of the sentence's relative, adverbial and paratactic clauses (or only its
     * relative clauses) that do not hold the cue. Their modals are about something else: in "He is
     * accused of leaking secrets, which could result in a prison term", the accusation is not in
     * doubt.
     */
    private static BitSet clausesWithout(Sentence s, Span cue, boolean relativesOnly) {
        BitSet out = new BitSet();
        for (org.herodotus.nlp.Dependency d : s.dependencies()) {
            String r = d.baseRelation();
            boolean wanted = relativesOnly ? d.relation().equals("acl:relcl")
                    : r.equals("acl") || r.equals("advcl") || r.equals("parataxis");
            if (d.governor() < 0 || !wanted) {
                continue;
            }
            BitSet clause = new BitSet();
            // the relative clause's own subject edge back to its antecedent ("leaks … which
            // could result") belongs to the enhanced graph, not to the clause
            clause.set(d.governor());
            subtree(s, d.dependent(), clause);
            clause.clear(d.governor());
            boolean holdsCue = false;
            for (int i = clause.nextSetBit(0); i >= 0; i = clause.nextSetBit(i + 1)) {
                Token t = s.tokens().get(i);
                holdsCue |= cue.overlaps(new Span(t.start(), t.end()));
            }
            if (!holdsCue) {
                out.or(clause);
            }
        }
        return out;
    }

    private static void subtree(Sentence s, int top, BitSet into) {
        if (top < 0 || top >= s.tokens().size() || into.get(top)) {
            return;
        }
        into.set(top);
        for (org.herodotus.nlp.Dependency d : s.children(top)) {
            if (!d.relation().equals("ref")) {
                subtree(s, d.dependent(), into);
            }
        }
    }

    /** Whether {@code t} modifies a noun as an adjective or a reduced relative ("suspected members"). */
    private static boolean describesParticipant(Doc doc, Token t) {
        Sentence s = doc.parse().sentenceAt(t.start());
        if (s == null) {
            return false;
        }
        for (org.herodotus.nlp.Dependency d : s.heads(t.index())) {
            String r = d.baseRelation();
            if ((r.equals("amod") || r.equals("acl")) && d.governor() >= 0
                    && s.tokens().get(d.governor()).pos().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} is a denying word whose subject or agent is a party other than the
     * speaker ("which Russia denies", "denied by the Kremlin").
     */
    private boolean deniedByAnother(Doc doc, Token t, Claim.Source source) {
        if (!t.isVerb()) {
            return false;
        }
        Certainty c = lexicon.hedgeCertainty(List.of(t));
        if (c != Certainty.DENIED && c != Certainty.REFUTED) {
            return false;
        }
        Sentence s = doc.parse().sentenceAt(t.start());
        if (s == null) {
            return false;
        }
        for (org.herodotus.nlp.Dependency d : s.children(t.index())) {
            String r = d.relation();
            if (r.equals("nsubj") || r.endsWith(":agent") || r.equals("obl:by") || r.equals("nmod:by")) {
                Token subject = s.tokens().get(d.dependent());
                if (subject.pos().startsWith("PRP") || subject.pos().startsWith("W")) {
                    return false;
                }
                Actor actor = doc.actorAt(subject.start(), subject.end());
                return actor == null || source == null || !actor.id().equals(source.actor());
            }
        }
        return false;
    }
}
