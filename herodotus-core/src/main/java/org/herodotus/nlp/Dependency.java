package org.herodotus.nlp;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++).
 *
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation relation name, with its subtype ("nsubj", "obl:on", "nmod:poss")
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its subtype: "obl" for "obl:on". */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
