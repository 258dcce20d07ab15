package org.herodotus.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
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
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("i", "we", "he", "she", "it", "they");
    /** Sectors of the state: a ministry speaking of its army speaks of its own side. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    /** Words whose noun phrase names whom a cue is aimed at ("blamed on", "allegations against"). */
    private static final Set<String> AIMED_AT = Set.of("on", "against");

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
    private final ClaimScope scope;
    /** Sectors whose reports of an arrest, detention or seizure with no agent claim it as their own. */
    private static final Set<String> ENFORCERS = Set.of("COP", "MIL", "SPY", "JUD", "GOV");

    DoerFinder(ClaimLexicon lexicon, Responsibility responsibility, ClaimScope scope) {
        this.scope = scope;
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
            boolean self = a.type() == ClaimType.STATEMENT && opensWith(content, match.perpetrator())
                    && source != null && source.start() != null && source.actor() != null
                    && (SPEAKER_PRONOUNS.contains(match.perpetrator().of(text).toLowerCase(Locale.ROOT))
                    || named != null && named.id().equals(source.actor()));
            if (self) {
                return new Doer(match.type(), new Span(source.start(), source.end()), source.actor());
            }
            match = null;
        }
        ClaimType type = a.type();
        if (type == ClaimType.ACCUSATION && passive(doc, a)) {
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
            Span aimed = aimedAt(doc, a);
            if (aimed != null) {
                return new Doer(type, aimed, actors.party(aimed));
            }
            Doer reported = reportedDoer(actors, a, source);
            if (reported != null) {
                return new Doer(type, reported.span(), reported.actor());
            }
            if (source != null && source.start() != null && source.actor() != null) {
                return new Doer(type, new Span(source.start(), source.end()), source.actor()); // "Moscow denies any involvement"
            }
            return new Doer(type, null, null);
        }
        if (type == ClaimType.STATEMENT) {
            Doer reported = reportedDoer(actors, a, source);
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
        Span aimed = aimedAt(doc, a);
        if (aimed != null) {
            return aimed;
        }
        Sentence s = cueSentence(doc, a);
        int verb = cueHead(s, a);
        if (verb >= 0) {
            for (Dependency d : s.children(verb)) {
                String r = d.relation();
                if ((r.equals("obj") || r.equals("dobj") || r.equals("nsubj:pass") || r.equals("nsubjpass")
                        || r.equals("iobj")) && !isTime(doc, s.tokens().get(d.dependent()))) {
                    return phrase(s, d.dependent());
                }
            }
        }
        if ((a.kind().equals("verb-object") || a.kind().equals("tagged")) && !passive(doc, a)) {
            return responsibility.leadingName(content);
        }
        return null;
    }

    /**
     * The party after "on" or "against" on the cue or on its object ("blamed on guerrillas",
     * "dismissed accusations against the deputy"), or null. Times ("on Thursday") name no party.
     */
    private static Span aimedAt(Doc doc, Attribution a) {
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

    /** Whether {@code t} lies in a time expression ("on Thursday", "last week"). */
    private static boolean isTime(Doc doc, Token t) {
        if (ParseSpans.isTime(doc.parse(), spanOf(t))) {
            return true;
        }
        String ner = t.ner();
        return ner != null && (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET"))
                || calendarWord(t.word());
    }

    /** A weekday or month name ("Friday", "August"): the time expressions are read only in some sentences. */
    private static boolean calendarWord(String word) {
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

    /**
     * The doer of the first deed the content reports, typed as the speaker's own deed
     * (responsibility) or another party's (accusation); null when the content reports no deed or
     * names no doer.
     */
    private Doer reportedDoer(ClaimActors actors, Attribution a, Claim.Source source) {
        Doc doc = actors.doc();
        Span content = a.contentCover();
        if (content == null) {
            return null;
        }
        for (Event e : ClaimEvents.deedsIn(doc, content)) {
            String doer = e.actors().isEmpty() ? null : e.actors().get(0);
            Span span = null;
            Sentence s = doc.parse().sentenceAt(e.trigger().start());
            Token trigger = s == null ? null : s.tokenAt(e.trigger().start());
            if (trigger != null) {
                for (Dependency d : s.children(trigger.index())) {
                    if (d.relation().equals("nsubj") && content.contains(spanOf(s.tokens().get(d.dependent())))) {
                        span = phrase(s, d.dependent());
                    }
                }
            }
            if (span != null && SPEAKER_PRONOUNS.contains(span.of(doc.text()).toLowerCase(Locale.ROOT))
                    && source != null && source.actor() != null && opens(content, span, doc)) {
                // "The army command says it has regained …"
                return new Doer(ClaimType.RESPONSIBILITY, new Span(source.start(), source.end()), source.actor());
            }
            if (doer == null && span != null) {
                doer = actors.party(span);
            }
            // the events stage may give an agentless arrest the authorities as an implied actor,
            // named nowhere in the text: no claim accuses them
            Actor actor = doer == null ? null : actors.byId(doer);
            boolean implied = actor != null && actor.mentions().isEmpty();
            Actor speaker = source == null ? null : actors.byId(source.actor());
            if ((doer == null || implied) && span == null && "COERCE".equals(e.event()) && enforcer(speaker)) {
                // "Two men were arrested on Friday, police said": those who arrest report their own arrests
                return new Doer(ClaimType.RESPONSIBILITY, new Span(source.start(), source.end()), source.actor());
            }
            if (doer == null || implied || e.recipients().contains(doer)) {
                continue;
            }
            if (span == null && actor != null) {
                span = firstMentionIn(actor, content);
            }
            boolean own = source != null && sameSide(speaker, actor);
            return new Doer(own ? ClaimType.RESPONSIBILITY : ClaimType.ACCUSATION, span, doer);
        }
        return passiveAgent(actors, content, source);
    }

    /**
     * The agent of a wrongdoing the content reports in the passive ("the area was mined by
     * Azerbaijani soldiers", "persecuted by the regime of Saddam Hussein"), when no coded event
     * names the doer; null without one.
     */
    private Doer passiveAgent(ClaimActors actors, Span content, Claim.Source source) {
        Doc doc = actors.doc();
        Sentence s = doc.parse().sentenceAt(content.start());
        if (s == null) {
            return null;
        }
        for (Token verb : s.tokens()) {
            if (!verb.pos().equals("VBN") || !content.contains(spanOf(verb)) || !scope.isWrongdoing(verb)) {
                continue;
            }
            for (Dependency d : s.children(verb.index())) {
                if (!d.relation().endsWith(":agent") || !content.contains(spanOf(s.tokens().get(d.dependent())))) {
                    continue;
                }
                Span agent = phrase(s, d.dependent());
                String doer = actors.party(agent);
                if (doer != null) {
                    boolean own = source != null && sameSide(actors.byId(source.actor()), actors.byId(doer));
                    return new Doer(own ? ClaimType.RESPONSIBILITY : ClaimType.ACCUSATION, agent, doer);
                }
            }
        }
        return null;
    }

    /** Whether the actor is police, soldiers, spies, a court or a government: those who arrest and seize. */
    private static boolean enforcer(Actor a) {
        return a != null && a.sector() != null && ENFORCERS.contains(a.sector());
    }

    /** Whether two actors are one party, or both organs of one state (a ministry and its army). */
    static boolean sameSide(Actor speaker, Actor doer) {
        if (speaker == null || doer == null) {
            return false;
        }
        if (speaker.id().equals(doer.id())) {
            return true;
        }
        return speaker.country() != null && speaker.country().equals(doer.country())
                && speaker.sector() != null && doer.sector() != null
                && STATE.contains(speaker.sector()) && STATE.contains(doer.sector());
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

    private static Span firstMentionIn(Actor actor, Span content) {
        for (Span m : actor.mentions()) {
            if (content.contains(m)) {
                return m;
            }
        }
        return null;
    }

    /** Whether the content's first words, after an optional "that", are those of {@code span}. */
    static boolean opensWith(List<Token> content, Span span) {
        int i = !content.isEmpty() && content.get(0).word().equalsIgnoreCase("that") ? 1 : 0;
        return i < content.size() && content.get(i).start() == span.start();
    }

    private static boolean opens(Span content, Span span, Doc doc) {
        return opensWith(ParseSpans.tokensIn(doc.parse(), content), span);
    }

    /** Whether the cue is a passive ("is accused of"): then the content does not open with the accused. */
    private static boolean passive(Doc doc, Attribution a) {
        for (Span c : a.cue()) {
            for (Token t : ParseSpans.tokensIn(doc.parse(), c)) {
                if (t.lemma().equalsIgnoreCase("be") || t.lemma().equalsIgnoreCase("get")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Sentence cueSentence(Doc doc, Attribution a) {
        Span cue = a.cueCover();
        return cue == null ? null : doc.parse().sentenceAt(cue.start());
    }

    /**
     * The cue's head word in the parse: its last verb, else its last noun ("accusations"), or -1
     * without a parse. A verb wins: in "was accused of rape" the accused hangs on "accused".
     */
    private static int cueHead(Sentence s, Attribution a) {
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

    private static int leftmost(Sentence s, int i) {
        int min = i;
        for (Dependency d : s.children(i)) {
            if (d.dependent() < min && d.dependent() >= 0) {
                min = Math.min(min, leftmost(s, d.dependent()));
            }
        }
        return min;
    }

    private static int rightmost(Sentence s, int i) {
        int max = i;
        for (Dependency d : s.children(i)) {
            if (d.dependent() > max && !d.baseRelation().equals("punct") && !d.baseRelation().equals("acl")
                    && !d.baseRelation().startsWith("acl")) {
                max = Math.max(max, rightmost(s, d.dependent()));
            }
        }
        return max;
    }

    private static Span spanOf(Token t) {
        return new Span(t.start(), t.end());
    }
}
