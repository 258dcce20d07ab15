package org.herodotus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.herodotus.nlp.Dependency;
import org.herodotus.places.Locatives;

/**
 * Finds the tokens that fill an argument role of a trigger in the dependency graph: subject,
 * object, prepositions, clause complements, where it happened, what it was for (the role names of
 * the trigger lexicon, see {@code docs/events.md}). For a noun trigger, the verb that reports it
 * lends its subject and prepositions.
 */
final class ArgumentRoles {

    /** Where the recipient of an action in a complement clause is found. */
    private static final List<String> COMPLEMENT_RECIPIENTS = List.of("obj", "iobj", "to", "against", "with", "on",
            "where");
    /** Prepositions that name where an action took place, tried in the data file's order. */
    private static final Set<String> PLACE_PREPOSITIONS = Locatives.defaults().words(Locatives.Use.WHERE);


    private final ModalityLexicon modality;
    private final EventLexicon lexicon;
    private final ParticipantResolver participants;
    private final PurposeTargets purposes;

    ArgumentRoles(EventLexicon lexicon, ParticipantResolver participants) {
        this.modality = lexicon.modality();
        this.lexicon = lexicon;
        this.participants = participants;
        this.purposes = new PurposeTargets(participants);
    }

    /** The tokens filling {@code role} of a matched trigger; {@code forNeed} when checking a requirement. */
    List<Integer> role(SentenceGraph g, TriggerMatch m, String role, boolean forNeed) {
        if (m.entry().verb()) {
            return verbRole(g, m.head(), role, forNeed);
        }
        return nounRole(g, m, role, forNeed);
    }

    /** The tokens filling {@code role} of the verb at {@code v}. */
    List<Integer> verbRole(SentenceGraph g, int v, String role, boolean forNeed) {
        List<Integer> r = new ArrayList<>();
        switch (role) {
            case "subj" -> {
                if (g.passive(v)) {
                    r.addAll(g.children(v, "obl:agent"));
                    r.addAll(g.children(v, "obl:by"));
                } else {
                    r.addAll(g.children(v, "nsubj"));
                    r.addAll(g.children(v, "nsubj:xsubj"));
                    if (r.isEmpty()) {
                        r.addAll(inheritedSubject(g, v));
                    }
                }
            }
            case "obj" -> r.addAll(g.passive(v) ? g.children(v, "nsubj:pass") : g.children(v, "obj"));
            case "iobj" -> r.addAll(g.children(v, "iobj"));
            case "by" -> {
                r.addAll(g.children(v, "obl:agent"));
                r.addAll(g.children(v, "obl:by"));
            }
            case "comp" -> {
                for (int c : g.children(v, "ccomp")) {
                    if (!question(g, c)) {
                        r.add(c);
                    }
                }
                r.addAll(g.children(v, "xcomp"));
            }
            case "compsubj" -> {
                for (int c : verbRole(g, v, "comp", forNeed)) {
                    r.addAll(g.children(c, "nsubj"));
                    r.addAll(g.children(c, "nsubj:pass"));
                }
            }
            case "compaux" -> {
                for (int c : g.children(v, "ccomp")) {
                    r.addAll(g.children(c, "aux"));
                }
            }
            case "where" -> {
                // where the action took place, as a last resort for its recipient: "invaded South
                // Lebanon", "reimposed blockades in the West Bank", "deploy peacekeepers in Iraq"
                for (String prep : PLACE_PREPOSITIONS) {
                    r.addAll(g.children(v, "obl:" + prep));
                    for (int o : g.children(v, "obj")) {
                        r.addAll(g.children(o, "nmod:" + prep));
                        for (Dependency d : g.out(o)) {
                            if (d.relation().equals("acl") && g.token(d.dependent()).pos().equals("VBN")) {
                                // "shortened the curfew imposed in Sudan"
                                r.addAll(g.children(d.dependent(), "obl:" + prep));
                            }
                        }
                    }
                }
            }
            case "comprecipient" -> {
                // "offered to hand over to Great Britain", "threatened to impose restrictions against
                // German goods", "refused to meet Jordan's King": the promised, threatened or refused
                // action's recipient
                List<Integer> complements = new ArrayList<>(g.children(v, "xcomp"));
                complements.addAll(g.children(v, "ccomp"));
                for (int c : complements) {
                    for (String inner : COMPLEMENT_RECIPIENTS) {
                        r.addAll(verbRole(g, c, inner, forNeed));
                    }
                }
                for (int o : g.childrenBase(v, "obl")) {
                    if (g.children(v, "obl:for").contains(o)) {
                        for (Dependency d : g.out(o)) {
                            if (d.relation().equals("nmod:against") || d.relation().equals("nmod:on")) {
                                r.add(d.dependent());  // "called for sanctions against Nigeria"
                            }
                        }
                    }
                }
            }
            case "purpose" -> r.addAll(purposes.target(g, PurposeTargets.clauses(g, v)));
            case "condition" -> {
                // "threatened to strike unless Israel rescinded the annexation": who must act
                List<Integer> heads = new ArrayList<>(List.of(v));
                heads.addAll(g.children(v, "xcomp"));
                heads.addAll(g.children(v, "ccomp"));
                for (int h : heads) {
                    for (Dependency d : g.out(h)) {
                        if (d.baseRelation().equals("advcl")) {
                            String mark = g.markerOf(d.relation(), d.dependent());
                            if (mark != null && modality.is("condition", mark)) {
                                r.addAll(g.children(d.dependent(), "nsubj"));
                            }
                        }
                    }
                }
            }
            case "poss", "mod", "targeting" -> {
            }
            default -> {
                prepositional(g, v, "obl:", role, forNeed, r);
                if (r.isEmpty()) {
                    // a prepositional phrase the parser hung on the object instead of the verb:
                    // "broke off relations with Congo", "spoke about the issue with the premier"
                    for (int o : g.children(v, "obj")) {
                        r.addAll(g.children(o, "nmod:" + role));
                        int real = participants.lookThrough(g, o);
                        if (real != o) {
                            r.addAll(g.children(real, "nmod:" + role));  // "suspended part of a program for Bosnia"
                        }
                    }
                    if (r.isEmpty()) {
                        for (int o : g.childrenBase(v, "obl")) {
                            r.addAll(g.children(o, "nmod:" + role));
                        }
                    }
                }
            }
        }
        return r;
    }

