package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotation spans as the finder sees them. */
class QuotesTest {

    @Test
    void findsCurlyStraightAndDoubledQuotationsMarksIncluded() {
        String text = "“It is a tough charge,” Pence said. \"Come on.\" He said ''never''.";
        assertThat(Quotes.find(text)).extracting(s -> s.of(text))
                .containsExactly("“It is a tough charge,”", "\"Come on.\"", "''never''");
    }

    @Test
    void unclosedQuotationRunsToTheEndOfItsParagraph() {
        String text = "He said: “We will win. We always do.\n\nNext paragraph.";
        assertThat(Quotes.find(text)).extracting(s -> s.of(text)).containsExactly("“We will win. We always do.");
    }
}
