package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/** The word cues that a capitalised word is, or is not, a place. */
class PlaceCuesTest {

    /** Tokens of space-separated {@code word/POS} pairs. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String pair : tagged.split(" ")) {
            int slash = pair.lastIndexOf('/');
            String word = pair.substring(0, slash);
            out.add(new Token(out.size(), at, at + word.length(), word, pair.substring(slash + 1), word, "O"));
            at += word.length() + 1;
        }
        return out;
    }

    @Test
    void aPrepositionOrAPlaceNounOfMakesTheNextWordALikelyPlace() {
        assertThat(PlaceCues.locativeBefore(tokens("fighting/NN near/IN Qayyrah/NNP"), 2)).isTrue();
        assertThat(PlaceCues.locativeBefore(tokens("the/DT province/NN of/IN Idlib/NNP"), 3)).isTrue();
        assertThat(PlaceCues.locativeBefore(tokens("the/DT president/NN of/IN Fornost/NNP"), 3)).isFalse();
        assertThat(PlaceCues.locativeBefore(tokens("Fornost/NNP said/VBD"), 0)).isFalse();
    }

    @Test
    void andContinuesALocativeListOnly() {
        assertThat(PlaceCues.locativeBefore(tokens("in/IN Belgium/NNP and/CC Luxembourg/NNP"), 3)).isTrue();
        assertThat(PlaceCues.locativeBefore(tokens("Smith/NNP and/CC Jones/NNP"), 2)).isFalse();
    }

    @Test
    void aLowerCaseNounAfterANameUsesItAsAnAdjective() {
        assertThat(PlaceCues.adjectival(tokens("the/DT English/JJ city/NN"), 2)).isTrue();
        assertThat(PlaceCues.adjectival(tokens("Belgium/NNP and/CC Luxembourg/NNP"), 1)).isFalse();
        assertThat(PlaceCues.adjectival(tokens("in/IN Chechnya/NNP"), 2)).isFalse();
    }

    @Test
    void aHeadlineInTitleCaseSaysNothingByItsCapitals() {
        assertThat(PlaceCues.titleCase(tokens("Police/NNP Station/NNP Attacked/VBN In/IN Kabul/NNP"))).isTrue();
        assertThat(PlaceCues.titleCase(tokens("Police/NNS attacked/VBD a/DT station/NN in/IN Kabul/NNP"))).isFalse();
    }

    @Test
    void monthsWeekdaysAndCompassPointsAreNoPlacesAlone() {
        assertThat(PlaceCues.notAPlaceAlone("March")).isTrue();
        assertThat(PlaceCues.notAPlaceAlone("Friday")).isTrue();
        assertThat(PlaceCues.notAPlaceAlone("West")).isTrue();
        assertThat(PlaceCues.notAPlaceAlone("Marchmont")).isFalse();
    }
}
