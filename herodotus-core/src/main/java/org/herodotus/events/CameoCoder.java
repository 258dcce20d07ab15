package org.herodotus.events;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Modality;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;

/**
 * Codes a sentence with an imported CAMEO verb dictionary instead of the trigger lexicon, as
 * PETRARCH would with the same dictionaries. One instance per document.
 */
final class CameoCoder {

    private final CameoVerbDictionary cameo;
    private final ArgumentRoles argumentRoles;
    private final ParticipantResolver participants;
    private final EventDates dates;

    CameoCoder(CameoVerbDictionary cameo, ArgumentRoles roles, ParticipantResolver participants, EventDates dates) {
        this.cameo = cameo;
        this.argumentRoles = roles;
        this.participants = participants;
        this.dates = dates;
    }

    /**
     * The event mentions of one sentence coded with an imported CAMEO verb dictionary, as PETRARCH
     * codes: the patterns decide the event, the source is the subject (or the {@code $} position),
     * the target the object or the first actor after the verb (or the {@code +} position); a code
     * pair "a:b" also codes the reverse event; {@code %} codes every pair of a compound actor.
     */
    List<Mention> code(SentenceGraph g) {
        if (cameo.discardsSentence(g.sentence.tokens())) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (CameoVerbDictionary.Match cm : cameo.match(g)) {
            String[] codes = cm.code().split(":");
            String forward = cameo.plover(codes[0]);
            String reverse = codes.length > 1 ? cameo.plover(codes[1]) : null;
            if (forward == null && reverse == null) {
                continue;
            }
            List<Mention.Participant> sources = cm.source() >= 0 ? actorNear(g, cm.source(), -1)
                    : argumentActors(g, contextVerb(g, cm), List.of("subj"));
            if (sources.isEmpty()) {
                sources = actorNear(g, cm.first() - 1, -1);
            }
            List<Mention.Participant> targets = cm.target() >= 0
                    ? actorNear(g, cm.target(), cm.target() < cm.verb() ? -1 : 1)
                    : argumentActors(g, cm.verb(), List.of("obj", "iobj"));
            final List<Mention.Participant> src = sources;
            targets = new ArrayList<>(targets);
            targets.removeIf(p -> src.stream().anyMatch(a -> a.key().equals(p.key())));
            if (targets.isEmpty() && cm.target() < 0) {
                targets = new ArrayList<>(actorNear(g, cm.last() + 1, 1, sources));
            }
            if (!placeable(targets)) {
                targets = new ArrayList<>();
            }
            if (!placeable(sources) || targets.isEmpty()) {
                // PETRARCH codes an event only between actors it knows: a source with a code and a target
                if (!(cm.compound() || targets.isEmpty()) || sources.size() < 2 || !placeable(sources)) {
                    continue;
                }
            }
            Span trigger = new Span(g.token(cm.first()).start(), g.token(cm.last()).end());
            Span sentence = new Span(g.sentence.start(), g.sentence.end());
            String date = dates.date(g, cm.verb(), -1, Modality.ASSERTED);
            if ((cm.compound() || targets.isEmpty()) && sources.size() > 1) {
                // a compound actor with no one else: every member acts on every other
                for (Mention.Participant a : sources) {
                    for (Mention.Participant b : sources) {
                        if (a != b && forward != null) {
                            out.add(cameoMention(forward, g, trigger, sentence, List.of(a), List.of(b), date));
                        }
                    }
                }
                continue;
            }
            if (forward != null) {
                out.add(cameoMention(forward, g, trigger, sentence, sources, targets, date));
            }
            if (reverse != null) {
                out.add(cameoMention(reverse, g, trigger, sentence, targets, sources, date));
            }
        }
        return out;
    }

    private Mention cameoMention(String type, SentenceGraph g, Span trigger, Span sentence,
                                 List<Mention.Participant> actors, List<Mention.Participant> recipients, String date) {
        List<Mention.Participant> r = new ArrayList<>(recipients);
        r.removeIf(p -> actors.stream().anyMatch(a -> a.key().equals(p.key())));
        return new Mention(type, null, g.sentence.index(), trigger, sentence, actors, r, Modality.ASSERTED, false,
                date, false,
                false, g.lemma(g.sentence.tokenAt(trigger.start()).index()), false, false);
    }

