package org.herodotus.eval.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapPeakTest {

    @Test
    void theMostInUseAtOnceCountsWhatIsHeldAndNeverExceedsTheHeap() {
        try (HeapPeak peak = new HeapPeak()) {
            peak.takeAndReset();
            byte[][] held = new byte[48][];
            long garbage = 0;
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < held.length; i++) {
                    held[i] = new byte[1 << 20];
                    garbage += held[i].length;
                }
            }
            System.gc();
            long most = peak.takeAndReset();
            assertThat(garbage).isGreaterThan(Runtime.getRuntime().maxMemory() / 4);
            assertThat(most).isGreaterThanOrEqualTo(48L << 20).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
            assertThat(held[47]).hasSize(1 << 20);
        }
    }
}
