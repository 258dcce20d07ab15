package org.herodotus.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class EventEvaluationTest {

    private static final List<Actor> ACTORS = List.of(
            new Actor("a1", "Turkey", "TUR", "GOV", List.of(), false),
            new Actor("a2", "Syria", "SYR", "GOV", List.of(), false));

    private static Event event(String type, String mode, Modality modality, boolean negated) {
        return new Event("e1", type, mode, List.of("a1"), List.of("a2"), null, null, negated, modality, 4, -9.3,
                new Span(10, 16), new Span(0, 40), List.of(), null, List.of());
    }

    @Test
    void anAnnouncedActionIsScoredAsPloverCodesIt() {
        Prediction p = EventEvaluation.prediction("s1", ACTORS, List.of(
                event("ASSAULT", "aerial", Modality.FUTURE, false),
                event("AID", null, Modality.FUTURE, false)));
        assertThat(p.events()).extracting(PredictedEvent::event).containsExactly("THREATEN", "AGREE");
        assertThat(p.events()).extracting(PredictedEvent::mode).containsExactly("violence", null);
        assertThat(p.events().get(0).actorCountries()).containsExactly("TUR");
        assertThat(p.events().get(0).recipientCountries()).containsExactly("SYR");
    }

    @Test
    void anActionThatHappenedKeepsItsType() {
        Prediction p = EventEvaluation.prediction("s1", ACTORS, List.of(event("ASSAULT", "aerial", Modality.ASSERTED, false)));
        assertThat(p.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("ASSAULT");
            assertThat(e.mode()).isEqualTo("aerial");
        });
    }

    @Test
    void negatedHypotheticalAndIntendedEventsAreNotPredicted() {
        Prediction p = EventEvaluation.prediction("s1", ACTORS, List.of(
                event("ASSAULT", null, Modality.ASSERTED, true),
                event("ASSAULT", null, Modality.HYPOTHETICAL, false),
                event("ASSAULT", null, Modality.INTENDED, false)));
        assertThat(p.events()).isEmpty();
    }
}
