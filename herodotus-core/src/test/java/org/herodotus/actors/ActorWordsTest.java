package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.lexicon.WordClasses;
import org.junit.jupiter.api.Test;

/** The actor rules' word classes come from {@code actors/words.txt}. */
class ActorWordsTest {

    @Test
    void theFileDefinesExactlyTheClassesTheMentionRulesRead() {
        // a class no rule reads is dead data; one a rule reads but the file lacks fails at class loading
        assertThat(WordClasses.load(PhraseWords.class, "words.txt").names()).containsExactlyInAnyOrder(
                "title-glue", "place-heads", "compass", "own-place", "honorifics", "person-pronouns");
    }

    @Test
    void honorificsAreListedWithAndWithoutTheirFullStop() {
        // "Mr. Esper" and "Mr Esper": the tokenizer keeps the full stop on the word
        assertThat(PhraseWords.of("honorifics")).contains("mr", "mr.", "dr", "dr.", "mister");
    }

    @Test
    void onlyPronounsThatStandForAPersonMakePronounMentions() {
        assertThat(PhraseWords.of("person-pronouns")).contains("he", "her", "herself").doesNotContain("it", "they", "we");
    }

    @Test
    void ofTellsWhoseAgentsTheyAreThoughItLocatesNoCountryInASentence() {
        // "police of Baghdad" joins Iraq to the police; "the bombing of Baghdad" says nothing of where things happen
        assertThat(PhraseWords.OWN_PLACE).contains("of", "from", "throughout");
        assertThat(org.herodotus.places.Locatives.defaults().words(org.herodotus.places.Locatives.Use.COUNTRY))
                .doesNotContain("of", "from");
    }
}
