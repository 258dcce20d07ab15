package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatePassTest {

    private final DatePass dates = new DatePass();

    @Test
    void takesItsCuesFromTheWordsFile() {
        assertThat(List.of("December", "TUESDAY", "ago", "p.m.", "quarters", "nights")).allMatch(dates::isCue);
        assertThat(List.of("house", "Decembers")).noneMatch(dates::isCue);
    }

    @Test
    void takesNumbersWrittenAsDatesYearsDecadesAndClockTimes() {
        assertThat(List.of("2019", "12/03/2019", "1990s", "mid-1990s", "'90s", "7:15", "7:30am", "9pm", "6pm."))
                .allMatch(dates::isCue);
        // a number that is not a year, a count, a score
        assertThat(List.of("1750", "350", "3-1")).noneMatch(dates::isCue);
    }
}
