package org.herodotus.actors;

/**
 * How a phrase refers to a country: by name ("Iran"), by demonym ("Iranian"), or by a metonym
 * standing for its government ("Tehran", "the Kremlin").
 *
 * @param code   ISO 3166-1 alpha-3 code
 * @param kind   how the phrase refers to it
 * @param sector the sector a metonym implies (GOV for a capital), null otherwise
 */
record CountryRef(String code, Kind kind, String sector) {

    /** Ways of referring to a country. */
    enum Kind {
        /** The country's name. */
        NAME,
        /** Adjective or inhabitants. */
        DEMONYM,
        /** A city that stands for its government, unless used as a place ("in Tehran"). */
        METONYM,
        /** A building or phrase that always stands for its government ("the Kremlin"). */
        INSTITUTION
    }
}
