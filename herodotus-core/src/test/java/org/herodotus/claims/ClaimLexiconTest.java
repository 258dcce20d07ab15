package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/** The shipped lexicon files load, and the parse filter keeps only sentences that may hold a claim. */
class ClaimLexiconTest {

    private final ClaimLexicon lexicon = ClaimLexicon.defaults();

    private static Sentence sentence(String... wordPosLemma) {
        List<Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < wordPosLemma.length; i += 3) {
            String w = wordPosLemma[i];
            tokens.add(new Token(i / 3, at, at + w.length(), w, wordPosLemma[i + 1], wordPosLemma[i + 2], "O"));
            at += w.length() + 1;
        }
        return new Sentence(0, 0, at, tokens, List.of(), false);
    }

    @Test
    void loadsCuesWithTheirCertaintyAndType() {
        assertThat(lexicon.verbCue("say").certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(lexicon.verbCue("suspect").certainty()).isEqualTo(Certainty.POSSIBLE);
        assertThat(lexicon.verbCue("deny").type()).isEqualTo(ClaimType.DENIAL);
        assertThat(lexicon.verbCue("blame").type()).isEqualTo(ClaimType.ACCUSATION);
        assertThat(lexicon.nounCue("hypothesis")).isNotNull();
        assertThat(lexicon.phraseCues()).anySatisfy(c -> assertThat(c.lemmas()).containsExactly("according", "to"));
        assertThat(lexicon.hedges()).anySatisfy(h -> {
            assertThat(h.before()).containsExactly("hypothesis");
            assertThat(h.after()).containsExactly("fall");
            assertThat(h.certainty()).isEqualTo(Certainty.REFUTED);
        });
        assertThat(lexicon.sourceWord("military").sector()).isEqualTo("MIL");
    }

    @Test
    void parseFilterAsksForReportingVerbsColonsAndAccordingToButNotForQuotationMarksAlone() {
        var filter = lexicon.parseFilter();
        assertThat(filter.needsParse(sentence("Esper", "NNP", "Esper", "said", "VBD", "say", "so", "RB", "so"))).isTrue();
        assertThat(filter.needsParse(sentence("according", "VBG", "accord", "to", "TO", "to", "NPR", "NNP", "NPR"))).isTrue();
        assertThat(filter.needsParse(sentence("Esper", "NNP", "Esper", ":", ":", ":", "no", "DT", "no"))).isTrue();
        assertThat(filter.needsParse(sentence("“", "``", "“", "Go", "VB", "go", "”", "''", "”"))).isFalse();
        assertThat(filter.needsParse(sentence("Troops", "NNS", "troop", "arrived", "VBD", "arrive", "today", "NN", "today")))
                .isFalse();
    }

    @Test
    void weakerCertaintyWinsAndScaleRunsFromAssertedToRefuted() {
        assertThat(Certainty.ASSERTED.weaker(Certainty.PROBABLE)).isEqualTo(Certainty.PROBABLE);
        assertThat(Certainty.POSSIBLE.weaker(Certainty.PROBABLE)).isEqualTo(Certainty.POSSIBLE);
        assertThat(Certainty.REFUTED.weaker(Certainty.ASSERTED)).isEqualTo(Certainty.REFUTED);
        assertThat(Certainty.ASSERTED.factuality()).isGreaterThan(Certainty.PROBABLE.factuality());
        assertThat(Certainty.DENIED.factuality()).isGreaterThan(Certainty.REFUTED.factuality());
        assertThat(Certainty.of("possible").value()).isEqualTo("possible");
    }

    @Test
    void readsTheWordsOfTheLexiconFilesIgnoringCaseAndNamesAnUnknownOne() {
        assertThat(ClaimType.of(" Responsibility ")).isEqualTo(ClaimType.RESPONSIBILITY);
        assertThat(Certainty.of("DENIED")).isEqualTo(Certainty.DENIED);
        assertThatThrownBy(() -> Certainty.of("sure")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'sure'").hasMessageContaining("asserted, probable, possible, denied, refuted");
        assertThatThrownBy(() -> ClaimType.of("blame")).hasMessageContaining("'blame'");
    }
}
