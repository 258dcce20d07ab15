package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounds on what the nlp stage hands to CoreNLP. */
class NlpLimitsTest {

    private static final String LEAD = "Rescue teams reached the flooded villages on Sunday, the regional governor said.\n"
            + "Hundreds of families spent the night on rooftops as the river rose.";

    @Test
    void leavesAnOrdinaryArticleAsItIs() {
        NlpLimits.Bounded b = NlpLimits.DEFAULT.bound(LEAD);
        assertThat(b.text()).isSameAs(LEAD);
        assertThat(b.truncated()).isNull();
        assertThat(b.cut()).isNull();
    }

    @Test
    void cutsARunWithoutASentenceEndAtTheLimitKeepingEveryOffset() {
        String run = "and the water kept rising over the fields ".repeat(30).strip();
        NlpLimits.Bounded b = new NlpLimits(50, 1000).bound(run);
        assertThat(b.text()).hasSameSizeAs(run);
        assertThat(b.text().replace('\n', ' ')).isEqualTo(run);
        assertThat(b.text().split("\n")).hasSize(5).allSatisfy(s -> assertThat(s.split(" ").length).isLessThanOrEqualTo(50));
        assertThat(b.cut()).contains("4 runs of more than 50 words");
        assertThat(b.truncated()).as("every word is analysed").isNull();
    }

    @Test
    void countsWordsAgainFromEachFullStopOrLineBreak() {
        String text = "The river rose again. ".repeat(100) + "\n" + "Boats took people to the school on the hill\n".repeat(50);
        assertThat(new NlpLimits(10, 10_000).bound(text).cut()).isNull();
    }

    @Test
    void analysesOnlyTheFirstWordsOfAnOverlongArticleAndSaysSo() {
        String text = "Hundreds of families spent the night on rooftops.\n".repeat(1000);
        NlpLimits.Bounded b = new NlpLimits(120, 800).bound(text);
        assertThat(text).startsWith(b.text());
        assertThat(b.text().split("\\s+")).hasSize(800);
        assertThat(b.truncated()).startsWith("longer than 800 words: only the first");
        assertThat(b.cut()).isNull();
    }
}
