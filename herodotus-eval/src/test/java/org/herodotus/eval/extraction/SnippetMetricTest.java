package org.herodotus.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetMetricTest {

    @Test
    void countsWithAndWithoutSnippetsAfterCollapsingWhitespace() {
        SnippetMetric.Tally t = new SnippetMetric.Tally();
        t.add(List.of("the  ferry\nresumed", "landing stage"), List.of("Cookie settings", "Imprint"),
                "The ferry resumed on Monday.\n\nImprint");
        t.add(List.of("missing page"), List.of("menu"), null);
        SnippetMetric.Result r = t.result();
        assertThat(r.tp()).isEqualTo(0);
        assertThat(r.fn()).isEqualTo(3);
        assertThat(r.fp()).isEqualTo(1);
        assertThat(r.tn()).isEqualTo(2);
        assertThat(r.missing()).isEqualTo(1);
        assertThat(r.f1()).isZero();
    }

    @Test
    void matchesSnippetsAsSubstrings() {
        SnippetMetric.Tally t = new SnippetMetric.Tally();
        t.add(List.of("ferry resumed", "landing stage"), List.of("Imprint"), "The ferry resumed after work on the landing stage.");
        SnippetMetric.Result r = t.result();
        assertThat(r.tp()).isEqualTo(2);
        assertThat(r.tn()).isEqualTo(1);
        assertThat(r.f1()).isEqualTo(1.0);
        assertThat(r.accuracy()).isEqualTo(1.0);
    }

    @Test
    void comparesMetadataExactlyAndDatesOnTheirFirstTenCharacters() {
        SnippetMetric.Tally t = new SnippetMetric.Tally();
        t.addMeta(0, "Ferry  resumes", "Ferry resumes");
        t.addMeta(0, "Other", "Ferry");
        t.addMeta(0, "", "ignored: no gold");
        t.addMeta(2, "2021-06-01", "2021-06-01T08:00:00");
        SnippetMetric.Result r = t.result();
        assertThat(r.titleExact()).isEqualTo(0.5);
        assertThat(r.titleGold()).isEqualTo(2);
        assertThat(r.dateExact()).isEqualTo(1.0);
        assertThat(r.authorGold()).isZero();
    }
}
