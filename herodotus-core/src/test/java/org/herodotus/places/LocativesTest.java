package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.places.Locatives.Use;
import org.junit.jupiter.api.Test;

/** The locative words come from one file, each for the rules its line names. */
class LocativesTest {

    private final Locatives locatives = Locatives.defaults();

    @Test
    void theWherePrepositionsAreTriedInTheOrderOfTheFile() {
        // "deploy peacekeepers in Iraq" before "moved into Iraq": the order decides which argument comes first
        assertThat(locatives.words(Use.WHERE)).containsExactly("in", "into", "inside", "across", "throughout");
    }

    @Test
    void aCompassWordIntroducesAToponymButTiesNoEventToAPlace() {
        // "north Baghdad" is a place; "attacks north" says nothing of where they were
        assertThat(locatives.words(Use.TOPONYM)).contains("north", "and");
        assertThat(locatives.words(Use.EVENT)).doesNotContain("north", "and");
    }

    @Test
    void ofMakesACapitalThePlaceButIsNoPlacePrepositionOfAnEvent() {
        // "the people of Baghdad" is the city; "the bombing of Baghdad" is its target, not where
        assertThat(locatives.words(Use.CAPITAL)).contains("of");
        assertThat(locatives.words(Use.EVENT)).doesNotContain("of");
        assertThat(locatives.words(Use.COUNTRY)).containsExactlyInAnyOrder("in", "inside", "across", "throughout", "within");
    }
}
