package org.herodotus.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Certainty;
import org.herodotus.model.Claim;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Event;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;

/**
 * Links claims and events both ways: the event a claim's content is about, and, once the claims
 * are read, each event's list of claims and the perpetrator the claims name when the event's own
 * clause names none (the guidelines' rule: an asserted or probable claim that names who did it
 * gives the event its actor, even when the accused denies it).
 */
final class ClaimEvents {

    /** Material conflict and threats: the deeds a report can accuse someone of. */
    private static final Set<String> VERBAL_DEEDS = Set.of("THREATEN");

    private ClaimEvents() {
    }

    /** Whether {@code e} is a deed a party can be accused of (material conflict or a threat), not talk or cooperation. */
    static boolean isDeed(Event e) {
        return e.quad() != null && e.quad() == 4 || VERBAL_DEEDS.contains(e.event());
    }

    /**
     * The event the content is about: one whose trigger lies inside the content, or else the
     * event that a noun of the content ("these attacks") names, the first such in the article
     * being the salient one.
     */
    static String eventOf(Doc doc, Span content, List<Token> contentTokens) {
        for (Event e : doc.events()) {
            if (e.trigger() != null && reports(doc, content, e.trigger())) {
                return e.id();
            }
            for (Span m : e.mentions()) {
                if (content.contains(m)) {
                    return e.id();
                }
            }
        }
        String text = doc.text();
        for (Token t : contentTokens) {
            if (!t.isNoun()) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            Event first = null;
            for (Event e : doc.events()) {
                if (e.trigger() == null) {
                    continue;
                }
                Token trig = doc.parse().tokenAt(e.trigger().start());
                String tl = trig == null ? e.trigger().of(text).toLowerCase(Locale.ROOT) : trig.lemma().toLowerCase(Locale.ROOT);
                if (tl.equals(lemma) && (first == null || e.trigger().start() < first.trigger().start())) {
                    first = e;
                }
            }
            if (first != null) {
                return first.id();
            }
        }
        return null;
    }

    /** Relations by which a clause's own participle or complement hangs from a word of the clause. */
    private static final Set<String> CLAUSE_PARTS = Set.of("dep", "advcl", "xcomp", "acl");

