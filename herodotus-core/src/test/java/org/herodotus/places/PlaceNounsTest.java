package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

class PlaceNounsTest {

    private final PlaceNouns nouns = PlaceNouns.defaults();

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(out.size(), at, at + w.length(), w, "NN", w.toLowerCase(), "O"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void findsTheNounThatEndsAPlaceName() {
        assertThat(nouns.at(tokens("held at Insein prison since May"), 3)).isEqualTo(
                new PlaceNouns.Match(1, PlaceNouns.Kind.AT));
        assertThat(nouns.at(tokens("the Delft police station said"), 2)).isEqualTo(
                new PlaceNouns.Match(2, PlaceNouns.Kind.AT));
        assertThat(nouns.at(tokens("shops on Seventh Street closed"), 3)).isEqualTo(
                new PlaceNouns.Match(1, PlaceNouns.Kind.NAMED));
    }

    @Test
    void wantsCapitalsWhereALowerCaseNounNamesNoPlace() {
        // "a Gaza street" is some street in Gaza; "Seventh Street" is one
        assertThat(nouns.at(tokens("a Gaza street was hit"), 2)).isNull();
        assertThat(nouns.at(tokens("buses reached Idlib province"), 3)).isNotNull();
    }

    @Test
    void tellsWhatTheNameBeforeTheNounIs() {
        assertThat(nouns.kindOfName("Borno State")).isEqualTo(PlaceNouns.Kind.ADMIN);
        assertThat(nouns.kindOfName("Tripoli airport")).isEqualTo(PlaceNouns.Kind.AT);
        assertThat(nouns.kindOfName("Suffolk County")).isEqualTo(PlaceNouns.Kind.NAMED);
        assertThat(nouns.kindOfName("Tripoli")).isNull();
        assertThat(nouns.anchor("Insein prison")).isEqualTo("Insein");
        assertThat(nouns.anchor("Delft police station")).isEqualTo("Delft");
    }

    @Test
    void neverTakesAMonthWeekdayOrCompassPointAloneForAPlace() {
        assertThat(PlaceCues.notAPlaceAlone("August")).isTrue();
        assertThat(PlaceCues.notAPlaceAlone("Tuesday")).isTrue();
        assertThat(PlaceCues.notAPlaceAlone("South")).isTrue();
        assertThat(PlaceCues.notAPlaceAlone("Augusta")).isFalse();
    }
}
