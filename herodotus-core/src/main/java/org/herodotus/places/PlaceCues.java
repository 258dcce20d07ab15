package org.herodotus.places;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.nlp.Token;

/**
 * What the shape of a word and the words around it say about a capitalised word being a place:
 * "in X" and "the province of X" before it, a lower-case noun after it ("Chechen leader"), a
 * month or weekday that is no place alone, a headline whose capitals say nothing. Read by
 * {@link ToponymFinder}; knows no gazetteer.
 */
final class PlaceCues {

    /** Words after which a capitalised word is likely a place ("in X", "near X"). */
    static final Set<String> LOCATIVE = Locatives.defaults().words(Locatives.Use.TOPONYM);

    /** Nouns that make a following "of X" locative ("the province of Mosul", "the airport of Qayyarah"). */
    static final Set<String> PLACE_NOUNS = PlaceWords.of("of-place-nouns");

    /** Lower-case words inside a name: "Charles de Gaulle", "Abu al Khasib". */
    static final Set<String> NAME_PARTICLES = PlaceWords.of("name-particles");

    private PlaceCues() {
    }

    /**
     * Whether most words of the sentence are capitalised, as in a headline ("Police Station
     * Attacked In Kabul"): capitals then say nothing about names.
     */
    static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int caps = 0;
        for (Token t : tokens) {
            String w = t.word();
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words++;
                caps += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && caps * 10 > words * 6;
    }

    /** Whether the word has a capital anywhere ("al-Assad"). */
    static boolean hasUpper(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isUpperCase(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token has a letter or digit (is no punctuation). */
    static boolean isWord(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (Character.isLetterOrDigit(word.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words that name no place when they stand alone, whatever a gazetteer says: months and
     * weekdays ("in August", "in March" are dates, not the towns of those names) and compass
     * points ("the West", "the South", "the North accepted", not the Cameroonian regions).
     * Within a longer name they are fine: "South Korea", "West Bank".
     */
    static boolean notAPlaceAlone(String word) {
        return NOT_ALONE.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> NOT_ALONE = notAlone();

    private static Set<String> notAlone() {
        Set<String> out = new HashSet<>();
        for (Month m : Month.values()) {
            out.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            out.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        out.addAll(List.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"));
        return Set.copyOf(out);
    }

    /**
     * Whether the word after a name (token {@code next}) is a lower-case noun or adjective, so
     * that the name is used as an adjective: "the English city", "Chechen leader", "Azerbaijani
     * jails" (but not "Belgium and Luxembourg to commemorate").
     */
    static boolean adjectival(List<Token> tokens, int next) {
        if (next >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(next);
        String w = t.word();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
    }

    /** Whether the word starts with a capital. */
    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** Whether the words before token {@code i} make it a likely place: "in X", "the province of X". */
    static boolean locativeBefore(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        String prev = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
        if (LOCATIVE.contains(prev)) {
            return !prev.equals("and") || i >= 3 && LOCATIVE.contains(tokens.get(i - 3).word().toLowerCase(Locale.ROOT));
        }
        if (prev.equals("of") && i >= 2) {
            return PLACE_NOUNS.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT));
        }
        return prev.equals(",") && i >= 2 && capitalised(tokens.get(i - 2).word())
                && LOCATIVE.contains(i >= 3 ? tokens.get(i - 3).word().toLowerCase(Locale.ROOT) : "");
    }
}
