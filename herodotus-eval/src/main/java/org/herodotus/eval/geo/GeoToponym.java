package org.herodotus.eval.geo;

/**
 * A toponym as the geoparsing benchmarks record it: surface text, coordinates (null when the
 * annotation has none) and character offsets into the document text.
 *
 * @param text  the surface text
 * @param lat   latitude, or null
 * @param lon   longitude, or null
 * @param start start offset (0-based)
 * @param end   end offset (exclusive)
 */
public record GeoToponym(String text, Double lat, Double lon, int start, int end) {

    /** Whether it has coordinates (only such toponyms take part in scoring). */
    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }
}
