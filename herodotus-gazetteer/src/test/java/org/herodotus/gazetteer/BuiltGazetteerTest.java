package org.herodotus.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.places.Feature;
import org.herodotus.places.Gazetteer;
import org.herodotus.places.Names;
import org.junit.jupiter.api.Test;

/** The gazetteer the build made from the npm packages and the curated aliases. */
class BuiltGazetteerTest {

    private static final Gazetteer G = Gazetteer.fromClasspath().orElseThrow();

    private static boolean names(String name, String expected, Feature feature, String country) {
        for (int posting : G.postings(Names.normalize(name))) {
            int p = posting >>> 2;
            if (G.name(p).equals(expected) && G.feature(p) == feature
                    && country.equals(G.countryAlpha3(G.country(p)))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void holdsCountriesProvincesCitiesAndAirportsFromEverySource() {
        assertThat(G.size()).isGreaterThan(200_000);
        assertThat(G.countryCount()).isGreaterThanOrEqualTo(245);
        assertThat(G.admin1Count()).isGreaterThan(4_000);
        assertThat(names("Iraq", "Iraq", Feature.COUNTRY, "IRQ")).isTrue();
        assertThat(names("Anbar", "Al Anbar", Feature.ADMIN1, "IRQ")).isTrue();
        assertThat(names("Mosul", "Mosul", Feature.ADMIN_SEAT, "IRQ")).isTrue();
        assertThat(names("Baghdad", "Baghdad", Feature.CAPITAL, "IRQ")).isTrue();
        assertThat(names("Baghdad International Airport", "Baghdad International Airport", Feature.AIRPORT, "IRQ")).isTrue();
    }

    @Test
    void knowsTheCuratedNamesOfIraqiBases() {
        assertThat(names("Ain al-Asad", "Al Asad Air Base", Feature.AIRBASE, "IRQ")).isTrue();
        assertThat(names("Ain Al-Assad", "Al Asad Air Base", Feature.AIRBASE, "IRQ")).isTrue();
        assertThat(names("Q-West", "Qayyarah West Airport", Feature.AIRPORT, "IRQ")).isTrue();
        assertThat(names("Qayyarah airfield", "Qayyarah West Airport", Feature.AIRPORT, "IRQ")).isTrue();
    }

    @Test
    void placesCitiesInTheirAdminOneRegion() {
        for (int posting : G.postings("mosul")) {
            int p = posting >>> 2;
            if (G.feature(p) == Feature.ADMIN_SEAT) {
                assertThat(G.admin1Name(G.admin1(p))).isEqualTo("Nineveh");
                assertThat(G.admin1Code(G.admin1(p))).isEqualTo("IQ-NI");
            }
        }
    }

    @Test
    void sendsDemonymsToTheMostPopulousCountry() {
        assertThat(G.countryAlpha3(G.country(G.demonym("american")))).isEqualTo("USA");
        assertThat(G.countryAlpha3(G.country(G.demonym("french")))).isEqualTo("FRA");
        assertThat(G.countryAlpha3(G.country(G.demonym("iraqi")))).isEqualTo("IRQ");
        assertThat(G.name(G.demonym("middle eastern"))).isEqualTo("Middle East");
        assertThat(G.demonym("shiite")).isEqualTo(-1);
    }
}
