package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/** Which spellings in the text a dictionary phrase matches. */
class PhraseIndexTest {

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        for (String w : text.split(" ")) {
            int start = text.indexOf(w, i);
            out.add(new Token(out.size(), start, start + w.length(), w, "NN", w.toLowerCase(), "O"));
            i = start + w.length();
        }
        return out;
    }

    private static boolean matchesAtStart(PhraseIndex<String> index, String text) {
        return index.longestAt(text, tokens(text), 0) != null;
    }

    @Test
    void aMixedCaseAbbreviationMatchesOnlyAsWritten() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("LeT", "Lashkar-e-Taiba");
        assertThat(matchesAtStart(index, "LeT claimed the attack")).isTrue();
        assertThat(matchesAtStart(index, "Let us now focus on the threat")).isFalse();
        assertThat(matchesAtStart(index, "LET US NOW FOCUS")).isFalse();
    }

    @Test
    void anOrdinaryNameIgnoresCaseAndAccents() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Hezbollah", "Hezbollah");
        index.add("Sao Paulo", "Sao Paulo");
        assertThat(matchesAtStart(index, "HEZBOLLAH fighters")).isTrue();
        assertThat(matchesAtStart(index, "São Paulo police")).isTrue();
    }

    @Test
    void aShortAllCapitalAcronymMatchesOnlyAsWritten() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("IS", "Islamic State");
        assertThat(matchesAtStart(index, "IS fighters")).isTrue();
        assertThat(matchesAtStart(index, "Is it true")).isFalse();
    }

    @Test
    void foldsPlainTextAsTheUnicodeFoldingWould() {
        List<String> samples = List.of("Kataib Hezbollah", "  U.S.  Central\tCommand ", "Workers` Party",
                "LASHKAR-E-TAIBA\r\n", "al-Qaeda in the\u000BArabian\fPeninsula", "\u0001Hamas\u0002",
                "Ministry of Defence (MoD)", "", " ", "São Paulo", "Kata\u2019ib", "ﬁre brigade");
        for (String s : samples) {
            assertThat(PhraseIndex.fold(s)).as(s).isEqualTo(unicodeFold(s));
            assertThat(PhraseIndex.collapseSpaces(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
        }
        assertThat(PhraseIndex.fold("  U.S.  Central\tCommand ")).isEqualTo("u.s. central command");
        assertThat(PhraseIndex.fold("ﬁre brigade")).isEqualTo("fire brigade");
    }

    /** Folding by Unicode normalisation and regular expressions alone, for any text. */
    private static String unicodeFold(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        return n.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
