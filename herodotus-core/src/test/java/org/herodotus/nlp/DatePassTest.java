package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatePassTest {

    private final DatePass dates = new DatePass();

    @Test
    void takesItsCuesFromTheWordsFile() {
        assertThat(dates.isCue("December")).isTrue();
        assertThat(dates.isCue("TUESDAY")).isTrue();
        assertThat(dates.isCue("ago")).isTrue();
        assertThat(dates.isCue("p.m.")).isTrue();
        assertThat(dates.isCue("house")).isFalse();
        assertThat(dates.isCue("Decembers")).isFalse();
    }

    @Test
    void takesNumbersWrittenAsDatesYearsDecadesAndClockTimes() {
        assertThat(dates.isCue("2019")).isTrue();
        assertThat(dates.isCue("12/03/2019")).isTrue();
        assertThat(dates.isCue("1990s")).isTrue();
        assertThat(dates.isCue("mid-1990s")).isTrue();
        assertThat(dates.isCue("'90s")).isTrue();
        assertThat(dates.isCue("7:15")).isTrue();
        assertThat(dates.isCue("7:30am")).isTrue();
        assertThat(dates.isCue("9pm")).isTrue();
        // a number that is not a year, and a score
        assertThat(dates.isCue("1750")).isFalse();
        assertThat(dates.isCue("350")).isFalse();
        assertThat(dates.isCue("3-1")).isFalse();
    }
}
