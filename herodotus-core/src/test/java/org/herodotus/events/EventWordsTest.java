package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.lexicon.WordClasses;
import org.junit.jupiter.api.Test;

/** The event rules' word classes come from {@code events/words.txt}. */
class EventWordsTest {

    @Test
    void theFileDefinesExactlyTheClassesTheEventRulesRead() {
        assertThat(WordClasses.load(EventWords.class, "words.txt").names()).containsExactlyInAnyOrder(
                "pronouns", "group-words", "speaker-pronouns", "definite", "complement-markers", "weekdays");
    }

    @Test
    void aWordForAGroupToldOfBeforeIsReadFromTheFile() {
        // "Most were released": a participant, though not an actor
        assertThat(EventWords.of("group-words")).contains("most", "those", "both");
        assertThat(ParticipantResolver.standsForGroup("Most")).isTrue();
        assertThat(ParticipantResolver.standsForGroup("police")).isFalse();
    }

    @Test
    void everyWeekdayIsListed() {
        assertThat(EventDates.WEEKDAYS).hasSize(7).contains("monday", "sunday");
    }
}
