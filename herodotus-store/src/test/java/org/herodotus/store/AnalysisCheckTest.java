package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Analysis;
import org.herodotus.model.Event;
import org.junit.jupiter.api.Test;

/** What makes an analysis unfit to store. */
class AnalysisCheckTest {

    private static Analysis withEventType(String type) {
        Analysis seed = Fixtures.seed();
        Event e = seed.events().get(0);
        List<Event> events = new ArrayList<>(seed.events());
        events.set(0, new Event(e.id(), type, e.mode(), e.actors(), e.recipients(), e.place(), e.date(), e.negated(),
                e.modality(), e.quad(), e.intensity(), e.trigger(), e.sentence(), e.claims()));
        return new Analysis(seed.id(), seed.url(), seed.title(), seed.byline(), seed.published(), seed.language(),
                seed.text(), seed.actors(), seed.places(), events, seed.claims(), seed.errors());
    }

    @Test
    void rejectsAnEventTypeThatIsNoTypeName() {
        assertThat(AnalysisCheck.problems(withEventType("ASSAULT'); DROP TABLE EVENTS; --")))
                .singleElement().asString().contains("is not an event type");
    }

    @Test
    void acceptsEventTypeNames() {
        assertThat(AnalysisCheck.problems(withEventType("ASSAULT"))).isEmpty();
        assertThat(AnalysisCheck.problems(withEventType("SANCTION"))).isEmpty();
    }
}
