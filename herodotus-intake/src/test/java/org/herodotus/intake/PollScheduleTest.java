package org.herodotus.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the poll interval of a feed follows what the feed brings. */
class PollScheduleTest {

    private final PollSchedule schedule = PollSchedule.around(Duration.ofMinutes(16));

    @Test
    void pollsMoreOftenWhenMostItemsAreNew() {
        assertThat(schedule.afterSuccess(Duration.ofMinutes(16), 15, 20)).isEqualTo(Duration.ofMinutes(8));
    }

    @Test
    void pollsLessOftenWhenAlmostNothingIsNew() {
        assertThat(schedule.afterSuccess(Duration.ofMinutes(16), 1, 20)).isEqualTo(Duration.ofMinutes(24));
        assertThat(schedule.afterSuccess(Duration.ofMinutes(16), 0, 0)).isEqualTo(Duration.ofMinutes(24));
    }

    @Test
    void keepsTheIntervalWhenSomeItemsAreNew() {
        assertThat(schedule.afterSuccess(Duration.ofMinutes(16), 5, 20)).isEqualTo(Duration.ofMinutes(16));
    }

    @Test
    void staysWithinAQuarterAndFourTimesTheGivenInterval() {
        assertThat(schedule.afterSuccess(Duration.ofMinutes(4), 20, 20)).isEqualTo(Duration.ofMinutes(4));
        assertThat(schedule.afterSuccess(Duration.ofMinutes(64), 0, 20)).isEqualTo(Duration.ofMinutes(64));
    }

    @Test
    void waitsLongerAfterEachFailureAndPausesAfterFive() {
        assertThat(schedule.afterFailure(1)).isEqualTo(Duration.ofMinutes(16));
        assertThat(schedule.afterFailure(2)).isEqualTo(Duration.ofMinutes(32));
        assertThat(schedule.afterFailure(9)).isEqualTo(Duration.ofMinutes(64));
        assertThat(schedule.paused(4)).isFalse();
        assertThat(schedule.paused(5)).isTrue();
    }
}