    /**
     * The subject a verb without one shares with the clause it hangs from: "blocked roads demanding
     * that …", "issued a declaration demanding that …", "resorted to throwing stones".
     */
    private List<Integer> inheritedSubject(SentenceGraph g, int v) {
        String pos = g.token(v).pos();
        Dependency h = g.head(v);
        if (h == null) {
            return List.of();
        }
        if ((pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) && h.relation().equals("acl")
                && h.governor() < v && participants.resolve(g, h.governor()) != null) {
            // a finite verb is never a reduced relative: "after bodyguards loyal to his sons fired
            // at spectators" is a clause the parser hung from its subject
            return List.of(h.governor());
        }
        boolean finiteConjunct = h.baseRelation().equals("conj") && pos.startsWith("VB");
        if (!(pos.equals("VBG") || pos.equals("VBN") || pos.equals("VB") || finiteConjunct)) {
            return List.of();
        }
        String b = h.baseRelation();
        int gov = h.governor();
        if (b.equals("advcl") && pos.equals("VBN") && g.children(v, "aux").isEmpty()) {
            return List.of();  // "Asked about the talks, the minister said …": the minister was asked
        }
        if (b.equals("acl") && !h.relation().equals("acl:relcl")) {
            if (v < gov && participants.resolve(g, gov) != null) {
                return List.of(gov);  // "Jordan's visiting King": the king visits
            }
            Dependency nh = g.head(gov);  // "issued a declaration demanding …": the declaration's author
            if (nh == null || !g.token(nh.governor()).isVerb() || g.passive(nh.governor())) {
                return List.of();
            }
            gov = nh.governor();
        } else if (!(b.equals("advcl") || b.equals("xcomp") || b.equals("conj") || b.equals("dep"))) {
            return List.of();
        }
        if (!g.token(gov).isVerb() || g.passive(gov)) {
            return List.of();
        }
        List<Integer> r = new ArrayList<>(g.children(gov, "nsubj"));
        r.addAll(g.children(gov, "nsubj:xsubj"));
        return r;
    }

    /**
     * Who a verb of accusing says did the deed the noun {@code n} names: its object, or the subject
     * of its passive ("accused the general of torture", "he is accused of rape", "was charged with
     * murder", "arrested two men for the killing").
     */
    private List<Integer> accused(SentenceGraph g, int n) {
        Dependency h = g.head(n);
        if (h == null || h.governor() < 0) {
            return List.of();
        }
        String rel = h.relation();
        if (!(rel.equals("obl:of") || rel.equals("obl:with") || rel.equals("obl:for") || rel.equals("obl:over"))) {
            return List.of();
        }
        int v = h.governor();
        if (!lexicon.isAccusing(g.lemma(v))) {
            return List.of();
        }
        return g.passive(v) ? g.children(v, "nsubj:pass") : g.children(v, "obj");
    }

