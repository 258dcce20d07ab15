package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.herodotus.nlp.SharedNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled attribution tagger on short news sentences: who says what, with which words. */
class AttributionTaggerTest {

    private static AttributionTagger tagger;

    @BeforeAll
    static void load() {
        tagger = AttributionTagger.bundled(ClaimLexicon.defaults());
    }

    private static List<String> found(String text) {
        return tagger.find(text, SharedNlp.stage().parse(text, null)).stream()
                .map(a -> (a.source().isEmpty() ? "" : a.source().get(0).of(text)) + " | " + a.cue().get(0).of(text) + " | "
                        + String.join(" || ", a.content().stream().map(s -> s.of(text)).toList()))
                .toList();
    }

    @Test
    void aQuotationBeforeItsSpeakerIsTheContentMarksIncluded() {
        assertThat(found("“We will win this election,” Trump said on Monday."))
                .containsExactly("Trump | said | “We will win this election,”");
    }

    @Test
    void reportedSpeechKeepsItsThatClause() {
        assertThat(found("Clinton said that the plan would fail."))
                .containsExactly("Clinton | said | that the plan would fail");
    }

    @Test
    void accordingToNamesTheSourceAfterTheCue() {
        assertThat(found("According to military sources, the attacks are the work of Kataib Hezbollah."))
                .containsExactly("military sources | According to | the attacks are the work of Kataib Hezbollah");
    }

    @Test
    void twoCuesOfOneSpeakerEachGetTheSpeaker() {
        assertThat(found("The senator criticized the deal, saying it was a disaster for workers."))
                .containsExactly("The senator | criticized | the deal", "The senator | saying | it was a disaster for workers");
    }

    @Test
    void theBundledModelReadsBackAsWritten() throws IOException {
        StringWriter out = new StringWriter();
        tagger.write(out, "copy");
        AttributionTagger copy = AttributionTagger.read(
                new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), ClaimLexicon.defaults());
        assertThat(copy.size()).isEqualTo(tagger.size());
        String text = "Clinton said that the plan would fail.";
        var parse = SharedNlp.stage().parse(text, null);
        assertThat(copy.find(text, parse)).isEqualTo(tagger.find(text, parse));
    }

    @Test
    void aClauseBeforeASentenceFinalSpeakerIsTheContentEvenWhenTheChainLabelsNone() {
        String text = "But the new plan is still tilted toward the rich, the Tax Foundation said.";
        assertThat(found(text)).containsExactly("the Tax Foundation | said | But the new plan is still tilted toward the rich");
    }

    @Test
    void sentencesWithoutAWordTheCueChainTakesForACueAreNotParsed() {
        org.herodotus.nlp.ParseFilter filter = tagger.parseFilter();
        String report = "The senator said the plan would fail.";
        String plain = "The match ended in a draw after heavy rain.";
        assertThat(filter.needsParse(SharedNlp.stage().parse(report, null).sentences().get(0))).isTrue();
        assertThat(filter.needsParse(SharedNlp.stage().parse(plain, null).sentences().get(0))).isFalse();
        assertThat(tagger.cueWords()).isBetween(3, 200);
    }
}
