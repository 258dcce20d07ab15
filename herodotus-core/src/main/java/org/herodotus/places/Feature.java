package org.herodotus.places;

/**
 * The kind of a gazetteer entry. The order is the resolver's prior: when nothing else decides,
 * a name that can be a country is the country, then an admin-1 region, then a capital, and so on.
 *
 * <p>Not part of the library API; used by herodotus-gazetteer, which builds the gazetteer.
 */
public enum Feature {
    /** A sovereign country or dependent territory. */
    COUNTRY("country"),
    /** A first-order administrative division: province, state, governorate. */
    ADMIN1("admin1"),
    /** A national capital. */
    CAPITAL("city"),
    /** A seat of a first- or second-order division (GeoNames PPLA, PPLA2). */
    ADMIN_SEAT("city"),
    /** Any other populated place. */
    CITY("city"),
    /** A civil airport. */
    AIRPORT("airport"),
    /** A military air base or airfield. */
    AIRBASE("airbase"),
    /** A continent. */
    CONTINENT("continent"),
    /** A region larger or other than a country: the Middle East, the Balkans, Kurdistan, the EU. */
    REGION("region"),
    /** A sea, ocean, gulf, lake or river. */
    WATER("water"),
    /** A building or site often named for the institution in it: the White House, the Kremlin. */
    LANDMARK("landmark");

    private final String label;

    Feature(String label) {
        this.label = label;
    }

    /** The value written to the {@code feature} field of a place in the Analysis JSON. */
    public String label() {
        return label;
    }

    /** Whether this is an airport or air base. */
    public boolean isAirfield() {
        return this == AIRPORT || this == AIRBASE;
    }

    /** Whether this is a populated place (city, town, village). */
    public boolean isPopulated() {
        return this == CAPITAL || this == ADMIN_SEAT || this == CITY;
    }

    /** Parses a feature by its enum name or label, case-insensitively; null when unknown. */
    public static Feature parse(String s) {
        for (Feature f : values()) {
            if (f.name().equalsIgnoreCase(s)) {
                return f;
            }
        }
        for (Feature f : values()) {
            if (f.label.equalsIgnoreCase(s)) {
                return f;
            }
        }
        return null;
    }
}
