package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which value a dictionary phrase names when it names several. */
class DictionaryHitsTest {

    private static final NamedActor EARLIER = new NamedActor("person", "Ahmed Salim", List.of("Salim"),
            List.of(new NamedActor.Role("SDN", "GOV", LocalDate.of(2010, 1, 1), LocalDate.of(2014, 12, 31), null)));
    private static final NamedActor LATER = new NamedActor("person", "Omar Salim", List.of("Salim"),
            List.of(new NamedActor.Role("SDN", "GOV", LocalDate.of(2015, 1, 1), null, null)));
    private static final CountryRef SUDAN = new CountryRef("SDN", CountryRef.Kind.NAME, null);

    @Test
    void theOfficeHolderOnTheArticlesDateWins() {
        assertThat(DictionaryHits.choose(List.of(LATER, EARLIER), LocalDate.of(2012, 6, 1))).isEqualTo(EARLIER);
        assertThat(DictionaryHits.choose(List.of(EARLIER, LATER), LocalDate.of(2019, 6, 1))).isEqualTo(LATER);
    }

    @Test
    void withoutADateTheLatestOfficeHolderWins() {
        assertThat(DictionaryHits.choose(List.of(EARLIER, LATER), null)).isEqualTo(LATER);
    }

    @Test
    void aNamedActorWinsOverACountryOfTheSameName() {
        assertThat(DictionaryHits.choose(List.of(SUDAN, EARLIER), null)).isEqualTo(EARLIER);
        assertThat(DictionaryHits.choose(List.of(SUDAN), null)).isEqualTo(SUDAN);
    }
}