    /**
     * Whether what {@code content} reports includes the word at {@code trigger}: inside the span,
     * or a participle or clause hanging from a word of it that the span leaves out ("the army said
     * rebel artillery had hit a market, killing four civilians": the killing is reported too).
     */
    static boolean reports(Doc doc, Span content, Span trigger) {
        if (content.contains(trigger)) {
            return true;
        }
        Sentence s = doc.parse().sentenceAt(trigger.start());
        if (s == null || content.start() < s.start() || content.end() > s.end() || trigger.start() < content.end()) {
            return false;
        }
        Token t = s.tokenAt(trigger.start());
        for (int steps = 0; t != null && steps < 4; steps++) {
            org.herodotus.nlp.Dependency up = null;
            for (org.herodotus.nlp.Dependency d : s.heads(t.index())) {
                // exact relations: a subtype ("advcl:after") names a subordinator, shared by conjuncts
                if (d.governor() >= 0 && CLAUSE_PARTS.contains(d.relation()) && participle(s, t)) {
                    up = d;
                    break;
                }
            }
            if (up == null) {
                return false;
            }
            t = s.tokens().get(up.governor());
            if (content.contains(new Span(t.start(), t.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} heads a participle or infinitive clause of its own, with no subordinator:
     * "…, killing four civilians" goes on telling what was reported, "after he was arrested" tells
     * when.
     */
    private static boolean participle(Sentence s, Token t) {
        if (!(t.pos().equals("VBG") || t.pos().equals("VBN") || t.pos().equals("VB"))) {
            return false;
        }
        for (org.herodotus.nlp.Dependency d : s.children(t.index())) {
            if (d.baseRelation().equals("mark") && !s.tokens().get(d.dependent()).word().equalsIgnoreCase("to")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The deeds whose trigger lies inside {@code content}, in text order: what a report ("officials
     * said troops attacked …") says happened.
     */
    static List<Deed> deedsIn(Doc doc, Span content) {
        List<Deed> out = new ArrayList<>();
        for (Event e : doc.events()) {
            if (!isDeed(e) || e.negated() || e.trigger() == null) {
                continue;
            }
            Span telling = reports(doc, content, e.trigger()) ? e.trigger() : null;
            // an event told several times is reported where any verbal telling of it lies in the content
            for (int i = 0; telling == null && i < e.mentions().size(); i++) {
                Span m = e.mentions().get(i);
                if (verbal(doc, m) && reports(doc, content, m)) {
                    telling = m;
                }
            }
            if (telling != null) {
                out.add(new Deed(e, telling));
            }
        }
        out.sort(java.util.Comparator.comparingInt(d -> d.telling().start()));
        return out;
    }

    /**
     * Whether a telling is a verb: "police said officers arrested him" reports the arrest told
     * before, while "as police investigated the shooting" only names it.
     */
    private static boolean verbal(Doc doc, Span telling) {
        Token t = doc.parse().tokenAt(telling.start());
        return t != null && t.pos() != null && t.isVerb();
    }

    /** An event a content reports, and the telling of it that the content holds. */
    record Deed(Event event, Span telling) {
    }

    /**
     * The assault or coercion event last mentioned before {@code offset}: the kinds of event
     * someone is said to be responsible for. "The perpetrators are …" and "the hypothesis that it was the work of Isis"
     * name no event; responsibility is claimed for the attack the text has just been talking about.
     */
    static String lastViolenceBefore(Doc doc, int offset) {
        Event best = null;
        int bestStart = -1;
        for (Event e : doc.events()) {
            if (!e.event().equals("ASSAULT") && !e.event().equals("COERCE")) {
                continue;
            }
            List<Span> spans = new ArrayList<>(e.mentions());
            if (e.trigger() != null) {
                spans.add(e.trigger());
            }
            for (Span m : spans) {
                if (m.start() < offset && m.start() > bestStart) {
                    bestStart = m.start();
                    best = e;
                }
            }
        }
        return best == null ? null : best.id();
    }

    /**
     * The events with the claims that report them listed, and an actor taken from the claims for
     * each event whose clause names none (or only the authorities the events stage implied for an
     * agentless arrest): the party the first asserted or probable accusation or responsibility
     * claim about it names ("…were arrested, police said" gives the police).
     */
    static List<Event> withClaims(List<Event> events, List<Claim> claims, List<org.herodotus.model.Actor> actors) {
        Set<String> implied = new java.util.HashSet<>();
        for (org.herodotus.model.Actor a : actors) {
            if (a.mentions().isEmpty()) {
                implied.add(a.id()); // an actor the text never names ("authorities" of an agentless arrest)
            }
        }
        Map<String, List<String>> byEvent = new HashMap<>();
        Map<String, String> perpetrator = new HashMap<>();
        for (Claim c : claims) {
            if (c.event() == null) {
                continue;
            }
            byEvent.computeIfAbsent(c.event(), k -> new ArrayList<>()).add(c.id());
            boolean sure = c.certainty() == Certainty.ASSERTED || c.certainty() == Certainty.PROBABLE;
            boolean names = c.type() == ClaimType.ACCUSATION || c.type() == ClaimType.RESPONSIBILITY;
            if (sure && names && c.attributedTo() != null) {
                perpetrator.putIfAbsent(c.event(), c.attributedTo());
            }
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            List<String> ids = byEvent.get(e.id());
            if (ids != null) {
                List<String> all = new ArrayList<>(e.claims());
                all.addAll(ids);
                e = e.withClaims(all);
            }
            String doer = perpetrator.get(e.id());
            boolean unnamed = e.actors().isEmpty() || implied.containsAll(e.actors());
            if (unnamed && doer != null) {
                // "blamed the bombing on Boko Haram" can parse as a bombing on Boko Haram: who the
                // claim says did it is the actor, not the target
                List<String> targets = new ArrayList<>(e.recipients());
                targets.remove(doer);
                e = e.withActors(List.of(doer)).withRecipients(targets);
            }
            out.add(e);
        }
        return out;
    }
}
