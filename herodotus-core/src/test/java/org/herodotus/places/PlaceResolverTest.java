package org.herodotus.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

    private final Gazetteer g = TestGazetteer.G;
    private final PlaceResolver resolver = new PlaceResolver(g);

    /** Resolves every occurrence of each name in {@code text}; returns the entries in text order. */
    private List<String> resolve(String text, String... names) {
        List<Toponym> tops = new ArrayList<>();
        for (String n : names) {
            int from = 0;
            int i;
            while ((i = text.indexOf(n, from)) >= 0) {
                tops.add(new Toponym(i, i + n.length(), n, Toponym.Origin.GIVEN));
                from = i + n.length();
            }
        }
        tops.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<String> out = new ArrayList<>();
        for (ResolvedToponym rt : resolver.resolve(text, tops, List.of()).places()) {
            out.add(rt.resolved() ? g.name(rt.place()) + "/" + g.feature(rt.place()).label() + "/"
                    + g.countryAlpha3(g.country(rt.place())) : "-");
        }
        return out;
    }

    @Test
    void sendsAnbarAndNinevehToTheIraqiProvincesNotToTurkeyOrTheUnitedStates() {
        assertThat(resolve("Attacks continued in Anbar and Nineveh.", "Anbar", "Nineveh"))
                .containsExactly("Al Anbar/admin1/IRQ", "Nineveh/admin1/IRQ");
    }

    @Test
    void prefersTheCityToTheProvinceOfTheSameName() {
        assertThat(resolve("A car bomb exploded in Baghdad.", "Baghdad")).containsExactly("Baghdad/city/IRQ");
        assertThat(resolve("Rain is expected across New York.", "New York")).containsExactly("New York City/city/USA");
    }

    @Test
    void readsGeorgiaAsTheUsStateWhenTheStoryIsAmericanAndAsTheCountryOtherwise() {
        assertThat(resolve("Georgia voters in Atlanta, United States, lined up.", "Georgia", "Atlanta", "United States"))
                .startsWith("Georgia/admin1/USA");
        assertThat(resolve("Troops crossed into Georgia.", "Georgia")).containsExactly("Georgia/country/GEO");
    }

    @Test
    void usesTheParentInXCommaY() {
        assertThat(resolve("The storm reached Paris, United States, at noon.", "Paris", "United States"))
                .containsExactly("Paris/city/USA", "United States/country/USA");
        assertThat(resolve("He flew to Paris for talks.", "Paris")).containsExactly("Paris/city/null");
    }

    @Test
    void choosesTheAirfieldWhenTheWordsAroundSayAirport() {
        assertThat(resolve("Rockets hit the airport of Qayyarah.", "Qayyarah"))
                .containsExactly("Qayyarah West Airport/airport/IRQ");
        assertThat(resolve("Families returned to Qayyarah.", "Qayyarah"))
                .containsExactly("Al Qayyārah/city/IRQ");
    }

    @Test
    void correctsASpellingErrorOnlyForLongNames() {
        assertThat(resolve("Iraq: from Ain al-Asad to Qayyrah.", "Iraq", "Qayyrah")).containsExactly(
                "Iraq/country/IRQ", "Al Qayyārah/city/IRQ");
        assertThat(resolve("Iraq: they came from Mosu.", "Mosu")).containsExactly("-");
    }

    @Test
    void resolvesDemonymsToTheirPlaceButKeepsThemApart() {
        List<Toponym> dem = List.of(new Toponym(4, 10, "Iraqi", Toponym.Origin.DEMONYM));
        PlaceResolver.Resolution r = resolver.resolve("The Iraqi army", List.of(), dem);
        assertThat(r.places()).isEmpty();
        assertThat(g.name(r.demonyms().get(0).place())).isEqualTo("Iraq");
    }
}
