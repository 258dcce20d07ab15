package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/** Matching CAMEO verbs and their patterns in parsed sentences. */
class CameoPatternMatcherTest {

    private static final String VERBS = String.join("\n",
            "--- ACCUSE [112] ---",
            "ACCUSE",
            "- * + OF &FRAUD [1122]",
            "&FRAUD",
            "+BRIBERY",
            "+ELECTION_FRAUD",
            "");

    private static List<CameoVerbDictionary.Match> match(String sentence) throws IOException {
        CameoPatternMatcher matcher = new CameoPatternMatcher(CameoVerbFile.verbs(new StringReader(VERBS), "t"));
        return matcher.match(new SentenceGraph(SharedNlp.stage().parse(sentence, null).sentences().get(0)));
    }

    @Test
    void aPatternWhoseWordsFollowTheVerbGivesItsCode() throws IOException {
        List<CameoVerbDictionary.Match> m = match("The opposition accused the ruling party of bribery on Monday.");
        assertThat(m).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("1122");
            assertThat(x.target()).isEqualTo(3);  // the "+" right after the verb
        });
    }

    @Test
    void withoutAMatchingPatternTheVerbCodesWithItsBlockCode() throws IOException {
        assertThat(match("The opposition accused the ruling party of arrogance."))
                .singleElement().extracting(CameoVerbDictionary.Match::code).isEqualTo("112");
    }

    @Test
    void aSentenceWithoutTheVerbMatchesNothing() throws IOException {
        assertThat(match("The ruling party won the election.")).isEmpty();
    }

    @Test
    void synonymSetWordsMatchTheirRegularPlurals() {
        Token frauds = new Token(0, 0, 6, "frauds", "NNS", "fraud", "O");
        assertThat(CameoPatternMatcher.wordIs(frauds, "FRAUD", true)).isTrue();
        assertThat(CameoPatternMatcher.wordIs(frauds, "FRAUD", false)).isFalse();
        Token parties = new Token(0, 0, 7, "parties", "NNS", "party", "O");
        assertThat(CameoPatternMatcher.wordIs(parties, "PARTY", true)).isTrue();
    }

    @Test
    void notMatchesTheNegativeContraction() {
        assertThat(CameoPatternMatcher.wordIs(new Token(0, 0, 3, "n't", "RB", "not", "O"), "NOT", false)).isTrue();
    }
}
