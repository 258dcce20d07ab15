package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.herodotus.lexicon.LexiconFile;
import org.junit.jupiter.api.Test;

/** Reading the modality and codebook files: classes, trailing comments, errors by file and line. */
class ModalityLexiconTest {

    @Test
    void aClassLineAddsItsWordsAndATrailingCommentIsIgnored() throws Exception {
        ModalityLexicon lexicon = ModalityLexicon.parse(LexiconFile.read("mine.txt",
                new StringReader("# my words\nhedge-aux  shall-perhaps mayhap   # not \"perchance\"\n")));
        assertThat(lexicon.is("hedge-aux", "Mayhap")).isTrue();
        assertThat(lexicon.is("hedge-aux", "perchance")).isFalse();
    }

    @Test
    void anUnknownClassIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> ModalityLexicon.parse(LexiconFile.read("mine.txt",
                new StringReader("hedge-aux  mayhap\nhedging  perchance\n"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("mine.txt:2: unknown class");
    }

    @Test
    void aCodebookLineWithAWordForANumberIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> PloverCodebook.parse(LexiconFile.read("codebook.tsv",
                new StringReader("ASSAULT 4 minus-ten actor+recipient - aerial\n"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("codebook.tsv:1:");
    }

    @Test
    void theShippedFilesLoad() {
        assertThat(ModalityLexicon.builtin().is("transparent", "say")).isTrue();
        assertThat(PloverCodebook.builtin().type("ASSAULT").quad()).isEqualTo(4);
    }
}
