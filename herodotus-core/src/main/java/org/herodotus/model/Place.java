package org.herodotus.model;

/**
 * A toponym in the text resolved to a location.
 *
 * @param id      identifier unique within the analysis ("p1", …)
 * @param name    the resolved place's name ("Al Asad Air Base")
 * @param start   start offset of the toponym in the text
 * @param end     end offset (exclusive)
 * @param lat     latitude in degrees (WGS 84), null when unresolved
 * @param lon     longitude in degrees (WGS 84), null when unresolved
 * @param country ISO 3166-1 alpha-3 code of the country it lies in
 * @param admin1  first-order administrative division (province, state)
 * @param feature kind of place: country, admin1, city, airport, …
 */
public record Place(String id, String name, int start, int end, Double lat, Double lon,
                    String country, String admin1, String feature) {
}
