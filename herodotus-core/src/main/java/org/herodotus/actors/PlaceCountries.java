package org.herodotus.actors;

import static org.herodotus.actors.PhraseWords.COMPASS;
import static org.herodotus.actors.PhraseWords.PLACE_HEADS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.places.Locatives;

/**
 * Where things happen: the countries of the places each sentence locates things in, and the
 * country the article's places name most often. Groups that the text gives no country take one
 * of these (see {@link CountryDefaults}).
 */
final class PlaceCountries {

    /** Prepositions that say where something happens ("in Baghdad", "throughout Indonesia"). */
    private static final Set<String> PLACE_PREPOSITIONS = Locatives.defaults().words(Locatives.Use.COUNTRY);

    private PlaceCountries() {
    }

    /** The places of {@code places} with a country, one per mention inside {@code s}. */
    static List<Place> mentionsIn(Sentence s, List<Place> places) {
        List<Place> out = new ArrayList<>();
        for (Place p : places) {
            if (p.country() == null) {
                continue;
            }
            for (Span m : p.mentions()) {
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    out.add(p.at(m));
                }
            }
        }
        return out;
    }

    /**
     * The countries of the places a sentence locates things in, in text order: a country or city
     * of the country table after "in", "inside", "throughout", "across" or "within" ("in Baghdad",
     * "in southern Lebanon", "throughout Indonesia"; "in US custody" names no place), and any
     * other place the places stage found in it ("Chicago police", "a school in Soweto"). A country
     * name without such a preposition is left out: "Iran denied" names an actor, not a place.
     */
    static List<String> inSentence(List<Token> tokens, DictionaryHit[] hitAt, List<Place> gazetteerPlaces) {
        List<String> out = new ArrayList<>();
        List<Place> others = new ArrayList<>(gazetteerPlaces);
        others.removeIf(p -> countryHitWithin(tokens, hitAt, p));
        others.sort(Comparator.comparingInt(Place::start));
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (next < others.size() && others.get(next).start() < tokens.get(i).end()) {
                out.add(others.get(next++).country());
            }
            DictionaryHit h = hitAt[i];
            if (h == null || h.first() != i || !h.country()) {
                continue;
            }
            CountryRef ref = (CountryRef) h.value();
            if (ref.kind() != CountryRef.Kind.NAME && ref.kind() != CountryRef.Kind.METONYM) {
                continue;
            }
            int b = i - 1;
            while (b >= 0 && (tokens.get(b).pos().equals("DT") || tokens.get(b).pos().startsWith("JJ")
                    || COMPASS.contains(tokens.get(b).word().toLowerCase(Locale.ROOT)))) {
                b--;
            }
            if (b < 0 || !PLACE_PREPOSITIONS.contains(tokens.get(b).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int after = h.end();
            if (after < tokens.size()) {
                Token t = tokens.get(after);
                if ((t.pos().startsWith("NN") || t.pos().equals("POS"))
                        && !PLACE_HEADS.contains(t.word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
            }
            out.add(ref.code());
        }
        while (next < others.size()) {
            out.add(others.get(next++).country());
        }
        return out;
    }

    /** Whether a country-table entry covers one of the place's words (the table's reading wins). */
    private static boolean countryHitWithin(List<Token> tokens, DictionaryHit[] hitAt, Place p) {
        for (Token t : tokens) {
            if (t.end() > p.start() && t.start() < p.end() && hitAt[t.index()] != null && hitAt[t.index()].country()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The country named most often among the sentences' places, or null when none is; on a tie, the one
     * named first, as a news lead names where its story happens ("talks in eastern Congo …" before
     * "mediators from Angola").
     */
    static String dominant(Map<Integer, List<String>> placesBySentence) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (Map.Entry<Integer, List<String>> e : new TreeMap<>(placesBySentence).entrySet()) {
            for (String c : e.getValue()) {
                counts.merge(c, 1, Integer::sum);
                first.putIfAbsent(c, e.getKey());
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && first.get(e.getKey()) < first.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
