package org.herodotus.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference scorer's own self-test cases, and its Python text rules. */
class ShingleMetricTest {

    private static void assertOverlap(String gold, String pred, double tp, double fp, double fn) {
        ShingleMetric.Overlap o = ShingleMetric.overlap(gold, pred);
        assertThat(o.tp()).isCloseTo(tp, within(1e-12));
        assertThat(o.fp()).isCloseTo(fp, within(1e-12));
        assertThat(o.fn()).isCloseTo(fn, within(1e-12));
    }

    @Test
    void scoresLikeTheReferenceSelfTest() {
        assertOverlap("a b c d e", "a b c d e", 1, 0, 0);
        assertOverlap("a b c d e", "a b c d", 0.5, 0, 0.5);
        assertOverlap("a b c d", "a b c d e", 0.5, 0.5, 0);
        assertOverlap("", "", 0, 0, 0);
        assertOverlap("x", "", 0, 0, 1);
        assertOverlap("a, b!", "a b", 1, 0, 0);
        assertOverlap("a b c d a b c d", "a b c d", 0.2, 0, 0.8);
        assertThat(ShingleMetric.exact("Hello, world!", "hello world")).isFalse();
        assertThat(new ShingleMetric.Overlap(0, 0, 0).precision()).isEqualTo(1.0);
    }

    @Test
    void leavesEmptyPredictionsOutOfPrecisionButNotRecall() {
        double[] prf = ShingleMetric.corpus(List.of(ShingleMetric.overlap("a b c d", "a b c d"), ShingleMetric.overlap("a b c d", "")));
        assertThat(prf[0]).isEqualTo(1.0);
        assertThat(prf[1]).isEqualTo(0.5);
        assertThat(prf[2]).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    }

    @Test
    void tokenizesAsPythonsWordPattern() {
        assertThat(PyText.tokens("it's 3.2 million_euros, ça-va")).containsExactly("it", "s", "3", "2", "million_euros", "ça", "va");
        // Combining marks are not word characters in Python: a Devanagari vowel sign splits the token.
        assertThat(PyText.tokens("नमस्ते")).containsExactly("नमस", "त");
        assertThat(PyText.squash("  a\u00a0\u2009b\n\tc \u200b ")).isEqualTo("a b c \u200b");
    }

    @Test
    void drawsTheSameBootstrapSamplesAsPython() {
        // random.Random(0): [r.randrange(85) for _ in range(10)] and getrandbits(32) ×3 in CPython 3.11.
        PythonRandom r = new PythonRandom(0);
        int[] got = new int[10];
        for (int i = 0; i < got.length; i++) {
            got[i] = r.randrange(85);
        }
        assertThat(got).containsExactly(49, 53, 5, 33, 65, 62, 51, 38, 61, 45);
        PythonRandom bits = new PythonRandom(0);
        assertThat(bits.nextUint32()).isEqualTo(3626764237L);
        assertThat(bits.nextUint32()).isEqualTo(1654615998L);
        assertThat(bits.nextUint32()).isEqualTo(3255389356L);
    }
}
