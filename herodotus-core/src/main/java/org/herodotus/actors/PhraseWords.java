package org.herodotus.actors;

import java.util.Set;

/** The closed word classes the actor mention rules read: prepositions, place heads, noun-phrase tags. */
final class PhraseWords {

    /** Words after a country name that make it a place ("Baghdad airport", "Basra province"). */
    static final Set<String> PLACE_HEADS = Set.of("airport", "international", "province", "city", "governorate",
            "region", "district", "neighbourhood", "neighborhood", "suburb", "street", "streets", "residents", "square",
            "university", "hospital", "embassy", "area", "base", "county", "state", "metropolitan", "stock", "office");
    /** Words that may stand between a preposition and the place ("in southern Lebanon"). */
    static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern");
    /** Prepositions after an agent phrase that join a country to it ("students throughout Indonesia"). */
    static final Set<String> OWN_PLACE = Set.of("of", "in", "from", "throughout", "across", "inside",
            "within");
    /** The part-of-speech tags a noun phrase is made of. */
    static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "PRP$", "POS", "HYPH");

    private PhraseWords() {
    }
}
