package org.herodotus.places;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A small hand-made gazetteer with the traps the resolver must avoid: "Anbar" is also an
 * alternate name of a Turkish village, "Nineveh" a US town, "Georgia" a country and a US state,
 * "Tumble" a Welsh village one letter from a web site.
 */
final class TestGazetteer {

    static final Gazetteer G = build();

    private TestGazetteer() {
    }

    static int find(Gazetteer g, String name, Feature feature) {
        for (int p = 0; p < g.size(); p++) {
            if (g.name(p).equals(name) && g.feature(p) == feature) {
                return p;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Gazetteer build() {
        GazetteerWriter w = new GazetteerWriter();
        int irq = w.addCountry("IQ", "IRQ", "Iraq");
        int tur = w.addCountry("TR", "TUR", "Turkey");
        int usa = w.addCountry("US", "USA", "United States");
        int geo = w.addCountry("GE", "GEO", "Georgia");
        int p;
        p = w.addPlace("Iraq", Feature.COUNTRY, 33, 44, irq, -1, 40_000_000);
        w.setCountryPlace(irq, p);
        w.addDemonym("Iraqi", p);
        p = w.addPlace("Turkey", Feature.COUNTRY, 39, 35, tur, -1, 80_000_000);
        w.setCountryPlace(tur, p);
        p = w.addPlace("United States", Feature.COUNTRY, 39.76, -98.5, usa, -1, 330_000_000);
        w.setCountryPlace(usa, p);
        w.addName(p, "US", GazetteerWriter.PRIMARY);
        w.addDemonym("American", p);
        p = w.addPlace("Georgia", Feature.COUNTRY, 42, 43.5, geo, -1, 3_700_000);
        w.setCountryPlace(geo, p);

        int anbar = w.addAdmin1("IQ-AN", "Al Anbar", irq);
        w.setAdmin1Place(anbar, w.addPlace("Al Anbar", Feature.ADMIN1, 32.79, 41.61, irq, anbar, 0));
        int nineveh = w.addAdmin1("IQ-NI", "Nineveh", irq);
        w.setAdmin1Place(nineveh, w.addPlace("Nineveh", Feature.ADMIN1, 36.2, 42.6, irq, nineveh, 0));
        int baghdadA1 = w.addAdmin1("IQ-BG", "Baghdad", irq);
        w.setAdmin1Place(baghdadA1, w.addPlace("Baghdad", Feature.ADMIN1, 33.3, 44.4, irq, baghdadA1, 0));
        int usGa = w.addAdmin1("US-GA", "Georgia", usa);
        w.setAdmin1Place(usGa, w.addPlace("Georgia", Feature.ADMIN1, 32.8, -83.5, usa, usGa, 0));
        int usNy = w.addAdmin1("US-NY", "New York", usa);
        w.setAdmin1Place(usNy, w.addPlace("New York", Feature.ADMIN1, 43, -75.5, usa, usNy, 0));
        int usIl = w.addAdmin1("US-IL", "Illinois", usa);
        w.setAdmin1Place(usIl, w.addPlace("Illinois", Feature.ADMIN1, 40, -89, usa, usIl, 0));

        p = w.addPlace("Sarıkamış Köyü", Feature.CITY, 38.5, 40.1, tur, -1, 900);
        w.addName(p, "Anbar", GazetteerWriter.ALTERNATE);
        p = w.addPlace("Nineveh", Feature.CITY, 41.2, -87.3, usa, usIl, 1200);
        w.addPlace("Baghdad", Feature.CAPITAL, 33.34, 44.4, irq, baghdadA1, 7_216_000);
        w.addPlace("Mosul", Feature.ADMIN_SEAT, 36.335, 43.119, irq, nineveh, 1_683_000);
        w.addPlace("Al Qayyārah", Feature.CITY, 35.799, 43.294, irq, nineveh, 0);
        w.addPlace("Atlanta", Feature.ADMIN_SEAT, 33.75, -84.39, usa, usGa, 500_000);
        p = w.addPlace("New York City", Feature.CITY, 40.71, -74.0, usa, usNy, 8_300_000);
        w.addName(p, "New York", GazetteerWriter.ALTERNATE);
        w.addPlace("Paris", Feature.CAPITAL, 48.85, 2.35, -1, -1, 2_100_000);
        w.addPlace("Paris", Feature.CITY, 33.66, -95.55, usa, -1, 25_000);
        w.addPlace("Dallas", Feature.CITY, 32.78, -96.8, usa, -1, 1_300_000);
        w.addPlace("Tumble", Feature.CITY, 51.78, -4.11, -1, -1, 4_040);
        p = w.addPlace("Al Asad Air Base", Feature.AIRBASE, 33.79, 42.44, irq, anbar, 0);
        w.addName(p, "Ain al-Asad", GazetteerWriter.PRIMARY);
        w.addAirportTown(p, "Hit");
        p = w.addPlace("Qayyarah West Airport", Feature.AIRPORT, 35.77, 43.13, irq, nineveh, 0);
        w.addAirportTown(p, "Qayyarah");
        p = w.addPlace("Middle East", Feature.REGION, 27, 43, -1, -1, 0);
        w.setDemonym("Middle Eastern", p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            w.write(out);
            return Gazetteer.read(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
