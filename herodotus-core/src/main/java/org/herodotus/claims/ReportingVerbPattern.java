package org.herodotus.claims;

import java.util.BitSet;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * A reporting verb ("said", "has also called for", "went on to say"), or, outside the lexicon, a
 * verb with a named subject and a "that" clause ("Trump contends that ..."): the commonest way news
 * attributes words. Kinds "verb", "verb-object" ("blamed Iran for the attacks") and "passive"
 * ("It has been stated by X"). Which verbs outside the lexicon count is {@link UnlistedVerbs}.
 * The verb's cue, source and content are read in that order, each by a class of its own.
 */
final class ReportingVerbPattern implements CuePattern {

    private final ClaimLexicon lexicon;
    private final boolean broad;
    private final ReportingVerbCue cues;

    /** The pattern over {@code lexicon}'s verbs; when {@code broad}, any verb with a subject and a complement is a cue too. */
    ReportingVerbPattern(ClaimLexicon lexicon, boolean broad) {
        this.lexicon = lexicon;
        this.broad = broad;
        this.cues = new ReportingVerbCue(lexicon);
    }

    @Override
    public boolean startsAt(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return s.parsed() && t.isVerb() && (lexicon.verbCue(t.lemma()) != null || UnlistedVerbs.reportsClause(s, i)
                || broad && UnlistedVerbs.isCandidate(s, i));
    }

    /**
     * The cue is the verb with its auxiliaries, particle and preposition ("has also called for"):
     * {@link ReportingVerbCue}; the source its subject, the agent of a passive or the subject it
     * inherits: {@link ReportingVerbSource}; the content its clause, a quotation next to the cue,
     * or the clause the cue interrupts: {@link ReportingVerbContent}. Each step reads what the one
     * before found.
     */
    @Override
    public Attribution read(Context context, Sentence s, int v) {
        ReportingVerbCue.Reading cue = cues.read(s, v, context.taken());
        BitSet blocked = (BitSet) cue.tokens().clone();
        ReportingVerbSource.Reading source = ReportingVerbSource.read(s, v, cue.last(), blocked);
        return ReportingVerbContent.read(context, s, v, cue, source, blocked);
    }
}
