package org.herodotus.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Token;

/**
 * Finds the triggers of a sentence: the entries of the trigger lexicon whose words appear with the
 * right part of speech and whose requirements ({@code need=}, {@code without=}) hold, and for a
 * noun the verb that reports it ("launched attacks").
 */
final class TriggerFinder {

    private final EventLexicon lexicon;
    private final ModalityLexicon modality;
    private final ArgumentRoles roles;
    private final ParticipantResolver participants;

    TriggerFinder(EventLexicon lexicon, ArgumentRoles roles, ParticipantResolver participants) {
        this.lexicon = lexicon;
        this.modality = lexicon.modality();
        this.roles = roles;
        this.participants = participants;
    }

    /** The triggers of a sentence, one per token, the most specific entry winning; in text order. */
    List<TriggerMatch> find(SentenceGraph g) {
        List<TriggerMatch> found = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            String pos = t.pos() == null ? "" : t.pos();
            if (pos.startsWith("NNP")) {
                continue;  // names: "the Battle of the Bulge" is not a battle the article reports
            }
            // a verb the tagger took for a noun ("they would blockade Paris"): the parse gives it away
            boolean verb = pos.startsWith("VB") || (pos.startsWith("NN") && (!g.children(i, "aux").isEmpty()
                    || !g.children(i, "obj").isEmpty()));
            boolean noun = pos.equals("NN") || pos.equals("NNS") || (pos.equals("VBG") && nominalUse(g, i));
            List<TriggerEntry> candidates = new ArrayList<>();
            if (verb) {
                candidates.addAll(lexicon.verbEntries(g.lemma(i)));
                if (!g.word(i).equals(g.lemma(i))) {
                    candidates.addAll(lexicon.verbEntries(g.word(i)));
                }
            }
            if (noun) {
                candidates.addAll(lexicon.nounEntries(g.lemma(i)));
                if (!g.word(i).equals(g.lemma(i))) {
                    candidates.addAll(lexicon.nounEntries(g.word(i)));
                }
            }
            TriggerMatch best = null;
            for (TriggerEntry e : candidates) {
                TriggerMatch m = align(g, e, i);
                if (m != null && satisfied(g, m) && (best == null
                        || e.specificity() > best.entry().specificity())) {
                    best = m;
                }
            }
            if (best != null) {
                found.add(best);
            }
        }
        // One trigger per token: the most specific wins ("air strike" over "strike").
        found.sort(Comparator.comparingInt((TriggerMatch m) -> -m.entry().specificity())
                .thenComparingInt(TriggerMatch::head));
        boolean[] used = new boolean[g.size()];
        List<TriggerMatch> kept = new ArrayList<>();
        for (TriggerMatch m : found) {
            boolean free = true;
            for (int k = m.first(); k <= m.last(); k++) {
                free &= !used[k];
            }
            if (free) {
                for (int k = m.first(); k <= m.last(); k++) {
                    used[k] = true;
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(TriggerMatch::head));
        return kept;
    }

    private static boolean nominalUse(SentenceGraph g, int i) {
        for (Dependency d : g.out(i)) {
            String r = d.relation();
            if (r.equals("det") || r.equals("nmod:poss") || r.equals("amod") || r.startsWith("nmod:")) {
                return true;
            }
        }
        return false;
    }

    private TriggerMatch align(SentenceGraph g, TriggerEntry e, int head) {
        int first = head - e.head();
        int last = first + e.words().size() - 1;
        if (first < 0 || last >= g.size()) {
            return null;
        }
        for (int k = 0; k < e.words().size(); k++) {
            if (!g.is(first + k, e.words().get(k))) {
                return null;
            }
        }
        int support = e.verb() ? -1 : supportVerb(g, head, e.symmetric());
        return new TriggerMatch(e, head, first, last, support);
    }

    /**
     * The verb that reports an event noun and lends it its subject: "launched attacks", "held talks",
     * "promised aid", or the verb a meeting noun is the setting of ("in a telephone call, he said").
     */
    private int supportVerb(SentenceGraph g, int noun, boolean symmetric) {
        Dependency h = g.head(noun);
        if (h == null) {
            return -1;
        }
        int v = h.governor();
        if (!g.token(v).pos().startsWith("VB")) {
            return -1;
        }
        String r = h.relation();
        if (r.equals("obj") || r.equals("nsubj:pass")) {
            String l = g.lemma(v);
            for (int prt : g.children(v, "compound:prt")) {
                if (lexicon.isSupport(l + "_" + g.lemma(prt))) {
                    return v;
                }
            }
            if (lexicon.isSupport(l)) {
                return v;
            }
            // "promised aid", "wants talks", "refused aid"; but "the attack was planned" was carried out
            if (r.equals("obj") && (modality.is("commit", l) || modality.is("prepare", l)
                    || modality.is("desire", l) || modality.is("negative", l))) {
                return v;
            }
        }
        if (symmetric && (r.equals("obl:in") || r.equals("obl:during") || r.equals("obl:after"))) {
            return v;
        }
        if (r.equals("obl:for") && modality.is("desire", g.lemma(v))) {
            return v;  // "called for sanctions", "pressed for talks": wanted, not done
        }
        return -1;
    }

    private boolean satisfied(SentenceGraph g, TriggerMatch m) {
        for (TriggerEntry.Need n : m.entry().needs()) {
            if (!holds(g, m, n)) {
                return false;
            }
        }
        for (TriggerEntry.Need n : m.entry().withouts()) {
            if (holds(g, m, n)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(SentenceGraph g, TriggerMatch m, TriggerEntry.Need need) {
        for (TriggerEntry.Alt a : need.alts()) {
            List<Integer> tokens = roles.role(g, m, a.role(), true);
            if (a.lemmas().isEmpty()) {
                if (!tokens.isEmpty()) {
                    return true;
                }
                continue;
            }
            for (int t : tokens) {
                if (named(g, t, a.lemmas())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an argument is one of {@code lemmas}: its head word, the noun a quantity stands for
     * ("part of a program"), a noun before it ("mediation efforts") or what it is "of" ("a state
     * of emergency"); an upper-case entry names a named-entity type ("PERSON", "LOCATION").
     */
    private boolean named(SentenceGraph g, int t, Set<String> lemmas) {
        List<Integer> look = new ArrayList<>();
        look.add(t);
        look.add(participants.lookThrough(g, t));
        look.addAll(g.children(t, "compound"));
        look.addAll(g.children(t, "amod"));
        look.addAll(g.children(t, "nmod:of"));
        for (int k : look) {
            if (lemmas.contains(g.lemma(k)) || lemmas.contains(g.word(k)) || lemmas.contains(g.token(k).ner())) {
                return true;
            }
        }
        // ACTOR: the argument names someone ("met the president", not "met his fiscal rules")
        return lemmas.contains("ACTOR") && (participants.actorAt(g, t) != null || named(g, t));
    }

    /** Whether the argument's own words name an actor: its head, or a name or adjective in front of it. */
    private boolean named(SentenceGraph g, int t) {
        for (Dependency d : g.out(t)) {
            String r = d.relation();
            if ((r.equals("compound") || r.equals("amod") || r.equals("flat"))
                    && participants.actorAt(g, d.dependent()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The tokens that make a verb trigger what it is ("lift" + "embargo"): no event of their own. */
    Set<Integer> consumed(SentenceGraph g, TriggerMatch m) {
        Set<Integer> r = new LinkedHashSet<>();
        for (TriggerEntry.Need n : m.entry().needs()) {
            for (TriggerEntry.Alt a : n.alts()) {
                if (a.lemmas().isEmpty()) {
                    continue;
                }
                for (int t : roles.role(g, m, a.role(), true)) {
                    if (named(g, t, a.lemmas())) {
                        r.add(t);
                        r.add(participants.lookThrough(g, t));
                        r.addAll(g.children(t, "nmod:of"));
                    }
                }
            }
        }
        return r;
    }

}
