package org.herodotus.places;

/**
 * A stretch of text that names a place (or, for {@link Origin#DEMONYM}, refers to one through an
 * adjective), before resolution.
 *
 * <p>Not part of the library API; used by herodotus-eval's geo evaluation and places benchmark.
 *
 * @param start  start offset in the text
 * @param end    end offset (exclusive)
 * @param text   the words as written
 * @param origin how it was found
 */
public record Toponym(int start, int end, String text, Origin origin) {

    /** How a toponym was found. */
    public enum Origin {
        /** Tagged as a location by the named-entity recogniser. */
        NER,
        /** Found by looking capitalised words up in the gazetteer. */
        GAZETTEER,
        /** Given from outside (for instance gold toponyms in an evaluation). */
        GIVEN,
        /** An adjective or demonym ("Iraqi", "Middle Eastern"): refers to a place, is not one. */
        DEMONYM
    }
}
