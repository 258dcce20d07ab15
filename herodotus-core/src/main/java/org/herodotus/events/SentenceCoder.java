package org.herodotus.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Modality;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Token;

/**
 * Reads the event mentions of one parsed sentence with the trigger lexicon: finds the triggers
 * ({@link TriggerFinder}), drops nouns that only name what a verb acts on, and makes each trigger
 * a mention with its participants ({@link ArgumentRoles}, {@link ParticipantResolver}), modality
 * ({@link ModalityReader}) and date ({@link EventDates}); promises and threats are coded as the
 * codebook asks. One instance per document.
 */
final class SentenceCoder {

    private static final Set<String> DEFINITE = EventWords.of("definite");

    private final EventLexicon lexicon;
    private final TriggerFinder triggers;
    private final ArgumentRoles argumentRoles;
    private final ParticipantResolver participants;
    private final ModalityReader modalities;
    private final EventDates dates;

    SentenceCoder(EventLexicon lexicon, TriggerFinder triggers, ArgumentRoles roles, ParticipantResolver participants,
                  ModalityReader modalities, EventDates dates) {
        this.lexicon = lexicon;
        this.triggers = triggers;
        this.argumentRoles = roles;
        this.participants = participants;
        this.modalities = modalities;
        this.dates = dates;
    }

    /** "French mediation in peace negotiations with Syria": the inner noun only qualifies the outer one. */
    private boolean nestedInEventNoun(SentenceGraph g, int noun, Set<Integer> eventNouns) {
        Dependency h = g.head(noun);
        return h != null && h.baseRelation().equals("nmod") && (eventNouns.contains(h.governor())
                || !lexicon.nounEntries(g.lemma(h.governor())).isEmpty());
    }


    /** The event mentions of one sentence. */
    List<Mention> code(SentenceGraph g) {
        List<TriggerMatch> matches = triggers.find(g);
        Set<Integer> eventNouns = new LinkedHashSet<>();
        for (TriggerMatch m : matches) {
            if (!m.entry().verb()) {
                eventNouns.add(m.head());
            }
        }
        Set<Integer> verbArguments = new LinkedHashSet<>();
        Set<Integer> consumed = new LinkedHashSet<>();
        for (TriggerMatch m : matches) {
            if (m.entry().verb()) {
                for (Dependency d : g.out(m.head())) {
                    String b = d.baseRelation();
                    if (b.equals("obj") || b.equals("obl") || d.relation().equals("nsubj:pass")) {
                        verbArguments.add(d.dependent());
                    }
                }
                consumed.addAll(triggers.consumed(g, m));
            }
        }
        List<Mention> out = new ArrayList<>();
        for (TriggerMatch m : matches) {
            PloverCodebook.Type type = lexicon.codebook().type(m.entry().type());
            if (!m.entry().verb() && consumed.contains(m.head())) {
                continue;  // "lifted the embargo": the noun is part of the verb's trigger
            }
            if (!m.entry().verb() && (type.quad() == 1 || type.quad() == 3) && (verbArguments.contains(m.head())
                    || nestedInEventNoun(g, m.head(), eventNouns))) {
                // "rejected calls for talks", "conceded to demands": the noun is what the verb acts
                // on, not an event of its own.
                continue;
            }
            Mention mention = mention(g, m, eventNouns);
            if (mention != null) {
                out.add(mention);
            }
        }
        return out;
    }


    // ---------------------------------------------------------------- mention

    private Mention mention(SentenceGraph g, TriggerMatch m, Set<Integer> eventNouns) {
        TriggerEntry e = m.entry();
        ModalityReader.State st = modalities.read(g, m);
        if (st.purpose || st.modality == Modality.INTENDED) {
            return null;  // aims and purposes are not events
        }
        List<Mention.Participant> actors = participants(g, m, lexicon.actorRoles(e), eventNouns);
        List<Mention.Participant> recipients = participants(g, m, lexicon.recipientRoles(e), eventNouns);
        // nobody is the target of their own act: "the hijackers threatened to blow it up", with "it"
        // resolved to the hijackers, names no recipient
        recipients.removeIf(p -> actors.stream().anyMatch(a -> a.span().equals(p.span())
                || (a.actorId() != null && a.actorId().equals(p.actorId()))));
        boolean symmetric = e.symmetric();
        String type = e.type();
        String mode = e.mode();
        Modality mod = st.modality;
        if (mod == Modality.FUTURE && !st.negated) {
            symmetric = false;  // who promises acts; who it is promised to receives
            PloverCodebook.Type t = lexicon.codebook().type(type);
            if (st.prepared && t.quad() == 4) {
                // preparing to use force is a military move short of it
                type = "MOBILIZE";
                mode = "troops";
                mod = Modality.ASSERTED;
            } else if (t.promiseType() != null && st.committed) {
                // "promised to withdraw", "threatened to impose": the promise or the threat is what
                // happened. A plain future ("will impose", "said it would withdraw") keeps its type
                // and is marked future, as the news guidelines code announced events.
                PloverCodebook.Coding promised = lexicon.codebook().announced(type, mode);
                type = promised.type();
                mode = promised.mode();
                mod = Modality.ASSERTED;
            }
        }
        if (symmetric) {
            for (Mention.Participant p : recipients) {
                if (actors.stream().noneMatch(a -> a.key().equals(p.key()))) {
                    actors.add(p);
                }
            }
            recipients.clear();
        }
        Token first = g.token(m.first());
        Token last = g.token(m.last());
        Span trigger = new Span(first.start(), last.end());
        Span sentence = new Span(g.sentence.start(), g.sentence.end());
        boolean definite = !e.verb() && (g.hasChild(m.head(), "det", DEFINITE::contains)
                || !g.children(m.head(), "nmod:poss").isEmpty());
        String date = dates.date(g, m, mod);
        if (dates.background(date)) {
            return null;  // "the 1988 bombing of Pan Am 103", "was jailed in 1989": history, not news
        }
        return new Mention(type, mode, g.sentence.index(), trigger, sentence, actors, recipients, mod, st.negated,
                date, !e.verb(), definite, g.lemma(m.head()), symmetric,
                actors.isEmpty() && (e.verb() ? actedOnIsActor(g, m.head(), recipients)
                        : possessorUndergoes(g, m.head(), recipients)));
    }

