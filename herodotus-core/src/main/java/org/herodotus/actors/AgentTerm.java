package org.herodotus.actors;

import java.util.Set;

/**
 * A word or phrase of the agents lexicon: what kind of actor a noun phrase names ("army" → MIL,
 * "journalists" → JRN), or what a title or modifier says about one.
 *
 * @param term    the words, in lower case
 * @param sector  PLOVER sector, null when the term names an actor of no particular sector
 * @param country code the term itself gives (an imported "NGO~" agent), usually null
 * @param kinds   how the term is used
 */
record AgentTerm(String term, String sector, String country, Set<Kind> kinds) {

    AgentTerm {
        kinds = Set.copyOf(kinds);
    }

    /** Uses of an agent term. */
    enum Kind {
        /** Heads a phrase naming an actor. */
        AGENT,
        /** Heads a phrase naming an actor, but a sector modifier in the phrase wins. */
        GENERIC,
        /** May stand before a person's name. */
        TITLE,
        /** Before another noun, sets the sector. */
        MODIFIER,
        /** Marks a former office holder. */
        FORMER,
        /**
         * The actor is not presumed to belong to the country where the events take place
         * ("analysts", "peacekeepers"): it takes no country from the context.
         */
        EXTERNAL,
        /**
         * Names a relation to someone else ("ally", "rival"): a country before it is the other
         * party's ("Israel's ally" is not Israel).
         */
        RELATIONAL,
        /**
         * A place that belongs to an actor ("base", "embassy"): the phrase names that actor only
         * when it says whose the place is ("US military bases" → USA, MIL; "the base" names no one).
         */
        FACILITY,
        /**
         * The actor belongs where the events happen ("local partners"): only a place gives its
         * country, never a neighbouring actor.
         */
        LOCAL,
        /**
         * A definite phrase headed by the term that names nothing else ("the group", "the
         * militia") refers back to the group last named, in its sentence or the three before.
         */
        ANAPHOR
    }

    /** Whether the term can head a phrase that names an actor. */
    boolean heads() {
        return kinds.contains(Kind.AGENT) || kinds.contains(Kind.GENERIC);
    }
}
