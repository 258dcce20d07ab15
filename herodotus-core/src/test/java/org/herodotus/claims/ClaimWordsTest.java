package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.herodotus.lexicon.WordClasses;
import org.junit.jupiter.api.Test;

/** The attribution and claim rules' word classes come from {@code claims/words.txt}. */
class ClaimWordsTest {

    @Test
    void theFileDefinesExactlyTheClassesTheClaimRulesRead() {
        assertThat(WordClasses.load(ClaimWords.class, "words.txt").names()).containsExactlyInAnyOrder(
                "punctuation", "quote-marks", "colon-quote-openers", "sentence-openers", "relay-verbs", "pronouns",
                "relative-pronouns", "first-person", "speaker-pronouns", "pronoun-subjects", "quantifiers",
                "np-words", "aimed-at", "cue-prepositions", "content-cuts", "modal-hedges", "negations",
                "conditionals", "speech-without-preposition", "cue-carriers", "no-object-content", "not-reporting",
                "intention-verbs", "negative-implicatives", "passive-aux");
    }

    @Test
    void aClassTheFileLacksIsAnErrorNamingWhichWordsFile() {
        // four packages have a words.txt: the error says which
        assertThatThrownBy(() -> ClaimWords.of("reporting-verbs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("/org/herodotus/claims/words.txt: no word class 'reporting-verbs'");
    }

    @Test
    void punctuationTokensIncludeTheColonAndTheEllipsis() {
        // tokens, not words: the file's format must keep ";", ":" and "..." as written
        assertThat(Phrases.PUNCT).contains(",", ";", ":", "--", "—", "...").hasSize(11);
    }

    @Test
    void aClosingCurlyQuoteIsAQuoteMarkButOpensNothingAfterAColon() {
        assertThat(ClaimWords.of("quote-marks")).contains("”", "‘", "’", "``", "''");
        assertThat(ClaimWords.of("colon-quote-openers")).contains("“", "\"", "``").doesNotContain("”", "‘", "’");
        assertThat(ClaimWords.of("quote-marks")).containsAll(ClaimWords.of("colon-quote-openers"));
    }

    @Test
    void aSpeakerPronounInTheClaimRulesIsASubjectOnly() {
        // "it had fired" names the speaker as doer; a possessive ("its forces") does not here
        assertThat(DoerFinder.SPEAKER_PRONOUNS).containsExactlyInAnyOrder("i", "we", "he", "she", "it", "they");
    }
}
