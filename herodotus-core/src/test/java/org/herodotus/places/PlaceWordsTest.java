package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.lexicon.WordClasses;
import org.junit.jupiter.api.Test;

/** The toponym rules' word classes come from {@code places/words.txt}. */
class PlaceWordsTest {

    @Test
    void theFileDefinesExactlyTheClassesTheToponymRulesRead() {
        assertThat(WordClasses.load(PlaceWords.class, "words.txt").names())
                .containsExactlyInAnyOrder("of-place-nouns", "name-particles", "arabic-articles");
    }

    @Test
    void anArabicArticleFromTheFileIsDroppedWhenNamesAreCompared() {
        assertThat(PlaceWords.of("arabic-articles")).contains("al", "ash");
        assertThat(Names.stripArticle("ash shirqat")).isEqualTo("shirqat");
        assertThat(Names.stripArticle("abu ghraib")).isEqualTo("abu ghraib");
    }

    @Test
    void nameParticlesAreLowerCaseOnlyAsWritten() {
        // "Charles de Gaulle" runs on over "de"; a capitalised "De" starts a word of its own
        assertThat(PlaceCues.NAME_PARTICLES).contains("de", "al").doesNotContain("De", "Al");
    }
}
