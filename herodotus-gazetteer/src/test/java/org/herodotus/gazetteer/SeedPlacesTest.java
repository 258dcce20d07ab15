package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.herodotus.model.Article;
import org.herodotus.model.Place;
import org.herodotus.nlp.NlpStage;
import org.herodotus.pipeline.Doc;
import org.herodotus.places.PlaceStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The places of the seed article (shared/seed/EXPECTED.md), found and resolved end to end. */
class SeedPlacesTest {

    private static String text;
    private static List<Place> places;

    @BeforeAll
    static void analyse() throws IOException {
        // the seed article's text as the extractor gives it: one copy, kept with the extractor's tests
        text = Files.readString(Path.of("../herodotus-core/src/test/resources/org/herodotus/extract/seed/article.txt"));
        Article article = new Article("seed", null, null, null, null, "en", text, List.of());
        Doc doc = new NlpStage().apply(Doc.of(article));
        places = PlaceStage.fromClasspath().orElseThrow().apply(doc).places();
    }

    /** The places resolved for every mention whose text is {@code surface}. */
    private static List<Place> at(String surface) {
        List<Place> out = places.stream().filter(p -> text.substring(p.start(), p.end()).equals(surface)).toList();
        assertThat(out).as("mentions of %s", surface).isNotEmpty();
        return out;
    }

    private static void resolvedAs(String surface, String name, String feature, String country, String admin1) {
        for (Place p : at(surface)) {
            assertThat(p.name()).as(surface).isEqualTo(name);
            assertThat(p.feature()).as(surface).isEqualTo(feature);
            assertThat(p.country()).as(surface).isEqualTo(country);
            if (admin1 != null) {
                assertThat(p.admin1()).as(surface).isEqualTo(admin1);
            }
            assertThat(p.lat()).isNotNull();
            assertThat(p.lon()).isNotNull();
        }
    }

    @Test
    void resolvesTheCountriesAndTheCapital() {
        resolvedAs("Iraq", "Iraq", "country", "IRQ", null);
        resolvedAs("Iran", "Iran", "country", "IRN", null);
        resolvedAs("Jordan", "Jordan", "country", "JOR", null);
        resolvedAs("Syria", "Syria", "country", "SYR", null);
        resolvedAs("Israel", "Israel", "country", "ISR", null);
        resolvedAs("Belgium", "Belgium", "country", "BEL", null);
        resolvedAs("Luxembourg", "Luxembourg", "country", "LUX", null);
        resolvedAs("United States", "United States", "country", "USA", null);
        resolvedAs("Tehran", "Tehran", "city", "IRN", null);
    }

    @Test
    void resolvesTheIraqiProvinceAndCities() {
        resolvedAs("Anbar", "Al Anbar", "admin1", "IRQ", "Al Anbar");
        resolvedAs("Mosul", "Mosul", "city", "IRQ", "Nineveh");
        resolvedAs("Baghdad", "Baghdad", "city", "IRQ", "Baghdad");
    }

    @Test
    void resolvesTheBasesAndAirportsUnderEverySpelling() {
        resolvedAs("Ain Al-Assad", "Al Asad Air Base", "airbase", "IRQ", "Al Anbar");
        resolvedAs("Ain al-Assad", "Al Asad Air Base", "airbase", "IRQ", "Al Anbar");
        resolvedAs("Baghdad international airport", "Baghdad International Airport", "airport", "IRQ", null);
        resolvedAs("Qayyarah", "Qayyarah West Airport", "airport", "IRQ", "Nineveh");
        for (Place p : at("Qayyrah")) {
            assertThat(p.name()).contains("Qayy");
            assertThat(p.country()).isEqualTo("IRQ");
            assertThat(p.admin1()).isEqualTo("Nineveh");
        }
    }

    @Test
    void doesNotTakeDemonymsOrSectsForPlaces() {
        Map<String, Long> surfaces = places.stream()
                .collect(Collectors.groupingBy(p -> text.substring(p.start(), p.end()), Collectors.counting()));
        assertThat(surfaces).doesNotContainKeys("Middle Eastern", "Middle", "Eastern", "American", "Shiite", "Iraqi", "Isis",
                "ISIS", "Islamic State", "Kataib Hezbollah", "Esper");
    }
}
