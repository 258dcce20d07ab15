package org.herodotus.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Certainty;
import org.herodotus.model.Claim;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;

/**
 * Finds the party a claim says did (or did not do) the deed, whatever the claim's kind, and
 * settles the claim's type from it:
 * <ul>
 *   <li>a responsibility pattern of the lexicon in the content ("be the work of {A}");</li>
 *   <li>the accused of an accusation cue: its object ("accused government forces of looting"),
 *       the subject of its passive ("Zuma is accused of …"), or the party after "on" or
 *       "against" ("blamed on guerrillas", "allegations against the minister");</li>
 *   <li>the denier's own side for a denial that names no one else ("Moscow denies any
 *       involvement");</li>
 *   <li>the doer of a deed the content reports ("officials said troops attacked the village"):
 *       the deed's actor, else the subject of its trigger. The speaker's own side doing it makes a
 *       responsibility claim, another party an accusation.</li>
 * </ul>
 */
final class DoerFinder {

    /** Subject pronouns by which a speaker names itself or is named in reported speech ("it had fired"). */
    static final Set<String> SPEAKER_PRONOUNS = ClaimWords.of("speaker-pronouns");

    /**
     * The claim's type and who it says did it.
     *
     * @param type  the claim type
     * @param span  the words naming the party, or null
     * @param actor the party's actor id, or null
     */
    record Doer(ClaimType type, Span span, String actor) {
    }

    private final Responsibility responsibility;
    private final ClaimLexicon lexicon;
    private final ReportedDeeds deeds;

    DoerFinder(ClaimLexicon lexicon, Responsibility responsibility, ClaimScope scope) {
        this.deeds = new ReportedDeeds(scope);
        this.lexicon = lexicon;
        this.responsibility = responsibility;
    }

    /** Who {@code a}'s claim says did it, read with the actors known so far (new parties are added to {@code actors}). */
    Doer find(ClaimActors actors, Attribution a, Claim.Source source, List<Token> content, Certainty certainty) {
        Doc doc = actors.doc();
        String text = doc.text();
        Responsibility.Match match = responsibility.find(content);
        if (match != null && match.self()) {
            // "Houthi forces, who said they had targeted …": the speaker claims the deed, when
            // the words name the speaker (a pronoun, or a phrase naming the speaker's actor).
            // Only as the subject the content opens with: in "blamed Houthi forces, who said they
            // had targeted …" the pronoun belongs to another speaker.
            Actor named = doc.actorAt(match.perpetrator().start(), match.perpetrator().end());
            boolean self = a.type() == ClaimType.STATEMENT && CueParse.opensWith(content, match.perpetrator())
                    && source != null && source.start() != null && source.actor() != null
                    && (SPEAKER_PRONOUNS.contains(match.perpetrator().of(text).toLowerCase(Locale.ROOT))
                    || named != null && named.id().equals(source.actor()));
            if (self) {
                return new Doer(match.type(), new Span(source.start(), source.end()), source.actor());
            }
            match = null;
        }
        ClaimType type = a.type();
        if (type == ClaimType.ACCUSATION && CueParse.passive(doc, a)) {
            // "Slutsky was accused of harassment": the subject is the accused, whatever the content says
            Span accused = accused(doc, a, content);
            if (accused != null) {
                return new Doer(type, accused, actors.party(accused));
            }
        }
        if (match != null) {
            if (type == ClaimType.STATEMENT) {
                type = match.type();
            }
            return new Doer(type, match.perpetrator(), actors.party(match.perpetrator()));
        }
        if (type == ClaimType.STATEMENT && certainty == Certainty.REFUTED) {
            return new Doer(type, null, null);
        }
        if (source != null && source.start() != null && selfClaim(doc, a)) {
            // "The group claimed responsibility for the attack": the claimant names itself.
            return new Doer(ClaimType.RESPONSIBILITY, new Span(source.start(), source.end()), source.actor());
        }
        if (type == ClaimType.RESPONSIBILITY && source != null && source.start() != null && source.actor() != null) {
            // "the corporal admitted taking the money", "Webb confessed": the speaker's own deed
            return new Doer(type, new Span(source.start(), source.end()), source.actor());
        }
        if (type == ClaimType.ACCUSATION) {
            Span accused = accused(doc, a, content);
            return new Doer(type, accused, actors.party(accused));
        }
        if (type == ClaimType.DENIAL) {
            Span aimed = CueParse.aimedAt(doc, a);
            if (aimed != null) {
                return new Doer(type, aimed, actors.party(aimed));
            }
            Doer reported = deeds.reportedDoer(actors, a, source);
            if (reported != null) {
                return new Doer(type, reported.span(), reported.actor());
            }
            if (source != null && source.start() != null && source.actor() != null) {
                return new Doer(type, new Span(source.start(), source.end()), source.actor()); // "Moscow denies any involvement"
            }
            return new Doer(type, null, null);
        }
        if (type == ClaimType.STATEMENT) {
            Doer reported = deeds.reportedDoer(actors, a, source);
            if (reported != null) {
                return reported;
            }
        }
        return new Doer(type, null, null);
    }

    /**
     * Whom an accusation cue accuses: the cue verb's object ("accused X of"), the subject of its
     * passive ("X is accused of", "X was charged with"), the party after "on"/"against", else the
     * name the content opens with ("blamed | Hezbollah for …").
     */
    private Span accused(Doc doc, Attribution a, List<Token> content) {
        Span aimed = CueParse.aimedAt(doc, a);
        if (aimed != null) {
            return aimed;
        }
        Sentence s = CueParse.cueSentence(doc, a);
        int verb = CueParse.cueHead(s, a);
        if (verb >= 0) {
            for (Dependency d : s.children(verb)) {
                String r = d.relation();
                if ((r.equals("obj") || r.equals("dobj") || r.equals("nsubj:pass") || r.equals("nsubjpass")
                        || r.equals("iobj")) && !CueParse.isTime(doc, s.tokens().get(d.dependent()))) {
                    return CueParse.phrase(s, d.dependent());
                }
            }
        }
        if ((a.kind().equals("verb-object") || a.kind().equals("tagged")) && !CueParse.passive(doc, a)) {
            return responsibility.leadingName(content);
        }
        return null;
    }

    /**
     * Whether the cue and the first words of the content read as a responsibility phrase of the
     * lexicon ("claimed | responsibility for …", "took | credit for …"): whoever says it claims the
     * deed for themselves.
     */
    private boolean selfClaim(Doc doc, Attribution a) {
        Span cue = a.cueCover();
        Span content = a.contentCover();
        if (cue == null || content == null || content.start() < cue.start()) {
            return false;
        }
        List<Token> tokens = ParseSpans.tokensIn(doc.parse(), new Span(cue.start(), Math.min(content.end(), content.start() + 40)));
        for (ClaimLexicon.Cue c : lexicon.phraseCues()) {
            for (int i = 0; c.type() == ClaimType.RESPONSIBILITY && i < tokens.size(); i++) {
                if (ClaimLexicon.matchesAt(tokens, i, c.lemmas())) {
                    return true;
                }
            }
        }
        return false;
    }

}
