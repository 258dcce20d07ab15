package org.herodotus.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * Links each event to the place where it happened (the place one of whose mentions is the
 * toponym meant): the toponym its trigger or one of its
 * arguments governs through a locative preposition ("attacks on bases in Iraq", "raids near
 * Mosul"), else a toponym after a locative preposition in its sentence, else the sentence's only
 * other place; never a place that is the event's actor or recipient, and never a place from
 * another sentence. Stateless.
 */
final class EventPlaces {

    /** Prepositions that tie an event to where it happened ("raids near Mosul"). */
    private static final Set<String> LOCATIVE = Locatives.defaults().words(Locatives.Use.EVENT);
    // The parser's dependency relations of an event's own participants: its labels, so code, not a word list.
    private static final Set<String> CORE_ARGS = Set.of("nsubj", "nsubj:pass", "obj", "iobj", "nsubj:xsubj",
            "csubj", "obl:agent", "nmod:agent", "compound", "amod", "nmod:poss");

    /** Returns {@code events} with {@code place} set where the text says where. */
    public List<Event> link(List<Event> events, List<Place> places, List<Actor> actors, Parse parse) {
        List<Place> mentions = eachMention(places);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String place = e.place() != null ? e.place() : placeOf(e, mentions, actors, parse);
            out.add(place == null || place.equals(e.place()) ? e : e.withPlace(place));
        }
        return out;
    }

    /**
     * One view per mention of each place, with that mention's offsets and the place's id: the
     * event's sentence may hold the third "Mosul" of the article, and the event then points at
     * the place whose mentions include it.
     */
    private static List<Place> eachMention(List<Place> places) {
        List<Place> out = new ArrayList<>(places.size());
        for (Place p : places) {
            for (Span m : p.mentions()) {
                out.add(p.at(m));
            }
        }
        return out;
    }

    private String placeOf(Event e, List<Place> places, List<Actor> actors, Parse parse) {
        Span trigger = e.trigger();
        if (trigger == null) {
            return null;
        }
        Span sentenceSpan = e.sentence();
        Sentence sentence = parse.sentenceAt(trigger.start());
        if (sentenceSpan == null && sentence != null) {
            sentenceSpan = new Span(sentence.start(), sentence.end());
        }
        if (sentenceSpan == null) {
            return null;
        }
        List<Span> participants = participantSpans(e, actors);
        List<Place> inSentence = new ArrayList<>();
        for (Place p : places) {
            if (p.lat() == null || !sentenceSpan.contains(new Span(p.start(), p.end()))) {
                continue;
            }
            Span ps = new Span(p.start(), p.end());
            if (participants.stream().noneMatch(ps::overlaps)) {
                inSentence.add(p);
            }
        }
        if (inSentence.isEmpty()) {
            return null;
        }
        if (sentence != null && sentence.parsed()) {
            Place governed = governed(sentence, trigger, inSentence);
            if (governed != null) {
                return governed.id();
            }
        }
        // a toponym after a locative preposition, nearest the trigger
        Place best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Place p : inSentence) {
            if (sentence != null && locativeBefore(sentence, p) && !isCoreArgument(sentence, p)) {
                int d = Math.abs(p.start() - trigger.start());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
        if (best != null) {
            return best.id();
        }
        if (inSentence.size() == 1 && (sentence == null || !isCoreArgument(sentence, inSentence.get(0)))) {
            return inSentence.get(0).id();
        }
        return null;
    }

    private static List<Span> participantSpans(Event e, List<Actor> actors) {
        Set<String> ids = new HashSet<>(e.actors());
        ids.addAll(e.recipients());
        List<Span> spans = new ArrayList<>();
        for (Actor a : actors) {
            if (ids.contains(a.id())) {
                spans.addAll(a.mentions());
            }
        }
        return spans;
    }

    /** The place reached from the trigger (or from a word the trigger governs) by a locative relation. */
    private static Place governed(Sentence s, Span trigger, List<Place> places) {
        Token t = s.tokenAt(trigger.start());
        if (t == null) {
            return null;
        }
        List<Integer> frontier = new ArrayList<>();
        frontier.add(t.index());
        Set<Integer> seen = new HashSet<>(frontier);
        for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int head : frontier) {
                for (Dependency d : s.children(head)) {
                    Place p = placeAtToken(s, d.dependent(), places);
                    if (p != null && isLocative(d.relation())) {
                        return p;
                    }
                    if (seen.add(d.dependent()) && !d.baseRelation().equals("conj") && !d.baseRelation().equals("acl")) {
                        next.add(d.dependent());
                    }
                }
            }
            frontier = next;
        }
        return null;
    }

    private static boolean isLocative(String relation) {
        int colon = relation.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String base = relation.substring(0, colon);
        String sub = relation.substring(colon + 1).toLowerCase(Locale.ROOT);
        return (base.equals("obl") || base.equals("nmod") || base.equals("advcl")) && LOCATIVE.contains(sub);
    }

    private static Place placeAtToken(Sentence s, int tokenIndex, List<Place> places) {
        if (tokenIndex < 0 || tokenIndex >= s.tokens().size()) {
            return null;
        }
        Token tok = s.tokens().get(tokenIndex);
        for (Place p : places) {
            if (p.start() <= tok.start() && tok.end() <= p.end()) {
                return p;
            }
        }
        return null;
    }

    private static boolean locativeBefore(Sentence s, Place p) {
        Token first = s.tokenAt(p.start());
        if (first == null) {
            return false;
        }
        for (int i = first.index() - 1; i >= Math.max(0, first.index() - 3); i--) {
            String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
            if (LOCATIVE.contains(w)) {
                return true;
            }
            if (!(w.equals("the") || s.tokens().get(i).pos().startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the place is a subject, object or modifier of something: an actor, not a location. */
    private static boolean isCoreArgument(Sentence s, Place p) {
        if (!s.parsed()) {
            return false;
        }
        for (Token tok : s.tokens()) {
            if (tok.start() >= p.start() && tok.end() <= p.end()) {
                for (Dependency d : s.heads(tok.index())) {
                    if (CORE_ARGS.contains(d.relation())) {
                        Token gov = d.governor() >= 0 ? s.tokens().get(d.governor()) : null;
                        if (gov == null || gov.start() < p.start() || gov.end() > p.end()) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
