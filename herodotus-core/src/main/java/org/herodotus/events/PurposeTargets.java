package org.herodotus.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Token;

/**
 * The {@code purpose} role of a trigger: the clause that says what an act was for ("staged
 * demonstrations to demand reforms by President Suharto's government") and the party it is aimed
 * at, a fallback recipient for protests, blockades and the like.
 */
final class PurposeTargets {

    private final ParticipantResolver participants;

    PurposeTargets(ParticipantResolver participants) {
        this.participants = participants;
    }

    /**
     * The clauses that say what an act is for: a to-infinitive ("staged demonstrations to demand
     * reforms") or a participle ("demonstrated on Sunday calling for independence") hanging from
     * {@code head}.
     */
    static List<Integer> clauses(SentenceGraph g, int head) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : g.out(head)) {
            String b = d.baseRelation();
            int c = d.dependent();
            if (!(b.equals("advcl") || b.equals("acl") || b.equals("xcomp") || b.equals("dep"))
                    || d.relation().equals("acl:relcl") || !g.token(c).pos().startsWith("VB")) {
                continue;
            }
            if (g.hasMark(c, "to") || g.token(c).pos().equals("VBG") && g.children(c, "mark").isEmpty()) {
                r.add(c);
            }
        }
        return r;
    }

    /** Relations followed from a purpose clause to whom it is aimed at. */
    private static final Set<String> PURPOSE_PATH = Set.of("obj", "obl", "nsubj:pass", "xcomp", "ccomp", "nmod",
            "acl", "amod", "compound", "appos");

    /**
     * Whom a purpose clause is aimed at: the nearest actor with a country in it, breadth first
     * through objects, prepositions and what things are of or by: "to protest President Assad's
     * failure" (Assad), "to show their disapproval of the United States' policies" (the United
     * States), "to demand the return of property seized by Algerian forces" (the forces).
     */
    List<Integer> target(SentenceGraph g, List<Integer> clauses) {
        List<Integer> level = new ArrayList<>(clauses);
        Set<Integer> seen = new LinkedHashSet<>(clauses);
        for (int depth = 0; depth < 5 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int t : level) {
                for (Dependency d : g.out(t)) {
                    int c = d.dependent();
                    String b = d.baseRelation();
                    if (!PURPOSE_PATH.contains(b) && !d.relation().equals("nmod:poss") || !seen.add(c)) {
                        continue;
                    }
                    if (d.relation().equals("obl:tmod") || d.relation().equals("nmod:tmod")) {
                        continue;
                    }
                    next.add(c);
                }
            }
            next.sort(Comparator.naturalOrder());
            for (int c : next) {
                Token tok = g.token(c);
                if (tok.pos().startsWith("PRP") || g.inTimeExpression(tok)) {
                    continue;
                }
                Actor a = participants.resolve(g, c);
                if (a != null && a.country() != null) {
                    return List.of(c);
                }
            }
            level = next;
        }
        return List.of();
    }
}
