package org.herodotus.events;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the attack that a death or injury without a named agent reports the toll of: "A car bomb
 * exploded in the market. Seven people were killed" is one attack, not two. An outcome mention
 * (a trigger the lexicon lists under {@code @outcome}, with no actor) belongs to the nearest other
 * assault mention in its own sentence, else in the sentence before, else in the sentence after.
 * An outcome with no attack near it stays an event of its own ("Two soldiers were killed on
 * Monday").
 */
final class OutcomeFolding {

    private static final String ASSAULT = "ASSAULT";
    /** How many sentences away the attack may be told. */
    private static final int REACH = 1;

    private final Predicate<String> outcome;

    /** Folding with {@code outcome} telling which head lemmas report a toll ("kill", "wound"). */
    OutcomeFolding(Predicate<String> outcome) {
        this.outcome = outcome;
    }

    /** For each outcome mention that has an attack near it, that attack's mention. */
    Map<Mention, Mention> hosts(List<Mention> mentions) {
        Map<Mention, Mention> hosts = new IdentityHashMap<>();
        for (Mention m : mentions) {
            if (!isOutcome(m)) {
                continue;
            }
            Mention best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Mention h : mentions) {
                if (h == m || !h.type().equals(ASSAULT) || isOutcome(h) || h.negated() != m.negated()
                        || !h.modality().equals(m.modality())) {
                    continue;
                }
                int d = h.sentence() - m.sentence();
                if (Math.abs(d) > REACH) {
                    continue;
                }
                // the same sentence, then nearer before after: "Seven were killed" follows its bomb
                int rank = d <= 0 ? -2 * d : 2 * d - 1 + (d == 0 ? 0 : 2);
                if (rank < bestRank) {
                    best = h;
                    bestRank = rank;
                }
            }
            if (best != null) {
                hosts.put(m, best);
            }
        }
        return hosts;
    }

    private boolean isOutcome(Mention m) {
        return m.type().equals(ASSAULT) && !m.nominal() && outcome.test(m.headLemma())
                && m.actors().stream().allMatch(p -> p.actorId() == null);
    }
}
