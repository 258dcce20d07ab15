package org.herodotus.places;

import java.util.List;
import org.herodotus.nlp.Token;

/**
 * What the gazetteer says of a name found without the recogniser's help: whether it is the own
 * name of a prominent place, of an airfield, of a country, or one spelling error away from a
 * place's own name. {@link ToponymFinder} trusts a capitalised word as a place only on such
 * evidence.
 */
final class GazetteerEvidence {

    private final Gazetteer gazetteer;

    GazetteerEvidence(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Whether {@code key} is the own name of a place prominent enough to trust without the
     * recogniser: a country, region, continent, sea, admin-1 region, capital, airport or a city of
     * 50,000 or more.
     */
    boolean strongPlace(String key, boolean anyPopulated) {
        if (key.length() < 2) {
            return false;
        }
        for (int posting : gazetteer.postings(key)) {
            int p = posting >>> 2;
            int kind = posting & 3;
            if (kind > Gazetteer.KIND_PRIMARY_STRIPPED) {
                continue;
            }
            Feature f = gazetteer.feature(p);
            if (f == Feature.CITY || f == Feature.ADMIN_SEAT) {
                if (anyPopulated || gazetteer.population(p) >= 50_000) {
                    return true;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code key} is the own name of an airport or air base. */
    boolean strongAirfield(String key) {
        for (int posting : gazetteer.postings(key)) {
            if ((posting & 3) == Gazetteer.KIND_PRIMARY && gazetteer.feature(posting >>> 2).isAirfield()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a key one edit from {@code key} is the own name of a place a reporter could have
     * misspelt (the spelling-error fallback). Hamlets are left out: one edit from a brand or a
     * surname there is nearly always some small village ("In a Tumblr post" is not Tumble, Wales).
     */
    boolean fuzzyPlace(String key) {
        for (String similar : gazetteer.similarKeys(key, 1)) {
            for (int posting : gazetteer.postings(similar)) {
                if ((posting & 3) <= Gazetteer.KIND_PRIMARY_STRIPPED && misspellable(gazetteer, posting >>> 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Below this population a populated place is too small to be the fuzzy fallback's guess. */
    private static final int FUZZY_MIN_POPULATION = 10_000;

    /** Whether {@code place} is big enough to be guessed from a name one edit away. */
    static boolean misspellable(Gazetteer gazetteer, int place) {
        Feature f = gazetteer.feature(place);
        int population = gazetteer.population(place);
        return f != Feature.CITY || population == 0 || population >= FUZZY_MIN_POPULATION;
    }

    /** Whether the toponym ending before token {@code end} is a country's name ("US", "Iraq"). */
    boolean countryName(List<Token> tokens, int end) {
        for (int from = end - 1; from >= Math.max(0, end - 4); from--) {
            for (int posting : gazetteer.postings(Names.normalize(span(tokens, from, end)))) {
                if (gazetteer.feature(posting >>> 2) == Feature.COUNTRY) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String span(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(tokens.get(k).word());
        }
        return sb.toString();
    }
}
