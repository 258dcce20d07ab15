package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/** Where a sentence, and an article, says things happen. */
class PlaceCountriesTest {

    private static final ActorDictionary DICT = ActorDictionary.defaults();

    private static List<String> countriesIn(String sentence) {
        Parse parse = SharedNlp.stage().parse(sentence, null);
        List<Token> tokens = parse.sentences().get(0).tokens();
        DictionaryHit[] hitAt = DictionaryHits.byToken(new DictionaryHits(DICT).find(sentence, tokens, null), tokens.size());
        return PlaceCountries.inSentence(tokens, hitAt, List.of());
    }

    @Test
    void aCountryAfterInAndACompassWordIsWhereThingsHappen() {
        assertThat(countriesIn("Shelling resumed in southern Lebanon on Sunday.")).containsExactly("LBN");
    }

    @Test
    void aCountryThatActsIsNoPlace() {
        assertThat(countriesIn("Iran denied any part in the attack.")).isEmpty();
    }

    @Test
    void theArticlesPlaceIsTheCountryNamedMostOften() {
        Map<Integer, List<String>> places = Map.of(0, List.of("AGO"), 2, List.of("COD"), 5, List.of("COD"));
        assertThat(PlaceCountries.dominant(places)).isEqualTo("COD");
    }

    @Test
    void onATieTheCountryTheLeadNamesWins() {
        Map<Integer, List<String>> places = Map.of(4, List.of("AGO"), 0, List.of("COD"));
        assertThat(PlaceCountries.dominant(places)).isEqualTo("COD");
    }

    @Test
    void anArticleWithoutPlacesHasNoPlaceCountry() {
        assertThat(PlaceCountries.dominant(Map.of())).isNull();
    }
}
