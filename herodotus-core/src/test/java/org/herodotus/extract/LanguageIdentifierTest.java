package org.herodotus.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private final LanguageIdentifier languages = LanguageIdentifier.shared();

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

    @Test
    void looksAtTheStartOfLongTextsOnly() {
        String sample = LanguageIdentifier.sample("word ".repeat(100), 50);
        assertThat(sample.length()).isLessThanOrEqualTo(50);
        assertThat(sample).doesNotEndWith(" wo");
    }
}
