package org.herodotus.eval.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    void aFixedWarmUpGoesThroughTheItemsAgainAndSaysWhichTimeItIs() throws Exception {
        List<String> rounds = new ArrayList<>();
        Warmup.Outcome outcome = new Warmup(7, 7).run(List.of("a", "b", "c"), (pass, items) -> rounds.add(pass + ":" + items));
        assertThat(rounds).containsExactly("0:[a, b, c]", "1:[a, b, c]", "2:[a]");
        assertThat(outcome.items()).isEqualTo(7);
    }

    @Test
    void noMinimumMeansNoWarmUp() throws Exception {
        List<String> rounds = new ArrayList<>();
        assertThat(new Warmup(0, 1000).run(List.of("a"), (pass, items) -> rounds.add("ran")).items()).isZero();
        assertThat(new Warmup(5, 1000).run(List.<String>of(), (pass, items) -> rounds.add("ran")).items()).isZero();
        assertThat(rounds).isEmpty();
    }

    @Test
    void runsTheMinimumThenRoundsUntilQuietButNeverBeyondTheMost() throws Exception {
        List<Integer> sizes = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add(i);
        }
        Warmup.Outcome outcome = new Warmup(30, 130).run(items, (pass, round) -> sizes.add(round.size()));
        // Whether the compiler was quiet after the first 30 depends on this JVM; the bounds do not.
        assertThat(sizes.get(0)).isEqualTo(30);
        assertThat(sizes.subList(1, sizes.size())).allMatch(n -> n == 100);
        assertThat(outcome.items()).isIn(30, 130).isEqualTo(sizes.stream().mapToInt(Integer::intValue).sum());
        assertThat(outcome.describe("texts")).startsWith(String.format(Locale.ROOT, "%,d texts", outcome.items()));
    }
}
