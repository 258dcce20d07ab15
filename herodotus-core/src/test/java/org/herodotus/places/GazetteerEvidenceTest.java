package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/** What the gazetteer says of a capitalised word the recogniser did not call a place. */
class GazetteerEvidenceTest {

    private static final GazetteerEvidence EVIDENCE = new GazetteerEvidence(TestGazetteer.G);

    private static String key(String name) {
        return Names.normalize(name);
    }

    @Test
    void aCapitalOrRegionIsTrustedOnItsOwn() {
        assertThat(EVIDENCE.strongPlace(key("Baghdad"), false)).isTrue();
        assertThat(EVIDENCE.strongPlace(key("Nineveh"), false)).isTrue();
    }

    @Test
    void aSmallTownIsTrustedOnlyWhereAnyPopulatedPlaceWouldBe() {
        assertThat(EVIDENCE.strongPlace(key("Al Qayyarah"), false)).isFalse();
        assertThat(EVIDENCE.strongPlace(key("Al Qayyarah"), true)).isTrue();
    }

    @Test
    void anOwnNameWithoutItsArticleCountsButAnUnknownNameDoesNot() {
        assertThat(EVIDENCE.strongPlace(key("Anbar"), false)).isTrue();  // the region "Al Anbar"
        assertThat(EVIDENCE.strongPlace(key("Fornost"), true)).isFalse();
    }

    @Test
    void anAirbasesOwnNameIsAnAirfield() {
        assertThat(EVIDENCE.strongAirfield(key("Ain al-Asad"))).isTrue();
        assertThat(EVIDENCE.strongAirfield(key("Baghdad"))).isFalse();
    }

    @Test
    void oneSpellingErrorFromAPlacesNameIsStillThatPlace() {
        assertThat(EVIDENCE.fuzzyPlace(key("Baghdadd"))).isTrue();
        assertThat(EVIDENCE.fuzzyPlace(key("Atlantis"))).isFalse();
    }

    @Test
    void oneEditFromAHamletIsNoPlace() {
        assertThat(EVIDENCE.fuzzyPlace(key("Tumblr"))).isFalse(); // Tumble, Wales: some 4,000 people
    }

    @Test
    void knowsACountrysNameBeforeAToken() {
        List<Token> us = List.of(new Token(0, 0, 2, "US", "NNP", "US", "LOCATION"),
                new Token(1, 3, 9, "prison", "NN", "prison", "O"));
        assertThat(EVIDENCE.countryName(us, 1)).isTrue();
        List<Token> mosul = List.of(new Token(0, 0, 5, "Mosul", "NNP", "Mosul", "LOCATION"),
                new Token(1, 6, 12, "prison", "NN", "prison", "O"));
        assertThat(EVIDENCE.countryName(mosul, 1)).isFalse();
    }
}