    private List<Integer> nounRole(SentenceGraph g, TriggerMatch m, String role, boolean forNeed) {
        int n = m.head();
        int sv = m.support();
        List<Integer> r = new ArrayList<>();
        switch (role) {
            case "subj" -> {
                if (sv >= 0) {
                    r.addAll(verbRole(g, sv, "subj", forNeed));
                }
            }
            case "obj", "iobj", "compaux" -> {
            }
            case "poss" -> r.addAll(g.children(n, "nmod:poss"));
            // "Wang's arrest" was done to Wang, "the army's arrest of Wang" by the army: a
            // possessor is the undergoer unless an of-phrase takes that part
            case "posspatient" -> {
                if (g.children(n, "nmod:of").isEmpty()) {
                    r.addAll(g.children(n, "nmod:poss"));
                }
            }
            case "possagent" -> {
                if (!g.children(n, "nmod:of").isEmpty()) {
                    r.addAll(g.children(n, "nmod:poss"));
                }
            }
            case "accused" -> r.addAll(accused(g, n));
            case "by" -> {
                r.addAll(g.children(n, "nmod:by"));
                r.addAll(g.children(n, "nmod:agent"));
                if (sv >= 0) {
                    r.addAll(verbRole(g, sv, "subj", forNeed));
                }
            }
            case "mod" -> {
                for (Dependency d : g.out(n)) {
                    String rel = d.relation();
                    int c = d.dependent();
                    if ((rel.equals("compound") || rel.equals("amod")) && (c < m.first() || c > m.last())) {
                        r.add(c);
                    }
                }
            }
            case "comp" -> {
                r.addAll(g.children(n, "ccomp"));
                for (Dependency d : g.out(n)) {
                    if (d.baseRelation().equals("acl") && !d.relation().equals("acl:relcl")) {
                        r.add(d.dependent());
                    }
                }
            }
            case "compsubj" -> {
                for (int c : nounRole(g, m, "comp", forNeed)) {
                    r.addAll(g.children(c, "nsubj"));
                    r.addAll(g.children(c, "nsubj:pass"));
                }
            }
            case "where" -> {
                for (String prep : PLACE_PREPOSITIONS) {
                    r.addAll(g.children(n, "nmod:" + prep));
                    if (sv >= 0) {
                        r.addAll(g.children(sv, "obl:" + prep));
                    }
                }
            }
            case "purpose" -> {
                List<Integer> clauses = new ArrayList<>(PurposeTargets.clauses(g, n));
                if (sv >= 0) {
                    clauses.addAll(PurposeTargets.clauses(g, sv));
                }
                r.addAll(purposes.target(g, clauses));
            }
            case "targeting" -> {
                for (Dependency d : g.out(n)) {
                    if (d.baseRelation().equals("acl") && g.lemma(d.dependent()).equals("target")) {
                        r.addAll(g.children(d.dependent(), "obj"));
                    }
                }
            }
            default -> {
                prepositional(g, n, "nmod:", role, forNeed, r);
                if (role.equals("from")) {
                    // "the expulsion of diplomats from Albania", "the withdrawal of troops from
                    // Syria": the parser hangs the from-phrase on what is moved
                    for (int of : g.children(n, "nmod:of")) {
                        r.addAll(g.children(of, "nmod:from"));
                    }
                }
                if (sv >= 0) {
                    prepositional(g, sv, "obl:", role, forNeed, r);
                }
            }
        }
        return r;
    }

    private static void prepositional(SentenceGraph g, int head, String prefix, String prep, boolean forNeed,
                                      List<Integer> r) {
        r.addAll(g.children(head, prefix + prep));
        for (Dependency d : g.out(head)) {
            String rel = d.relation();
            int c = d.dependent();
            if ((rel.equals("compound:prt") || rel.equals("advmod")) && g.lemma(c).equals(prep)) {
                r.add(c);
            } else if (forNeed && (rel.equals("acl:" + prep) || rel.equals("advcl:" + prep))) {
                r.add(c);
            } else if ((rel.startsWith("advcl") || rel.startsWith("acl")) && !rel.equals("acl:relcl")
                    && c > head && g.hasMark(c, prep)) {
                // "called on the UN to continue its aid": parsers read "on the UN to continue" as a
                // clause the preposition marks, with the UN as its subject
                r.addAll(g.children(c, "nsubj"));
            }
        }
    }

    /**
     * Whether a complement clause is a question ("asked why the women stayed silent", "wondered
     * whether the talks would resume"): it reports no request, demand or promise.
     */
    private static boolean question(SentenceGraph g, int clause) {
        if (g.hasChild(clause, "mark", l -> l.equals("whether"))) {
            return true;
        }
        for (Dependency d : g.out(clause)) {
            int c = d.dependent();
            String pos = g.token(c).pos();
            if (c < clause && (pos.equals("WRB") || pos.equals("WP") || pos.equals("WDT") || pos.equals("WP$"))) {
                return true;
            }
        }
        return false;
    }
}