    /**
     * Whether a noun's possessor names an actor among its recipients ("Wang's arrest", "his
     * detention"): someone unnamed did it to them, as with a passive.
     */
    private static boolean possessorUndergoes(SentenceGraph g, int noun, List<Mention.Participant> recipients) {
        for (int t : g.children(noun, "nmod:poss")) {
            Token tok = g.token(t);
            if (recipients.stream().anyMatch(p -> p.actorId() != null && p.span().start() == tok.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a passive verb's subject names an actor, or a group told of before, among the
     * recipients ("Wang Dan was released", "Most were released"): then someone unnamed acted on
     * them. "Information is shared" acts on no one.
     */
    private static boolean actedOnIsActor(SentenceGraph g, int verb, List<Mention.Participant> recipients) {
        if (!g.passive(verb)) {
            return false;
        }
        for (int t : g.children(verb, "nsubj:pass")) {
            Token tok = g.token(t);
            if (recipients.stream().anyMatch(p -> (p.actorId() != null || ParticipantResolver.standsForGroup(p.lemma()))
                    && p.span().start() == tok.start())) {
                return true;
            }
        }
        return false;
    }

    private List<Mention.Participant> participants(SentenceGraph g, TriggerMatch m, List<String> roles,
                                                    Set<Integer> eventNouns) {
        List<Mention.Participant> out = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        for (String role : roles) {
            if ((role.equals("comprecipient") || role.equals("condition"))
                    && out.stream().anyMatch(p -> p.actorId() != null)) {
                continue;  // the action's recipient stands in only when the act names none
            }
            if ((role.equals("where") || role.equals("purpose"))
                    && out.stream().anyMatch(p -> p.country() != null)) {
                continue;  // the place or the aim stands in only when no one named has a country
            }
            for (int t : argumentRoles.role(g, m, role, false)) {
                for (int a : participants.expand(g, t)) {
                    if (a >= m.first() && a <= m.last()) {
                        continue;
                    }
                    for (int real : eventNounLookThrough(g, a, eventNouns)) {
                        if (seen.add(real)) {
                            boolean placeLike = role.equals("where") || role.equals("purpose");
                            Mention.Participant p = participants.participant(g, real, role.equals("mod") || placeLike);
                            if (p != null && placeLike && p.country() == null) {
                                continue;
                            }
                            if (p != null && out.stream().noneMatch(x -> x.key().equals(p.key()))) {
                                out.add(p);
                            }
                            for (int k : participants.coordinatedModifiers(g, real)) {
                                Mention.Participant q = participants.participant(g, k, true);
                                if (q != null && out.stream().noneMatch(x -> x.key().equals(q.key()))) {
                                    out.add(q);
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }


    /**
     * An argument that is itself an event ("condemned an attack by soldiers", "the raids killed")
     * stands for that event's agent.
     */
    private List<Integer> eventNounLookThrough(SentenceGraph g, int t, Set<Integer> eventNouns) {
        if (!eventNouns.contains(t)) {
            return List.of(t);
        }
        List<Integer> agents = new ArrayList<>();
        agents.addAll(g.children(t, "nmod:poss"));
        agents.addAll(g.children(t, "nmod:by"));
        agents.addAll(g.children(t, "nmod:from"));  // "dismissed an appeal from President Gbagbo"
        for (Dependency d : g.out(t)) {
            if ((d.relation().equals("amod") || d.relation().equals("compound"))
                    && participants.resolve(g, d.dependent()) != null) {
                agents.add(d.dependent());
            }
        }
        return agents;
    }

}
