package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class EventColumnsTest {

    private static final String TEXT = "Rockets struck the base near Erbil on Tuesday.";
    private static final LocalDate SEEN = LocalDate.of(2024, 1, 10);
    private static final Place ERBIL = new Place("p1", "Erbil", 29, 34, 36.19, 44.01, "IQ", "Erbil", "PPLA", null);

    private static Event event(String date, String place) {
        return new Event("e1", " assault ", "missile", List.of("a1"), List.of(), place, date, false,
                Modality.ASSERTED, 4, 9.5, new Span(8, 14), new Span(0, 46), List.of());
    }

    @Test
    void takesTheEventsOwnDayWhenTheTextGivesOneElseTheArticles() {
        assertThat(EventColumns.of(TEXT, event("2024-01-09", null), null, SEEN).day()).isEqualTo(LocalDate.of(2024, 1, 9));
        EventColumns monthOnly = EventColumns.of(TEXT, event("2024-01", null), null, SEEN);
        assertThat(monthOnly.day()).isEqualTo(SEEN);
        assertThat(monthOnly.dateLo()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(monthOnly.dateHi()).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(EventColumns.of(TEXT, event(null, null), null, SEEN).day()).isEqualTo(SEEN);
        assertThat(EventColumns.day(event("2024-01-09", null), SEEN)).isEqualTo(LocalDate.of(2024, 1, 9));
    }

    @Test
    void copiesThePlaceAndCutsTheTextsAtTheOffsets() {
        EventColumns c = EventColumns.of(TEXT, event("2024-01-09", "p1"), ERBIL, SEEN);
        assertThat(c.eventType()).isEqualTo("ASSAULT");
        assertThat(c.placeKey()).isEqualTo("p1");
        assertThat(c.placeName()).isEqualTo("Erbil");
        assertThat(c.lat()).isEqualTo(36.19);
        assertThat(c.country()).isEqualTo("IQ");
        assertThat(c.triggerText()).isEqualTo("struck");
        assertThat(c.sentenceText()).isEqualTo(TEXT);
        assertThat(c.modality()).isEqualTo("asserted");
        assertThat(c.quad()).isEqualTo((short) 4);

        EventColumns unplaced = EventColumns.of(TEXT, event(null, null), null, SEEN);
        assertThat(unplaced.placeName()).isNull();
        assertThat(unplaced.lat()).isNull();
        assertThat(unplaced.dateLo()).isNull();
    }
}
