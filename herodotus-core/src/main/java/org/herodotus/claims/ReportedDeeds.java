package org.herodotus.claims;

import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Claim;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Event;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;

/**
 * Who a report says did the deed it reports ("officials said troops attacked the village"): the
 * doer of the first deed the events stage coded in the content, else the agent of a passive
 * wrongdoing ("mined by Azerbaijani soldiers"). The speaker's own side doing it makes the claim a
 * responsibility claim, another party an accusation; police, soldiers, courts and governments
 * reporting an arrest that names no one who made it report their own.
 */
final class ReportedDeeds {

    /** Sectors of the state: a ministry speaking of its army speaks of its own side. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    /** Sectors whose reports of an arrest, detention or seizure with no agent claim it as their own. */
    private static final Set<String> ENFORCERS = Set.of("COP", "MIL", "SPY", "JUD", "GOV");

    private final ClaimScope scope;

    ReportedDeeds(ClaimScope scope) {
        this.scope = scope;
    }

    /**
     * The doer of the first deed the content reports, typed as the speaker's own deed
     * (responsibility) or another party's (accusation); null when the content reports no deed or
     * names no doer.
     */
    DoerFinder.Doer reportedDoer(ClaimActors actors, Attribution a, Claim.Source source) {
        Doc doc = actors.doc();
        Span content = a.contentCover();
        if (content == null) {
            return null;
        }
        for (ClaimEvents.Deed deed : ClaimEvents.deedsIn(doc, content)) {
            Event e = deed.event();
            String doer = e.actors().isEmpty() ? null : e.actors().get(0);
            Span span = null;
            Sentence s = doc.parse().sentenceAt(deed.telling().start());
            Token trigger = s == null ? null : s.tokenAt(deed.telling().start());
            if (trigger != null) {
                for (Dependency d : s.children(trigger.index())) {
                    if (d.relation().equals("nsubj") && content.contains(CueParse.spanOf(s.tokens().get(d.dependent())))) {
                        span = CueParse.phrase(s, d.dependent());
                    }
                }
            }
            if (span != null && DoerFinder.SPEAKER_PRONOUNS.contains(span.of(doc.text()).toLowerCase(Locale.ROOT))
                    && source != null && source.actor() != null && CueParse.opens(content, span, doc)) {
                // "The army command says it has regained …"
                return new DoerFinder.Doer(ClaimType.RESPONSIBILITY, new Span(source.start(), source.end()), source.actor());
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
                return new DoerFinder.Doer(ClaimType.RESPONSIBILITY, new Span(source.start(), source.end()), source.actor());
            }
            if (doer == null || implied || e.recipients().contains(doer)) {
                continue;
            }
            if (span == null && actor != null) {
                span = firstMentionIn(actor, content);
            }
            boolean own = source != null && sameSide(speaker, actor);
            return new DoerFinder.Doer(own ? ClaimType.RESPONSIBILITY : ClaimType.ACCUSATION, span, doer);
        }
        return passiveAgent(actors, content, source);
    }

    /**
     * The agent of a wrongdoing the content reports in the passive ("the area was mined by
     * Azerbaijani soldiers", "persecuted by the regime of Saddam Hussein"), when no coded event
     * names the doer; null without one.
     */
    private DoerFinder.Doer passiveAgent(ClaimActors actors, Span content, Claim.Source source) {
        Doc doc = actors.doc();
        Sentence s = doc.parse().sentenceAt(content.start());
        if (s == null) {
            return null;
        }
        for (Token verb : s.tokens()) {
            if (!verb.pos().equals("VBN") || !content.contains(CueParse.spanOf(verb)) || !scope.isWrongdoing(verb)) {
                continue;
            }
            for (Dependency d : s.children(verb.index())) {
                if (!d.relation().endsWith(":agent") || !content.contains(CueParse.spanOf(s.tokens().get(d.dependent())))) {
                    continue;
                }
                Span agent = CueParse.phrase(s, d.dependent());
                String doer = actors.party(agent);
                if (doer != null) {
                    boolean own = source != null && sameSide(actors.byId(source.actor()), actors.byId(doer));
                    return new DoerFinder.Doer(own ? ClaimType.RESPONSIBILITY : ClaimType.ACCUSATION, agent, doer);
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

    private static Span firstMentionIn(Actor actor, Span content) {
        for (Span m : actor.mentions()) {
            if (content.contains(m)) {
                return m;
            }
        }
        return null;
    }
}
