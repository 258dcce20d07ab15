package org.herodotus.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WordClassesTest {

    private static WordClasses read(String text) throws Exception {
        return WordClasses.parse(LexiconFile.read("words.txt", new StringReader(text)));
    }

    @Test
    void aClassGoesOnOverTheLinesThatRepeatItsNameAndSkipsCommentsAndBlankLines() throws Exception {
        WordClasses w = read("# Honorifics before a name (\"Mr Esper\")\n"
                + "honorifics  mr mr. mrs\n"
                + "\n"
                + "# pronouns of a person\n"
                + "person-pronouns\the\tshe\n"
                + "honorifics  dr dr.\n");
        assertThat(w.get("honorifics")).containsExactlyInAnyOrder("mr", "mr.", "mrs", "dr", "dr.");
        assertThat(w.get("person-pronouns")).containsExactlyInAnyOrder("he", "she");
        assertThat(w.names()).containsExactly("honorifics", "person-pronouns");
    }

    @Test
    void wordsAreKeptAsWrittenPunctuationAndCaseIncluded() throws Exception {
        WordClasses w = read("punctuation , . ; : -- ...\nquote-marks \" `` '' “ ”\nparticles de De\n");
        assertThat(w.get("punctuation")).contains(";", ":", "...");
        assertThat(w.get("quote-marks")).contains("\"", "``", "“");
        assertThat(w.get("particles")).containsExactlyInAnyOrder("de", "De");
    }

    @Test
    void asEveryRuleOnceDidWithSetOfNoWordIsNull() throws Exception {
        // the rules' Set.of constants threw on contains(null); a class read from the file does the same
        WordClasses w = read("weekdays monday tuesday\n");
        assertThatThrownBy(() -> w.get("weekdays").contains(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> w.get("weekdays").add("friday")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aHashAfterWhiteSpaceStartsACommentButAHashInsideAWordDoesNot() throws Exception {
        WordClasses w = read("tags c# f#   # two languages, not \"#\"\nplain x\t# one\n");
        assertThat(w.get("tags")).containsExactlyInAnyOrder("c#", "f#");
        assertThat(w.get("plain")).containsExactly("x");
    }

    @Test
    void aReaderThatNamesItsClassesRefusesAnyOtherAtItsLine() throws Exception {
        LexiconFile file = LexiconFile.read("modality.txt", new StringReader("negator not never\nhedgeing perhaps\n"));
        assertThatThrownBy(() -> WordClasses.parse(file, java.util.Set.of("negator", "hedge-aux")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("modality.txt:2: unknown class hedgeing (known: hedge-aux, negator)");
        assertThat(WordClasses.parse(file).names()).containsExactly("negator", "hedgeing");
    }

    @Test
    void aClassTheFileDoesNotDefineIsAnErrorNamingTheFileAndItsClasses() throws Exception {
        WordClasses w = read("honorifics mr mrs\n");
        assertThatThrownBy(() -> w.get("honorific")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("words.txt: no word class 'honorific' (defined: honorifics)");
    }

    @Test
    void aLineWithoutAClassNameIsRefusedNamingFileAndLine() throws Exception {
        assertThatThrownBy(() -> read("# quote marks\n\" `` ''\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("words.txt:2: expected a class name");
        assertThatThrownBy(() -> read("honorifics mr\n  mrs ms\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("words.txt:2: expected a class name");
        assertThatThrownBy(() -> read("Honorifics mr\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("words.txt:1: expected a class name");
    }

    @Test
    void aClassNameWithoutWordsIsRefusedNamingFileAndLine() throws Exception {
        assertThatThrownBy(() -> read("honorifics mr\n\nweekdays\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("words.txt:3: class 'weekdays' has no words on this line");
    }

    @Test
    void aWordListedTwiceInOneClassIsRefusedButMayStandInTwoClasses() throws Exception {
        assertThatThrownBy(() -> read("relative-pronouns who which\nrelative-pronouns that who\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("words.txt:2: 'who' is listed twice in class 'relative-pronouns'");
        WordClasses w = read("pronouns he who\nrelative-pronouns who which that\n");
        assertThat(w.get("pronouns")).contains("who");
        assertThat(w.get("relative-pronouns")).contains("who");
    }

    @Test
    void aMissingBundledFileIsABrokenBuild() {
        assertThatThrownBy(() -> WordClasses.load(WordClassesTest.class, "no-such-words.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-words.txt");
    }
}
