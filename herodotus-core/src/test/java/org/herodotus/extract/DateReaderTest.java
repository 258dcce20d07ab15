package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    private final DateReader dates = new DateReader(ExtractionRules.defaults());

    @Test
    void readsIsoStampsAsWrittenIgnoringTheTimeZone() {
        assertThat(dates.fromAttribute("2019-11-19T23:30:00-05:00")).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(dates.fromAttribute("20191119")).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(dates.fromAttribute("Tue, 19 Nov 2019 10:00:00 GMT")).isEqualTo(LocalDate.of(2019, 11, 19));
    }

    @Test
    void readsDatesWrittenOutInSeveralLanguages() {
        assertThat(dates.fromText("Veröffentlicht am 5. Mai 2019")).isEqualTo(LocalDate.of(2019, 5, 5));
        assertThat(dates.fromText("November 19, 2019")).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(dates.fromText("le 7 mai 2020 - 12:38")).isEqualTo(LocalDate.of(2020, 5, 7));
        assertThat(dates.fromText("6 de marzo de 2021")).isEqualTo(LocalDate.of(2021, 3, 6));
        assertThat(dates.fromText("Stand: 05.02.2020")).isEqualTo(LocalDate.of(2020, 2, 5));
        assertThat(dates.fromText("Samstag, 5. Oktober 2013")).isEqualTo(LocalDate.of(2013, 10, 5));
    }

    @Test
    void readsDatesInUrls() {
        assertThat(dates.fromUrl("https://www.example.com/2019/10/22/a-story/")).isEqualTo(LocalDate.of(2019, 10, 22));
        assertThat(dates.fromUrl("https://example.com/news/story-20200131.html")).isEqualTo(LocalDate.of(2020, 1, 31));
        assertThat(dates.fromUrl("https://example.com/2019/10/a-story/")).as("no day, no date").isNull();
    }

    @Test
    void rejectsImpossibleAndImplausibleDates() {
        assertThat(dates.fromText("31.02.2020")).isNull();
        assertThat(dates.fromAttribute("1880-01-01")).isNull();
        assertThat(dates.fromAttribute(LocalDate.now().plusYears(2).toString())).isNull();
        assertThat(dates.fromText("Call 0800 123 456")).isNull();
    }
}
