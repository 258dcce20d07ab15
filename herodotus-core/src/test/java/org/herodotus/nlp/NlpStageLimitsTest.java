package org.herodotus.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Doc;
import org.junit.jupiter.api.Test;

/** The nlp stage keeps hostile text within bounds and says what it did. */
class NlpStageLimitsTest {

    @Test
    void parsesOneEndlessSentenceAsPiecesOfBoundedLengthAndRecordsTheCut() {
        // 2,400 words and not one full stop: unbounded, the parser and the later stages take minutes on it.
        String endless = "the convoy moved slowly past the checkpoint while officials in the capital denied any role ".repeat(160);
        Article article = new Article("endless", null, null, null, null, "en", endless, List.of());
        Doc doc = SharedNlp.stage().apply(Doc.of(article));
        assertThat(doc.parse().sentences()).hasSizeGreaterThanOrEqualTo(2400 / NlpLimits.DEFAULT.maxSentenceWords())
                .allSatisfy(s -> assertThat(s.tokens().size()).isLessThanOrEqualTo(NlpLimits.DEFAULT.maxSentenceWords()));
        assertThat(doc.parse().sentences().get(0).start()).isZero();
        assertThat(doc.notes()).singleElement().asString()
                .startsWith("endless: 19 runs of more than 120 words without a sentence end");
        assertThat(doc.errors()).as("the article is analysed whole: a note, not an error").isEmpty();
        assertThat(doc.toAnalysis().notes()).isEqualTo(doc.notes());
    }
}
