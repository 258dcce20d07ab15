package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameWordsTest {

    private final NameWords words = new NameWords(List.of("share", "sidebar", "read-more", "comments"), List.of("has", "enabled", "is"));

    @Test
    void splitsClassNamesIntoWordsAtSeparatorsAndCaseChanges() {
        assertThat(NameWords.words("article__body--wide socialShare post_share"))
                .containsExactly("article", "body", "wide", "social", "share", "post", "share");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(words.matches("post-share-buttons")).isTrue();
        assertThat(words.matches("shareholders")).isFalse();
        assertThat(words.matches("socialShare")).isTrue();
    }

    @Test
    void matchesPhrasesAsWordSequences() {
        assertThat(words.matches("c-read-more")).isTrue();
        assertThat(words.matches("more-read")).isFalse();
    }

    @Test
    void ignoresWordsThatOnlyStateACondition() {
        assertThat(words.matches("layout has-sidebar")).isFalse();
        assertThat(words.matches("comments-enabled")).isFalse();
        assertThat(words.matches("isShare")).isFalse();
        assertThat(words.matches("sidebar")).isTrue();
    }
}
