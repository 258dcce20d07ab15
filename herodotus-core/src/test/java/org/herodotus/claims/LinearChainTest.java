package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Span;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/** The linear-chain labeller: span labels, constrained decoding, and its model file. */
class LinearChainTest {

    private static final List<String> ROLES = List.of("source", "content");
    private static final int LABELS = 9;

    private static Token token(int i, String word) {
        int start = i * 10;
        return new Token(i, start, start + word.length(), word, "NN", word, "O");
    }

    @Test
    void goldLabelsMarkFirstInsideLastAndSingleTokensOfEachSpan() {
        List<Token> tokens = List.of(token(0, "Esper"), token(1, "said"), token(2, "Iran"), token(3, "did"), token(4, "it"));
        int[] labels = LinearChain.gold(tokens, List.of(
                List.of(List.of(new Span(0, 5))),
                List.of(List.of(new Span(20, 42)))));
        assertThat(labels).containsExactly(LinearChain.label(0, 3), 0, LinearChain.label(1, 0), LinearChain.label(1, 1),
                LinearChain.label(1, 2));
        List<List<int[]>> runs = LinearChain.runs(labels, 2);
        assertThat(runs.get(0)).containsExactly(new int[] {0, 0});
        assertThat(runs.get(1)).containsExactly(new int[] {2, 4});
    }

    @Test
    void decodingNeverLeavesASpanOpenOrContinuesOneThatWasNotOpened() {
        // Scores that, taken token by token, would start a span on the last token and continue a
        // span out of nowhere on the first: the decoder must still return a well-formed sequence.
        float[][] scores = new float[3][LABELS];
        scores[0][LinearChain.label(1, 1)] = 5;
        scores[1][0] = 1;
        scores[2][LinearChain.label(1, 0)] = 5;
        int[] best = LinearChain.viterbi(scores, new float[(LABELS + 1) * LABELS], LABELS);
        int prev = LABELS;
        for (int y : best) {
            assertThat(LinearChain.allowed(prev, y, LABELS)).isTrue();
            prev = y;
        }
        assertThat(LinearChain.place(best[2], LABELS)).isNotIn(0, 1);
    }

    @Test
    void tagsTheSequenceItsWeightsPrefer() {
        Map<String, float[]> w = Map.of(
                "w=esper", new float[] {0, 0, 0, 0, 3, 0, 0, 0, 0},
                "w=iran", new float[] {0, 0, 0, 0, 0, 3, 0, 0, 0},
                "w=it", new float[] {0, 0, 0, 0, 0, 0, 0, 3, 0});
        LinearChain chain = new LinearChain(ROLES, w, new float[(LABELS + 1) * LABELS]);
        int[] labels = chain.tag(List.of(List.of("w=esper"), List.of("w=said"), List.of("w=iran"), List.of("w=did"),
                List.of("w=it")));
        assertThat(chain.labelName(labels[0])).isEqualTo("U-source");
        assertThat(chain.labelName(labels[2])).isEqualTo("B-content");
        assertThat(chain.labelName(labels[4])).isEqualTo("L-content");
    }

    @Test
    void tagsTheSameWithTheSharedFeaturesSummedBeforehand() {
        // Word features alone make "Esper" the source; the cue-relative ones ("d=…") alone would make
        // "Iran" the source; both together make "Esper" the source and "Iran did it" the content.
        Map<String, float[]> w = Map.of(
                "w=esper", new float[] {0, 0, 0, 0, 2.5f, 0, 0, 0, 0},
                "w=iran", new float[] {0.1f, 0, 0, 0, 0, 1.3f, 0, 0, 0},
                "d=-1", new float[] {0, 0, 0, 0, -0.7f, 0, 0, 0, 0},
                "d=+1", new float[] {0, 0, 0, 0, 1.0f, 0, 0, 0, 0},
                "d=+2", new float[] {0, 0, 0, 0, 0, 0, 0.4f, 0, 0},
                "d=+3", new float[] {0, 0, 0, 0, 0, 0, 0, 2.2f, 0});
        LinearChain chain = new LinearChain(ROLES, w, new float[(LABELS + 1) * LABELS]);
        List<List<String>> words = List.of(List.of("w=esper"), List.of("w=said"), List.of("w=iran"), List.of("w=did"),
                List.of("w=it"));
        List<List<String>> rest = List.of(List.of("d=-1"), List.of("d=0"), List.of("d=+1"), List.of("d=+2"), List.of("d=+3"));
        List<List<String>> whole = new java.util.ArrayList<>();
        float[][] shared = new float[words.size()][];
        for (int i = 0; i < words.size(); i++) {
            whole.add(new java.util.ArrayList<>(words.get(i)));
            whole.get(i).addAll(rest.get(i));
            shared[i] = chain.scores(words.get(i));
        }
        int[] labels = chain.tag(shared, rest);
        assertThat(labels).containsExactly(chain.tag(whole));
        assertThat(java.util.Arrays.stream(labels).mapToObj(chain::labelName))
                .containsExactly("U-source", "O", "B-content", "I-content", "L-content");
        assertThat(chain.labelName(chain.tag(rest)[2])).isEqualTo("U-source");
    }

    @Test
    void aWrittenChainReadsBackWithTheSameWeights() throws IOException {
        float[] transition = new float[(LABELS + 1) * LABELS];
        transition[LABELS * LABELS + 1] = -2.5f;
        LinearChain chain = new LinearChain(ROLES, Map.of("w=said", new float[] {1, 0, 0, 0, 0, 0, 0, 0, -4}), transition);
        StringWriter out = new StringWriter();
        chain.write(out);
        LinearChain back = LinearChain.read(new BufferedReader(new StringReader(out.toString())), "test");
        assertThat(back.roles()).isEqualTo(ROLES);
        assertThat(back.size()).isEqualTo(1);
        StringWriter again = new StringWriter();
        back.write(again);
        assertThat(again.toString()).isEqualTo(out.toString());
    }

    @Test
    void aMalformedModelLineIsReportedWithItsNumber() {
        String text = "roles\tsource content\nw=said\t3:notanumber\n";
        assertThatThrownBy(() -> LinearChain.read(new BufferedReader(new StringReader(text)), "model.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model.tsv:2:");
    }

    @Test
    void aCostPerSpanDropsTheWeakSpansAndKeepsTheStrongOnes() {
        // Single-token content spans (label U-content) on two words, one weakly and one strongly.
        float[] weak = new float[LABELS];
        weak[LinearChain.label(1, 3)] = 2;
        float[] strong = new float[LABELS];
        strong[LinearChain.label(1, 3)] = 9;
        LinearChain chain = new LinearChain(ROLES, Map.of("w=maybe", weak, "w=surely", strong), new float[(LABELS + 1) * LABELS]);
        List<List<String>> features = List.of(List.of("w=maybe"), List.of("w=other"), List.of("w=surely"));
        assertThat(chain.largestWeight()).isEqualTo(9);
        assertThat(chain.tag(features)).containsExactly(LinearChain.label(1, 3), 0, LinearChain.label(1, 3));
        assertThat(chain.tag(features, 1, -4)).containsExactly(0, 0, LinearChain.label(1, 3));
        assertThat(chain.tag(features, 0, -4)).containsExactly(LinearChain.label(1, 3), 0, LinearChain.label(1, 3));
    }
}
