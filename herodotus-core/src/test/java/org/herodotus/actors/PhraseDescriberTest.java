package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/** What the words of a noun phrase say about an actor, read on its own. */
class PhraseDescriberTest {

    private static final ActorDictionary DICT = ActorDictionary.defaults();

    /** The description of the words {@code phrase} of {@code sentence}. */
    private static PhraseDescription describe(String sentence, String phrase) {
        Parse parse = SharedNlp.stage().parse(sentence, null);
        List<Token> tokens = parse.sentences().get(0).tokens();
        int start = sentence.indexOf(phrase);
        int end = start + phrase.length();
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end) {
                first = first < 0 ? t.index() : first;
                last = t.index();
            }
        }
        DictionaryHit[] hitAt = DictionaryHits.byToken(new DictionaryHits(DICT).find(sentence, tokens, null), tokens.size());
        return new PhraseDescriber(DICT).describe(tokens, hitAt, first, last + 1);
    }

    @Test
    void aCountryAdjectiveAndAnAgentHeadGiveCountryAndSector() {
        PhraseDescription d = describe("Egyptian police dispersed the crowd outside the court.", "Egyptian police");
        assertThat(d.country).isEqualTo("EGY");
        assertThat(d.sector()).isEqualTo("COP");
        assertThat(d.head.term()).isEqualTo("police");
    }

    @Test
    void theMinisterTitleIsRememberedForLaterReferences() {
        PhraseDescription d = describe("The Kenyan foreign minister flew to Addis Ababa on Tuesday.", "Kenyan foreign minister");
        assertThat(d.country).isEqualTo("KEN");
        assertThat(d.titles).contains("minister");
    }

    @Test
    void wordsWithoutAnAgentTermSayNothing() {
        PhraseDescription d = describe("The weather turned cold over the weekend.", "weather");
        assertThat(d.saysSomething()).isFalse();
        assertThat(d.country).isNull();
    }

    @Test
    void aRebelModifierOutweighsASoldiersHead() {
        PhraseDescription d = new PhraseDescription();
        PhraseDescriber.note(d, new AgentTerm("soldier", "MIL", null, Set.of(AgentTerm.Kind.AGENT)), 2);
        PhraseDescriber.note(d, new AgentTerm("rebel", "REB", null,
                Set.of(AgentTerm.Kind.AGENT, AgentTerm.Kind.MODIFIER)), 1);
        assertThat(d.head.term()).isEqualTo("soldier");
        assertThat(d.sector()).isEqualTo("REB");
    }

    @Test
    void aFormerOfficeHolderIsAnElite() {
        PhraseDescription d = new PhraseDescription();
        PhraseDescriber.note(d, new AgentTerm("minister", "GOV", null, Set.of(AgentTerm.Kind.TITLE)), 2);
        PhraseDescriber.note(d, new AgentTerm("former", null, null, Set.of(AgentTerm.Kind.FORMER)), 1);
        assertThat(d.sector()).isEqualTo("ELI");
    }
}
