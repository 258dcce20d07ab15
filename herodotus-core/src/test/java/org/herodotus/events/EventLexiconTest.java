package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLexiconTest {

    /** A sentence as the nlp stage delivers it before parsing: tokens with tags and lemmas only. */
    static Sentence sentence(String... wordTagLemma) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < wordTagLemma.length; i++) {
            String[] f = wordTagLemma[i].split("/");
            tokens.add(new Token(i, offset, offset + f[0].length(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O"));
            offset += f[0].length() + 1;
        }
        return new Sentence(0, 0, offset, tokens, List.of(), false);
    }

    @Test
    void shippedLexiconLoadsWithHundredsOfTriggers() {
        EventLexicon lexicon = EventLexicon.builtin();
        assertThat(lexicon.size()).isGreaterThan(300);
        assertThat(lexicon.verbEntries("attack")).extracting(TriggerEntry::type).contains("ASSAULT");
        assertThat(lexicon.nounEntries("call")).extracting(TriggerEntry::words)
                .contains(List.of("telephone", "call"));
    }

    @Test
    void parseFilterAsksForAParseOnlyWhereATriggerCanMatch() {
        ParseFilter filter = EventLexicon.builtin().parseFilter();
        assertThat(filter.needsParse(sentence("Militants/NNS/militant", "attacked/VBD/attack", "the/DT/the",
                "base/NN/base"))).isTrue();
        assertThat(filter.needsParse(sentence("The/DT/the", "weather/NN/weather", "was/VBD/be", "fine/JJ/fine")))
                .isFalse();
        // "send" names an event only with troops, aid, …: a letter is no reason to parse
        assertThat(filter.needsParse(sentence("She/PRP/she", "sent/VBD/send", "a/DT/a", "letter/NN/letter")))
                .isFalse();
        assertThat(filter.needsParse(sentence("Russia/NNP/Russia", "sent/VBD/send", "troops/NNS/troops")))
                .isTrue();
        // "take" names an event only with a town, control or a place the recogniser tagged
        assertThat(filter.needsParse(sentence("It/PRP/it", "took/VBD/take", "two/CD/two", "hours/NNS/hour")))
                .isFalse();
        assertThat(filter.needsParse(sentence("Rebels/NNS/rebel", "took/VBD/take", "Goma/NNP/Goma/LOCATION")))
                .isTrue();
    }

    @Test
    void parseFilterReadsATriggerWordOnlyInAPartOfSpeechThatCanHeadOne() {
        ParseFilter filter = EventLexicon.builtin().parseFilter();
        // "back" heads a verb trigger (backed the plan), not as an adverb; "March" the month is a name
        assertThat(filter.needsParse(sentence("He/PRP/he", "came/VBD/come", "back/RB/back", "home/NN/home")))
                .isFalse();
        assertThat(filter.needsParse(sentence("Voters/NNS/voter", "backed/VBD/back", "the/DT/the", "plan/NN/plan")))
                .isTrue();
        assertThat(filter.needsParse(sentence("It/PRP/it", "opened/VBD/open", "in/IN/in", "March/NNP/March")))
                .isFalse();
    }

    @Test
    void authorityDirectiveNamesTheActsOnlyTheStateDoes(@TempDir Path dir) throws Exception {
        EventLexicon shipped = EventLexicon.builtin();
        assertThat(shipped.byAuthority("COERCE", "arrest")).isTrue();
        assertThat(shipped.byAuthority("RETREAT", "release")).isTrue();
        assertThat(shipped.byAuthority("COERCE", "confiscate")).isFalse();
        assertThat(shipped.byAuthority("ASSAULT", null)).isFalse();
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "@authority ARREST/police\n");
        assertThatThrownBy(() -> EventLexicon.load(List.of(bad))).hasMessageContaining("bad.txt:1");
    }

    @Test
    void userFileAddsTriggersAndRemovesShippedOnes(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("mine.txt");
        Files.writeString(extra, "# my triggers\nASSAULT/firearms V snipe need=obj\n@remove N raid\n");
        EventLexicon lexicon = EventLexicon.load(List.of(extra));
        assertThat(lexicon.verbEntries("snipe")).singleElement()
                .satisfies(e -> assertThat(e.mode()).isEqualTo("firearms"));
        assertThat(lexicon.nounEntries("raid")).extracting(TriggerEntry::words)
                .doesNotContain(List.of("raid")).contains(List.of("air", "raid"));
        assertThat(lexicon.verbEntries("raid")).isNotEmpty();
    }

    @Test
    void malformedEntryIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "ASSAULT V attack\nBOMBARD V shell\n");
        assertThatThrownBy(() -> EventLexicon.load(List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.txt:2")
                .hasMessageContaining("BOMBARD");
        Files.writeString(bad, "ASSAULT/sniping V snipe\n");
        assertThatThrownBy(() -> EventLexicon.load(List.of(bad))).hasMessageContaining("no mode sniping");
    }

    @Test
    void codebookGivesQuadClassAndIntensity() {
        PloverCodebook codebook = PloverCodebook.builtin();
        assertThat(codebook.types()).hasSize(16);
        assertThat(codebook.type("ASSAULT").quad()).isEqualTo(4);
        assertThat(codebook.type("ASSAULT").intensity()).isEqualTo(-9.3);
        assertThat(codebook.type("CONSULT").quad()).isEqualTo(1);
        assertThat(codebook.type("RETREAT").intensity()).isEqualTo(7.6);
        assertThat(codebook.type("AID").promiseType()).isEqualTo("AGREE");
        assertThat(codebook.type("ASSAULT").promiseType()).isEqualTo("THREATEN");
    }
}
