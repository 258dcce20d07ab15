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
 * Monday"). A toll whose doers are the attack's, told in the attack's sentence, belongs to it too
 * ("gunmen attacked a convoy, killing one soldier").
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
        // first the tolls told with their doers ("attacked a convoy, killing one soldier"), so
        // that no one takes such a toll for an attack of its own below
        for (Mention m : mentions) {
            if (isOutcome(m) && !agentless(m)) {
                for (Mention h : mentions) {
                    if (h != m && h.sentence() == m.sentence() && canHost(h, m) && !isOutcome(h) && sameDoers(h, m)) {
                        hosts.put(m, h);
                        break;
                    }
                }
            }
        }
        for (Mention m : mentions) {
            if (!isOutcome(m) || !agentless(m)) {
                continue;
            }
            Mention best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Mention h : mentions) {
                if (h == m || !canHost(h, m) || isOutcome(h) && agentless(h)) {
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
                hosts.put(m, hosts.getOrDefault(best, best));
            }
        }
        return hosts;
    }

    private static boolean canHost(Mention h, Mention toll) {
        return h.type().equals(ASSAULT) && h.negated() == toll.negated() && h.modality().equals(toll.modality());
    }

    private boolean isOutcome(Mention m) {
        return m.type().equals(ASSAULT) && !m.nominal() && outcome.test(m.headLemma());
    }

    private static boolean agentless(Mention m) {
        return m.actors().stream().allMatch(p -> p.actorId() == null);
    }

    /**
     * Whether the toll's doers are the attack's own: "gunmen attacked a convoy, killing one
     * soldier" tells one attack and its toll, the participle taking the attack's subject.
     */
    private static boolean sameDoers(Mention host, Mention toll) {
        java.util.Set<String> doers = new java.util.HashSet<>();
        host.actors().forEach(p -> {
            if (p.actorId() != null) {
                doers.add(p.actorId());
            }
        });
        return !doers.isEmpty() && toll.actors().stream().allMatch(p -> p.actorId() == null || doers.contains(p.actorId()))
                && toll.actors().stream().anyMatch(p -> p.actorId() != null);
    }
}
