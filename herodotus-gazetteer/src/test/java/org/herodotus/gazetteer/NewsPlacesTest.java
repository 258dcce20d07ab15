package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.model.Article;
import org.herodotus.model.Place;
import org.herodotus.nlp.NlpStage;
import org.herodotus.pipeline.Doc;
import org.herodotus.places.PlaceStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Places of short news passages, found and resolved end to end against the built gazetteer. */
class NewsPlacesTest {

    private static NlpStage nlp;
    private static PlaceStage stage;

    @BeforeAll
    static void load() {
        nlp = new NlpStage();
        stage = PlaceStage.fromClasspath().orElseThrow();
    }

    private static List<Place> places(String text) {
        Article article = new Article("t", null, null, null, null, "en", text, List.of());
        return stage.apply(nlp.apply(Doc.of(article))).places();
    }

    private static Optional<Place> named(List<Place> places, String text, String surface) {
        return places.stream().filter(p -> text.substring(p.start(), p.end()).equals(surface)).findFirst();
    }

    @Test
    void takesNoMonthWeekdayOrCompassPointForAPlace() {
        String text = "The fighters left their last positions in March and reached the north on Tuesday. "
                + "Officials in August said the West had done nothing, while the South stayed calm.";
        List<Place> places = places(text);
        for (String word : List.of("March", "Tuesday", "August", "West", "South")) {
            assertThat(named(places, text, word)).as(word).isEmpty();
        }
    }

    @Test
    void readsADemonymBeforeANounAsNoPlaceButAsWhereTheNextPlaceIs() {
        String text = "The poison was found in the southern English city of Salisbury, where police sealed off a park.";
        List<Place> places = places(text);
        assertThat(named(places, text, "English")).isEmpty();
        assertThat(named(places, text, "Salisbury")).get().extracting(Place::country).isEqualTo("GBR");
    }

    @Test
    void givesTheSovietUnionNoCountryOfToday() {
        String text = "Relations have not been this bad since the collapse of the Soviet Union, the minister said.";
        assertThat(named(places(text), text, "Soviet Union")).get().satisfies(p -> {
            assertThat(p.country()).isNull();
            assertThat(p.lat()).isNotNull();
        });
    }

    @Test
    void resolvesAProvinceNamedWithItsNounAsThatProvince() {
        String text = "Buses carried the rebels and their families to Idlib province overnight.";
        assertThat(named(places(text), text, "Idlib province")).get().extracting(Place::country).isEqualTo("SYR");
    }

    @Test
    void placesAPrisonAtTheTownItIsNamedFor() {
        String text = "The two reporters are being held in Insein prison in Yangon, their lawyer said on Monday.";
        assertThat(named(places(text), text, "Insein prison")).get().satisfies(p -> {
            assertThat(p.country()).isEqualTo("MMR");
            assertThat(p.feature()).isEqualTo("landmark");
        });
    }

    @Test
    void keepsAStreetInTheCountryOfTheTownNamedBesideIt() {
        String text = "Police said the shooting happened on Seventh Street in Columbus, Indiana, shortly after midnight.";
        assertThat(named(places(text), text, "Seventh Street")).get().satisfies(p -> {
            assertThat(p.country()).isEqualTo("USA");
            assertThat(p.lat()).isNull();
        });
    }

    @Test
    void takesNoPersonsNameForASpot() {
        String text = "Supporters of former President Park Geun-hye rallied in Seoul on Saturday.";
        List<Place> places = places(text);
        assertThat(places).noneMatch(p -> text.substring(p.start(), p.end()).contains("Park"));
        assertThat(named(places, text, "Seoul")).isPresent();
    }

    @Test
    void knowsTheEverydayNamesOfCountriesAndRegions() {
        String text = "NATO troops patrolled the road to Tuzla, Bosnia, as fighting flared again in Chechnya.";
        List<Place> places = places(text);
        assertThat(named(places, text, "Bosnia")).get().extracting(Place::country).isEqualTo("BIH");
        assertThat(named(places, text, "Chechnya")).get().extracting(Place::country).isEqualTo("RUS");
    }
}
