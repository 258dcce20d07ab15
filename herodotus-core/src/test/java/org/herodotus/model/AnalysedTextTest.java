package org.herodotus.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysedTextTest {

    private static Article article(String title, String text) {
        return new Article("t", null, title, null, null, "en", text, List.of());
    }

    @Test
    void putsTheHeadlineBeforeTheBodyAsASentenceOfItsOwn() {
        AnalysedText t = AnalysedText.of(article("Iran denies role in tanker attack",
                "The foreign ministry rejected the accusation on Sunday."));
        assertThat(t.text()).isEqualTo("Iran denies role in tanker attack\n\nThe foreign ministry rejected the accusation on Sunday.");
        assertThat(t.bodyStart()).isEqualTo("Iran denies role in tanker attack".length() + 2);
        assertThat(t.text().substring(t.bodyStart())).startsWith("The foreign ministry");
    }

    @Test
    void leavesTheBodyAloneWithoutAHeadline() {
        AnalysedText t = AnalysedText.of(article(null, "The ferry resumed on Monday."));
        assertThat(t.text()).isEqualTo("The ferry resumed on Monday.");
        assertThat(t.bodyStart()).isZero();
        assertThat(AnalysedText.of(article("  ", "The ferry resumed on Monday.")).bodyStart()).isZero();
    }

    @Test
    void doesNotReadAHeadlineTwiceWhenTheBodyOpensWithIt() {
        AnalysedText t = AnalysedText.of(article("Ferry service  resumes", "Ferry service resumes\n\nThe ferry resumed on Monday."));
        assertThat(t.text()).isEqualTo("Ferry service resumes\n\nThe ferry resumed on Monday.");
        assertThat(t.bodyStart()).isZero();
    }

    @Test
    void analysesNoHeadlineWithoutABody() {
        AnalysedText t = AnalysedText.of(article("Menu", ""));
        assertThat(t.text()).isEmpty();
        assertThat(t.bodyStart()).isZero();
    }

    @Test
    void theAnalysisOfAnArticleCarriesTheBodyStart() {
        Analysis a = Analysis.of(article("Port reopens after storm", "Ships docked again on Friday."));
        assertThat(a.text()).isEqualTo("Port reopens after storm\n\nShips docked again on Friday.");
        assertThat(a.bodyStart()).isEqualTo(26);
        assertThat(a.body()).isEqualTo("Ships docked again on Friday.");
    }
}
