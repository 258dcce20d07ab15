package org.herodotus.events;

import java.util.List;
import java.util.Set;

/**
 * One line of a trigger lexicon: the words that name an event of a PLOVER type, and the
 * arguments they need.
 *
 * @param type       PLOVER event type
 * @param mode       PLOVER mode, null when none
 * @param verb       whether the head word is a verb (else a noun)
 * @param words      the lemmas, in text order
 * @param head       index in {@code words} of the head word
 * @param needs      every one of these must be satisfied
 * @param withouts   none of these may be satisfied
 * @param actorRoles where the actor is found, null for the type's default
 * @param recipientRoles where the recipient is found, null for the type's default
 * @param symmetric  every participant is an actor
 * @param origin     file and line the entry comes from, for messages
 */
record TriggerEntry(String type, String mode, boolean verb, List<String> words, int head, List<Need> needs,
                    List<Need> withouts, List<String> actorRoles, List<String> recipientRoles, boolean symmetric,
                    String origin) {

    TriggerEntry {
        words = List.copyOf(words);
        needs = List.copyOf(needs);
        withouts = List.copyOf(withouts);
        actorRoles = actorRoles == null ? null : List.copyOf(actorRoles);
        recipientRoles = recipientRoles == null ? null : List.copyOf(recipientRoles);
    }

    /** The head lemma. */
    String headWord() {
        return words.get(head);
    }

    /** How specific the entry is; the most specific of several matching entries wins. */
    int specificity() {
        int s = words.size() * 100;
        for (Need n : needs) {
            s += 10;
            for (Alt a : n.alts()) {
                if (!a.lemmas().isEmpty()) {
                    s += 5;
                    break;
                }
            }
        }
        if (actorRoles != null || recipientRoles != null) {
            s += 1;  // a variant with its own argument roles beats the plain form it refines
        }
        return s + withouts.size();
    }

    /**
     * A requirement: at least one of the alternatives holds.
     *
     * @param alts the alternatives
     */
    record Need(List<Alt> alts) {
        Need {
            alts = List.copyOf(alts);
        }
    }

    /**
     * One alternative of a requirement: the trigger has an argument in {@code role}, whose head lemma
     * is one of {@code lemmas} when that set is not empty.
     *
     * @param role   argument role
     * @param lemmas allowed head lemmas, empty for any
     */
    record Alt(String role, Set<String> lemmas) {
        Alt {
            lemmas = Set.copyOf(lemmas);
        }
    }
}
