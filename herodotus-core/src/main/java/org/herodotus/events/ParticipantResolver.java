package org.herodotus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Token;

/**
 * Resolves an argument token to who it names: a known actor (by its head, a name or adjective
 * before it, its possessor, what it is "of"), the speaker a pronoun in reported speech stands for,
 * or a new actor when its words tell its country or sector; and widens an argument to the ones
 * coordinated with it. One instance per document.
 */
final class ParticipantResolver {

    // The recogniser's labels for what is never an actor: its tag set, so code, not a word list.
    private static final Set<String> NON_ACTOR_NER = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL",
            "PERCENT", "MONEY", "SET");
    private static final Set<String> PRONOUNS = EventWords.of("pronouns");
    /**
     * Words that stand for a group the text told of before ("most of the others were released",
     * "all those detained"): a participant, though not an actor.
     */
    private static final Set<String> GROUP_WORDS = EventWords.of("group-words");
    private static final Set<String> SPEAKER_PRONOUNS = EventWords.of("speaker-pronouns");

    private final EventLexicon lexicon;
    private final ModalityLexicon modality;
    private final DocumentActors actors;

    ParticipantResolver(EventLexicon lexicon, DocumentActors actors) {
        this.lexicon = lexicon;
        this.modality = lexicon.modality();
        this.actors = actors;
    }

    /** Follows "a wave of attacks", "a column of reinforcements" to the noun that matters. */
    int lookThrough(SentenceGraph g, int t) {
        int cur = t;
        for (int depth = 0; depth < 3 && lexicon.isQuantity(g.lemma(cur)); depth++) {
            List<Integer> of = g.children(cur, "nmod:of");
            if (of.isEmpty()) {
                break;
            }
            cur = of.get(0);
        }
        return cur;
    }

    /**
     * Country words coordinated before a noun ("Hungarian and Romanian officials", "US and British
     * forces"): each names a participant of its own. The first is the noun's own modifier.
     */
    List<Integer> coordinatedModifiers(SentenceGraph g, int t) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : g.out(t)) {
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                for (Dependency c : g.out(d.dependent())) {
                    if (c.baseRelation().equals("conj") && c.dependent() < t) {
                        r.add(d.dependent());
                        r.add(c.dependent());
                    }
                }
            }
        }
        return r;
    }

    /** The argument and the arguments coordinated with it ("Jordan and Britain"). */
    List<Integer> expand(SentenceGraph g, int t) {
        List<Integer> r = new ArrayList<>();
        int real = lookThrough(g, t);
        r.add(real);
        for (Dependency d : g.out(real)) {
            if (d.baseRelation().equals("conj")) {
                r.add(lookThrough(g, d.dependent()));
            }
        }
        return r;
    }

    Mention.Participant participant(SentenceGraph g, int t, boolean mustResolve) {
        Token tok = g.token(t);
        Actor a = resolve(g, t);
        if (a == null) {
            a = speaker(g, t);
        }
        Span span = new Span(tok.start(), tok.end());
        if (a == null && (NON_ACTOR_NER.contains(tok.ner()) || g.inTimeExpression(tok))) {
            return null;
        }
        boolean noun = tok.isNoun() || taggedAdjective(g, t);
        if (a == null && !mustResolve && actors.canAdd() && noun && !PRONOUNS.contains(g.lemma(t))) {
            a = newActor(g, t);
        }
        if (a != null) {
            return new Mention.Participant(a.id(), "a:" + a.id(), a.country(), g.lemma(t), span);
        }
        if (!mustResolve && standsForGroup(g.lemma(t))) {
            return new Mention.Participant(null, "w:" + g.lemma(t), null, g.lemma(t), span);
        }
        if (mustResolve || PRONOUNS.contains(g.lemma(t)) || !(noun || tok.pos().startsWith("PRP"))) {
            return null;
        }
        return new Mention.Participant(null, "w:" + g.lemma(t), null, g.lemma(t), span);
    }

    /** Whether a participant's lemma stands for a group told of before ("Most were released"). */
    static boolean standsForGroup(String lemma) {
        return lemma != null && GROUP_WORDS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A word the tagger took for an adjective though it heads a subject or object after a
     * determiner ("the corporal had been arrested", "the wounded were flown out"): the parse
     * shows it is a noun phrase.
     */
    private static boolean taggedAdjective(SentenceGraph g, int t) {
        if (!g.token(t).pos().startsWith("JJ") || g.children(t, "det").isEmpty()) {
            return false;
        }
        Dependency h = g.head(t);
        return h != null && (h.baseRelation().equals("nsubj") || h.relation().equals("nsubj:pass")
                || h.relation().equals("obj"));
    }

    /**
     * An actor for a noun phrase no known actor covers ("local partners", "Islamic State militants"),
     * kept only when its words tell its country or sector.
     */
    private Actor newActor(SentenceGraph g, int head) {
        int first = head;
        int last = head;
        List<Integer> todo = new ArrayList<>(List.of(head));
        while (!todo.isEmpty()) {
            int cur = todo.remove(todo.size() - 1);
            for (Dependency d : g.out(cur)) {
                String r = d.relation();
                if (r.equals("amod") || r.equals("compound") || r.equals("nummod") || r.equals("flat")
                        || r.equals("nmod:poss")) {
                    first = Math.min(first, d.dependent());
                    last = Math.max(last, d.dependent());
                    todo.add(d.dependent());
                }
            }
        }
        return actors.add(g.token(first).start(), g.token(last).end());
    }

    /**
     * The actor an argument names: its head word, else a name or adjective before it ("US bases"),
     * else its possessor, else what it is "of" ("leaders of Romania's government").
     */
    Actor resolve(SentenceGraph g, int t) {
        return resolve(g, t, 0);
    }

    private Actor resolve(SentenceGraph g, int t, int depth) {
        Actor a = actorAt(g, t);
        if (a != null && a.country() == null) {
            // "leaders of Romania's new government": an actor of unknown country is less telling
            // than the country its words name
            Actor inner = resolveInside(g, t, depth);
            return inner != null && inner.country() != null ? inner : a;
        }
        if (a != null) {
            return a;
        }
        return resolveInside(g, t, depth);
    }

    private Actor resolveInside(SentenceGraph g, int t, int depth) {
        Actor a;
        for (Dependency d : g.out(t)) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.equals("flat")
                    || r.equals("appos")) {
                a = actorAt(g, d.dependent());
                if (a != null) {
                    return a;
                }
            }
        }
        if (depth < 2) {
            for (int of : g.children(t, "nmod:of")) {
                a = resolve(g, of, depth + 1);
                if (a != null) {
                    return a;
                }
            }
            // "an appeal from President Gbagbo", "demands by the rebels": whose the thing is
        }
        if (depth == 0) {
            List<Integer> authors = new ArrayList<>(g.children(t, "nmod:from"));
            authors.addAll(g.children(t, "nmod:by"));
            authors.addAll(g.children(t, "nmod:agent"));
            for (int by : authors) {
                a = resolve(g, by, depth + 1);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /**
     * A pronoun argument in reported speech names the speaker: "Syria says it is willing to
     * withdraw", "Bosnian Serbs said their forces had completed their withdrawal".
     */
    private Actor speaker(SentenceGraph g, int t) {
        int pronoun = -1;
        if (SPEAKER_PRONOUNS.contains(g.lemma(t))) {
            pronoun = t;
        } else {
            for (int p : g.children(t, "nmod:poss")) {
                if (SPEAKER_PRONOUNS.contains(g.lemma(p))) {
                    pronoun = p;
                }
            }
        }
        if (pronoun < 0) {
            return null;
        }
        if (pronoun != t) {
            // "the ILO reiterated its demand": a possessive on the verb's own object or complement
            Dependency h = g.head(t);
            if (h != null && g.token(h.governor()).isVerb() && (h.relation().equals("obj")
                    || h.baseRelation().equals("obl"))) {
                for (int s : g.children(h.governor(), "nsubj")) {
                    if (!PRONOUNS.contains(g.lemma(s))) {
                        Actor a = resolve(g, s);
                        if (a != null) {
                            return a;
                        }
                    }
                }
            }
        }
        // climb from the pronoun's clause to a reporting or committing verb and take its subject
        int cur = t;
        for (int depth = 0; depth < 6; depth++) {
            Dependency h = g.head(cur);
            if (h == null) {
                return null;
            }
            String b = h.baseRelation();
            int gov = h.governor();
            if ((b.equals("ccomp") || b.equals("xcomp")) && (modality.is("transparent", g.lemma(gov))
                    || modality.is("commit", g.lemma(gov)) || modality.is("prepare", g.lemma(gov)))) {
                for (int s : g.children(gov, "nsubj")) {
                    if (!PRONOUNS.contains(g.lemma(s))) {
                        return resolve(g, s);
                    }
                }
                return null;
            }
            if (!(b.equals("nsubj") || b.equals("nsubj:pass") || b.equals("obj") || b.startsWith("nmod")
                    || b.equals("xcomp") || b.equals("ccomp") || b.equals("conj"))) {
                return null;
            }
            cur = gov;
        }
        return null;
    }

    Actor actorAt(SentenceGraph g, int t) {
        return actors.at(g.token(t));
    }
}
