package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the TABARI/PETRARCH verb and discard formats. */
class CameoVerbFileTest {

    private static final String VERBS = String.join("\n",
            "# accusations and their patterns",
            "--- ACCUSE [112] ---",
            "ACCUSE",
            "CHARGE {CHARGED CHARGING} [1125]",
            "- * + OF GRAND CORRUPTION [1121]   ; the longest pattern is tried first",
            "- $ * + OF &FRAUD [1122]",
            "- * &UNDEFINED [1123]",
            "- * {LEGACY} [1124]",
            "<!-- a block left out",
            "--- PRAISE [051] ---",
            "PRAISE",
            "-->",
            "--- WIRE TAP [---] ---",
            "WIRE_+TAP",
            "&FRAUD",
            "+BRIBERY",
            "+VOTE_RIGGING",
            "");

    private static Map<String, List<CameoVerb>> read() throws IOException {
        return CameoVerbFile.verbs(new StringReader(VERBS), "test.verbs");
    }

    @Test
    void aVerbTakesTheBlockCodeUnlessItHasItsOwn() throws IOException {
        Map<String, List<CameoVerb>> byWord = read();
        assertThat(byWord.get("ACCUSE")).singleElement().extracting(CameoVerb::code).isEqualTo("112");
        assertThat(byWord.get("CHARGE")).singleElement().extracting(CameoVerb::code).isEqualTo("1125");
    }

    @Test
    void irregularFormsCallTheVerbUpToo() throws IOException {
        Map<String, List<CameoVerb>> byWord = read();
        assertThat(byWord.get("CHARGED")).isEqualTo(byWord.get("CHARGE"));
        assertThat(byWord.get("CHARGING")).isEqualTo(byWord.get("CHARGE"));
    }

    @Test
    void patternsAreReadWithSynonymSetsDefinedLaterAndSortedLongestFirst() throws IOException {
        List<CameoVerbPattern> patterns = read().get("ACCUSE").get(0).patterns();
        assertThat(patterns).extracting(CameoVerbPattern::code).containsExactly("1121", "1122");
        CameoVerbPattern fraud = patterns.get(1);
        assertThat(fraud.lower()).extracting(CameoVerbPattern.Element::kind).containsExactly(CameoVerbPattern.Kind.SOURCE);
        assertThat(fraud.upper().get(2).phrases()).containsExactly(List.of("BRIBERY"), List.of("VOTE", "RIGGING"));
        assertThat(fraud.upper().get(2).plurals()).isTrue();
        assertThat(fraud.origin()).isEqualTo("test.verbs:6");
    }

    @Test
    void commentedOutBlocksAreIgnored() throws IOException {
        assertThat(read()).doesNotContainKey("PRAISE");
    }

    @Test
    void aCompoundVerbIsFiledUnderItsMarkedHead() throws IOException {
        CameoVerb wiretap = read().get("TAP").get(0);
        assertThat(wiretap.words()).containsExactly("WIRE", "TAP");
        assertThat(wiretap.head()).isEqualTo(1);
        assertThat(read()).doesNotContainKey("WIRE");
    }

    @Test
    void wordsJoinedByAnUnderscoreMustBeAdjacent() {
        CameoVerbPattern p = CameoVerbFile.pattern("* SANCTIONS_AGAINST + [163]", Map.of(), "x");
        assertThat(p.upper().get(0).adjacent()).isFalse();
        assertThat(p.upper().get(1).adjacent()).isTrue();
        assertThat(p.code()).isEqualTo("163");
    }

    @Test
    void aDiscardListSeparatesStoryPhrasesFromSentencePhrases() {
        CameoDiscards d = CameoVerbFile.discards(List.of("YEARS LATER  # not news", "+WORLD_CUP", ""));
        assertThat(d.sentence()).containsExactly(List.of("YEARS", "LATER"));
        assertThat(d.story()).containsExactly(List.of("WORLD", "CUP"));
    }
}
