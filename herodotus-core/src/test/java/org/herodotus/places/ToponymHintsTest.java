package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the words around a toponym say about which place it is. */
class ToponymHintsTest {

    private static Toponym at(String text, String name) {
        int start = text.indexOf(name);
        return new Toponym(start, start + name.length(), name, Toponym.Origin.NER);
    }

    @Test
    void airportWordsAfterBeforeOrInsideTheNameMeanTheAirport() {
        String after = "Rockets struck near Qayyarah West air base overnight.";
        assertThat(ToponymHints.airportContext(after, at(after, "Qayyarah"))).isTrue();
        String before = "Troops landed at the air base at Ain al-Asad on Friday.";
        assertThat(ToponymHints.airportContext(before, at(before, "Ain al-Asad"))).isTrue();
        String town = "Shops reopened in Qayyarah on Friday.";
        assertThat(ToponymHints.airportContext(town, at(town, "Qayyarah"))).isFalse();
    }

    @Test
    void regionWordsMeanTheRegion() {
        String after = "Fighting spread across Anbar province last week.";
        assertThat(ToponymHints.adminContext(after, at(after, "Anbar"))).isTrue();
        String before = "Gunmen attacked a market in the state of Borno.";
        assertThat(ToponymHints.adminContext(before, at(before, "Borno"))).isTrue();
        String plain = "Gunmen attacked a market in Borno.";
        assertThat(ToponymHints.adminContext(plain, at(plain, "Borno"))).isFalse();
    }

    @Test
    void aDemonymThatIntroducesAPlaceGivesItsCountry() {
        Gazetteer g = TestGazetteer.G;
        String text = "Police sealed off a street in the Iraqi city of Mosul.";
        int iraq = TestGazetteer.find(g, "Iraq", Feature.COUNTRY);
        Toponym iraqi = at(text, "Iraqi");
        List<ResolvedToponym> demonyms = List.of(new ResolvedToponym(iraqi, iraq, 1));
        assertThat(ToponymHints.demonymCountry(g, text, at(text, "Mosul"), demonyms)).isEqualTo(g.country(iraq));
        String far = "An Iraqi delegation arrived on Monday, while talks went on in Mosul.";
        assertThat(ToponymHints.demonymCountry(g, far, at(far, "Mosul"),
                List.of(new ResolvedToponym(at(far, "Iraqi"), iraq, 1)))).isEqualTo(-1);
    }

    @Test
    void theGapBetweenTwoNamesSaysInOrNear() {
        assertThat(ToponymHints.contained(", ")).isTrue();
        assertThat(ToponymHints.contained(" in ")).isTrue();
        assertThat(ToponymHints.near(", north of ")).isTrue();
        assertThat(ToponymHints.near(" and ")).isFalse();
        assertThat(ToponymHints.contained(" and ")).isFalse();
    }

    @Test
    void slicesOutsideTheTextAreClampedNotThrown() {
        assertThat(ToponymHints.slice("Mosul", -5, 3)).isEqualTo("Mos");
        assertThat(ToponymHints.slice("Mosul", 4, 40)).isEqualTo("l");
        assertThat(ToponymHints.slice("Mosul", 9, 2)).isEmpty();
    }
}
