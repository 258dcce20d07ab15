package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.model.Certainty;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/** Certainty of events from modals, negation and the verbs they are reported under. */
class EventFactualityTest {

    private final EventFactuality reader = new EventFactuality(ClaimLexicon.defaults());

    private EventFactuality.Reading read(String sentence, String eventWord) {
        Parse p = SharedNlp.stage().parse(sentence, null);
        Sentence s = p.sentences().get(0);
        for (Token t : s.tokens()) {
            if (t.word().equals(eventWord)) {
                return reader.read(s, t.index());
            }
        }
        throw new AssertionError(eventWord + " not in " + sentence);
    }

    @Test
    void plainPastEventIsAsserted() {
        assertThat(read("Rockets struck the base on Monday.", "struck").certainty()).isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void modalMakesAnEventPossible() {
        EventFactuality.Reading r = read("Officials said the plant may have been damaged.", "damaged");
        assertThat(r.certainty()).isEqualTo(Certainty.POSSIBLE);
        assertThat(r.value()).isBetween(-1.0, 1.0);
    }

    @Test
    void negatedEventIsRefuted() {
        EventFactuality.Reading r = read("Troops did not enter the city.", "enter");
        assertThat(r.negated()).isTrue();
        assertThat(r.certainty()).isEqualTo(Certainty.REFUTED);
        assertThat(r.value()).isEqualTo(-3.0);
    }

    @Test
    void eventUnderSuspicionIsPossibleAndUnderDenialIsNegative() {
        assertThat(read("Esper suspects that Iran organised the attacks.", "organised").certainty())
                .isEqualTo(Certainty.POSSIBLE);
        EventFactuality.Reading denied = read("The militia denied that it shelled the village.", "shelled");
        assertThat(denied.negated()).isTrue();
        assertThat(denied.value()).isNegative();
    }

    @Test
    void wantedEventHasNotHappenedYet() {
        assertThat(read("The rebels want to seize the airport.", "seize").certainty()).isEqualTo(Certainty.POSSIBLE);
    }
}
