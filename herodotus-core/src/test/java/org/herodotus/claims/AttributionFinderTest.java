package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Article;
import org.herodotus.model.Span;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Doc;
import org.junit.jupiter.api.Test;

/**
 * The rule finder on its own, without the claims stage around it: which words it reads as
 * source, cue and content, pattern by pattern.
 */
class AttributionFinderTest {

    private final AttributionFinder finder = new AttributionFinder(ClaimLexicon.defaults());

    private record Found(String source, String cue, String content, String kind) {
    }

    private static String of(String text, List<Span> spans) {
        return spans.isEmpty() ? "" : text.substring(spans.get(0).start(), spans.get(spans.size() - 1).end());
    }

    private List<Found> find(String text) {
        Doc doc = SharedNlp.stage().apply(Doc.of(new Article("t", null, null, null, null, "en", text, List.of())));
        return finder.find(doc.text(), doc.parse()).stream()
                .map(a -> new Found(of(doc.text(), a.source()), of(doc.text(), a.cue()), of(doc.text(), a.content()), a.kind()))
                .toList();
    }

    @Test
    void readsSubjectVerbAndClauseOfAReportingVerb() {
        assertThat(find("The ministry said the crossing at Rafah was closed on Sunday."))
                .containsExactly(new Found("The ministry", "said", "the crossing at Rafah was closed on Sunday", "verb"));
    }

    @Test
    void readsTheSourceAfterAccordingTo() {
        assertThat(find("According to the UN refugee agency, 3,000 families fled the town."))
                .singleElement().satisfies(f -> {
                    assertThat(f.source()).isEqualTo("the UN refugee agency");
                    assertThat(f.cue()).isEqualTo("According to");
                    assertThat(f.content()).isEqualTo("3,000 families fled the town");
                });
    }

    @Test
    void givesAQuotationToTheSpeakerOfTheVerbBesideIt() {
        assertThat(find("\"We will not withdraw from the hills,\" the commander told reporters."))
                .singleElement().satisfies(f -> {
                    assertThat(f.source()).isEqualTo("the commander");
                    assertThat(f.cue()).isEqualTo("told");
                    assertThat(f.content()).contains("We will not withdraw from the hills");
                });
    }

    @Test
    void readsTheSubjectAfterTheVerbAsTheSource() {
        assertThat(find("\"The road to the airport is open again,\" said Colonel Ahmed Hassan."))
                .singleElement().satisfies(f -> {
                    assertThat(f.source()).isEqualTo("Colonel Ahmed Hassan");
                    assertThat(f.content()).contains("The road to the airport is open again");
                });
    }

    @Test
    void findsNothingWhereNobodyIsReported() {
        assertThat(find("Heavy rain flooded the market in Juba on Monday.")).isEmpty();
    }
}