    private static boolean placeable(List<Mention.Participant> ps) {
        return ps.stream().anyMatch(p -> p.country() != null);
    }

    /**
     * The verb whose subject is the source: the matched verb, or a verb of the pattern's context
     * that governs it ("Falastur noted that Cirith Ungol regretted …" with the pattern NOTED + *).
     */
    private int contextVerb(SentenceGraph g, CameoVerbDictionary.Match cm) {
        for (int c : cm.context()) {
            if (g.token(c).isVerb() && governs(g, c, cm.verb())) {
                return c;
            }
        }
        return cm.verb();
    }

    private static boolean governs(SentenceGraph g, int gov, int t) {
        int cur = t;
        for (int depth = 0; depth < 6; depth++) {
            Dependency h = g.head(cur);
            if (h == null) {
                return false;
            }
            if (h.governor() == gov) {
                return true;
            }
            cur = h.governor();
        }
        return false;
    }

    /** The actors a verb's arguments in {@code roles} resolve to, with coordinated ones. */
    private List<Mention.Participant> argumentActors(SentenceGraph g, int verb, List<String> roles) {
        List<Mention.Participant> out = new ArrayList<>();
        for (String role : roles) {
            for (int t : argumentRoles.verbRole(g, verb, role, false)) {
                if (g.token(t).pos().startsWith("PRP")) {
                    continue;  // as PETRARCH: a pronoun names no one the dictionaries know
                }
                List<Integer> tokens = new ArrayList<>(participants.expand(g, t));
                for (int a : List.copyOf(tokens)) {
                    tokens.addAll(participants.coordinatedModifiers(g, a));
                    tokens.addAll(innerConjuncts(g, a));
                }
                for (int a : tokens) {
                    Mention.Participant p = participants.participant(g, a, true);
                    if (p != null && out.stream().noneMatch(x -> x.key().equals(p.key()))) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "The ambassadors of Arnor, Osgiliath and Gondor", "officials in Fornost and Gondor": a noun that
     * is no actor itself stands for each of the coordinated actors it is of (or in).
     */
    private List<Integer> innerConjuncts(SentenceGraph g, int t) {
        List<Integer> r = new ArrayList<>();
        if (participants.actorAt(g, t) != null) {
            return r;
        }
        for (Dependency d : g.out(t)) {
            String rel = d.relation();
            if (rel.equals("nmod:of") || rel.equals("nmod:in") || rel.equals("nmod:from")) {
                r.add(d.dependent());
                for (Dependency c : g.out(d.dependent())) {
                    if (c.baseRelation().equals("conj")) {
                        r.add(c.dependent());
                    }
                }
            }
        }
        return r.size() > 1 ? r : List.of();
    }

    /** The first actor from {@code position} on, leftwards ({@code step} -1) or rightwards (+1). */
    private List<Mention.Participant> actorNear(SentenceGraph g, int position, int step) {
        return actorNear(g, position, step, List.of());
    }

    /** As {@link #actorNear(SentenceGraph, int, int)}, passing over the actors {@code except}. */
    private List<Mention.Participant> actorNear(SentenceGraph g, int position, int step,
                                                List<Mention.Participant> except) {
        for (int i = position; i >= 0 && i < g.size(); i += step) {
            if (!g.token(i).isNoun() && !g.token(i).pos().equals("JJ")) {
                continue;  // pronouns are no evidence of who is meant
            }
            Mention.Participant p = participants.participant(g, i, true);
            if (p != null && except.stream().noneMatch(x -> x.key().equals(p.key()))) {
                List<Mention.Participant> out = new ArrayList<>();
                out.add(p);
                for (int a : participants.expand(g, headOf(g, i))) {
                    Mention.Participant q = participants.participant(g, a, true);
                    if (q != null && out.stream().noneMatch(x -> x.key().equals(q.key()))) {
                        out.add(q);
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** The head noun of the phrase a modifier belongs to ("Gondor" in "Gondor police" → "police"). */
    private static int headOf(SentenceGraph g, int t) {
        int cur = t;
        for (int depth = 0; depth < 3; depth++) {
            Dependency h = g.head(cur);
            if (h == null || !(h.relation().equals("compound") || h.relation().equals("amod")
                    || h.relation().equals("flat") || h.relation().equals("nmod:poss"))) {
                return cur;
            }
            cur = h.governor();
        }
        return cur;
    }

}
