package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void foldsDiacriticsCaseAndPunctuation() {
        assertThat(Names.normalize("Al-Qayyārah")).isEqualTo("al qayyarah");
        assertThat(Names.normalize("U.S.")).isEqualTo("us");
        assertThat(Names.normalize("Baghdad’s")).isEqualTo("baghdads");
        assertThat(Names.normalize("ʿAyn al-Asad")).isEqualTo("ayn al asad");
        assertThat(Names.normalize("  São   Paulo ")).isEqualTo("sao paulo");
        assertThat(Names.normalize("Łódź")).isEqualTo("lodz");
    }

    @Test
    void namesInOtherScriptsHaveNoLatinForm() {
        assertThat(Names.normalize("القيارة")).isEmpty();
        assertThat(Names.normalize("Москва")).isEmpty();
    }

    @Test
    void stripsOnlyALeadingArabicArticle() {
        assertThat(Names.stripArticle("al qayyarah")).isEqualTo("qayyarah");
        assertThat(Names.stripArticle("ar rutbah")).isEqualTo("rutbah");
        assertThat(Names.stripArticle("alabama")).isEqualTo("alabama");
        assertThat(Names.stripArticle("al")).isEqualTo("al");
    }

    @Test
    void mergesTransliterationVariantsOfAinAlAsad() {
        String a = Names.skeleton(Names.normalize("Ain Al-Assad"));
        assertThat(Names.skeleton(Names.normalize("Ayn al-Asad"))).isEqualTo(a);
        assertThat(Names.skeleton(Names.normalize("Ein al Asad"))).isEqualTo(a);
        assertThat(Names.skeleton(Names.normalize("Qayyarah"))).isEqualTo(Names.skeleton(Names.normalize("Kayara")));
    }

    @Test
    void keysCoverPlainStrippedAndSkeletonForms() {
        assertThat(Names.keys("Al Anbar")).containsExactly("al anbar", "anbar", "~anbar");
        assertThat(Names.keys("北京")).isEmpty();
    }

    @Test
    void boundedDistanceStopsEarly() {
        assertThat(Names.boundedDistance("qayyrah", "qayyarah", 2)).isEqualTo(1);
        assertThat(Names.boundedDistance("mosul", "moscow", 1)).isEqualTo(2);
        assertThat(Names.boundedDistance("a", "abcdef", 2)).isEqualTo(3);
    }
}
