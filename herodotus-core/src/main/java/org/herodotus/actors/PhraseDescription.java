package org.herodotus.actors;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a noun phrase (a title, an apposition, an agent phrase) says about an actor: its country,
 * the organisation or person named inside it, its head word and the sector the head and its
 * modifiers give. Filled by {@link PhraseDescriber}; mutable while the words are read.
 */
final class PhraseDescription {
    String country;
    String headSector;
    boolean headGeneric;
    String modifierSector;
    boolean former;
    /** A person's title stands right before the name ("President", "Vice President"). */
    boolean personTitle;
    /** The people an ethnic group phrase names ("Turks" in "ethnic Turks"), else null. */
    String ethnonym;
    /** A word in the phrase says the actor is not presumed local ("analysts", "peacekeepers"). */
    boolean external;
    /** A word in the phrase says the actor is local ("local partners"). */
    boolean local;
    NamedActor org;
    NamedActor personInside;
    final Set<String> titles = new LinkedHashSet<>();
    AgentTerm head;
    int headToken = -1;

    boolean saysSomething() {
        return head != null || org != null;
    }

    /**
     * The sector the phrase gives: a former office holder is an elite; a specific head word
     * ("soldiers") decides unless a modifier makes it rebels, armed forces or opposition ("rebel
     * soldiers"); else the modifier, else the generic head.
     */
    String sector() {
        if (former) {
            return "ELI";
        }
        if (head != null && !headGeneric && headSector != null) {
            // PLOVER sector codes, not words: this rule is about the codes, so it names them here
            if (modifierSector != null && Set.of("REB", "UAF", "OPP").contains(modifierSector)) {
                return modifierSector;
            }
            return headSector;
        }
        if (modifierSector != null) {
            return modifierSector;
        }
        return headSector;
    }
}
