package org.herodotus.eval.factuality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The factuality metrics: MAE, Pearson r (0 for a constant prediction), 4-bucket accuracy. */
class FactualityScoreTest {

    @Test
    void perfectPredictionScoresOneAndZeroError() {
        var r = FactualityEval.score(List.of(3.0, 1.5, -3.0), List.of(3.0, 1.5, -3.0), 0, 0);
        assertThat(r.pearson()).isCloseTo(1.0, within(1e-12));
        assertThat(r.mae()).isEqualTo(0.0);
        assertThat(r.bucketAccuracy()).isEqualTo(1.0);
    }

    @Test
    void constantPredictionHasNoCorrelation() {
        var r = FactualityEval.score(List.of(3.0, 0.0, -3.0), List.of(3.0, 3.0, 3.0), 0, 0);
        assertThat(r.pearson()).isEqualTo(0.0);
        assertThat(r.mae()).isCloseTo(3.0, within(1e-12));
        assertThat(r.bucketAccuracy()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void bucketsFollowTheReferenceScorer() {
        assertThat(FactualityEval.bucket(2.5)).isEqualTo(3);
        assertThat(FactualityEval.bucket(1.0)).isEqualTo(2);
        assertThat(FactualityEval.bucket(-1.0)).isEqualTo(1);
        assertThat(FactualityEval.bucket(-1.01)).isEqualTo(0);
    }
}
