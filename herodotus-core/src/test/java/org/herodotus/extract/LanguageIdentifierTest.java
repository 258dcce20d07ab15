package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier languages = LanguageIdentifier.shared();
    private final FunctionWords words = new FunctionWords(RuleFile.resource("languages.rules").section("function-words"));

    @Test
    void identifiesNewsLanguagesAsIso6391Codes() {
        assertThat(languages.identify("The minister said the talks would resume next week in the capital.")).isEqualTo("en");
        assertThat(languages.identify("Der Minister sagte, die Gespräche würden nächste Woche in der Hauptstadt fortgesetzt.")).isEqualTo("de");
        assertThat(languages.identify("Le ministre a déclaré que les négociations reprendraient la semaine prochaine.")).isEqualTo("fr");
        assertThat(languages.identify("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في العاصمة.")).isEqualTo("ar");
        assertThat(languages.identify("Министр заявил, что переговоры возобновятся на следующей неделе.")).isEqualTo("ru");
    }

    @Test
    void saysNothingAboutTooLittleText() {
        assertThat(languages.identify("Menu")).isNull();
        assertThat(languages.identify("12:45 – 13:10")).isNull();
        assertThat(languages.identify(null)).isNull();
    }

    private static final String GERMAN = "Die Regierung hat am Montag angekündigt, dass die Steuern für kleine Unternehmen"
            + " im nächsten Jahr sinken sollen. Der Finanzminister sagte, man wolle damit die Wirtschaft stärken, die seit"
            + " dem Frühjahr unter den hohen Energiepreisen leidet. Die Opposition kritisierte den Plan als zu spät.";

    @Test
    void leavesCloseLanguagesToTheIdentifier() {
        // Indonesian and Malay share most function words: the check abstains rather than guess.
        String indonesian = "Pemerintah mengatakan bahwa harga bahan bakar akan naik pada bulan depan karena biaya"
                + " impor yang semakin tinggi, dan masyarakat diminta untuk menghemat energi di rumah dan di kantor"
                + " mereka selama musim kemarau yang panjang ini.";
        assertThat(words.dominant(indonesian)).isNull();
        assertThat(languages.identify(indonesian)).isIn("id", "ms");
    }

    // A headline and lead full of Danish names: the first 150 characters alone can read as Danish.
    private static final String ENGLISH_ABOUT_DENMARK = "Tivoli hosts Kierkegaard jubilee\n\n"
            + "Danish pianist Søren Kjærgaard Østergaard is to play at Tivoli in København to mark the"
            + " anniversary of the philosopher's birth, and the city has said that the concerts will be free."
            + " Tickets for the two evenings were handed out in the morning, and the organisers said that"
            + " most of them had gone within an hour. It is the first time the gardens have been used for"
            + " an event of this kind, and the mayor said he hoped it would become a tradition.";

    @Test
    void namesTheLanguageWhoseFunctionWordsStandOut() {
        assertThat(words.dominant(ENGLISH_ABOUT_DENMARK)).isEqualTo("en");
        assertThat(words.dominant(GERMAN)).isEqualTo("de");
        assertThat(languages.identify(ENGLISH_ABOUT_DENMARK)).isEqualTo("en");
        // A page's declared language is not read here (ExtractorTest: a German page declared
        // English is German).
        assertThat(languages.identify(GERMAN)).isEqualTo("de");
    }

    @Test
    void leavesShortTextsWithoutFunctionWordsToTheIdentifier() {
        assertThat(words.dominant("Kierkegaard Østergaard København Tivoli")).isNull();
        assertThat(words.dominant(null)).isNull();
    }

    @Test
    void readsDeclaredLanguageTagsAsLinguaCodes() {
        assertThat(LanguageIdentifier.normalizeDeclared("de-AT")).isEqualTo("de");
        assertThat(LanguageIdentifier.normalizeDeclared("no")).isEqualTo("nb");
        assertThat(LanguageIdentifier.normalizeDeclared("iw")).isEqualTo("he");
        assertThat(LanguageIdentifier.normalizeDeclared("deu")).isNull();
        assertThat(LanguageIdentifier.normalizeDeclared(null)).isNull();
    }

    @Test
    void looksAtTheStartOfLongTextsOnly() {
        String sample = LanguageIdentifier.sample("word ".repeat(100), 50);
        assertThat(sample.length()).isLessThanOrEqualTo(50);
        assertThat(sample).doesNotEndWith(" wo");
    }
}
