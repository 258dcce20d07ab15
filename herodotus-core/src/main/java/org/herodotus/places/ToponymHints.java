package org.herodotus.places;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the words around a toponym say about which place it is: airport words ("Mosul airport",
 * "the air base at Ain al-Asad"), region words ("Anbar province"), a demonym that introduces it
 * ("the English city of Salisbury"), and what stands between two toponyms ("X, Y" and "X in Y":
 * Y contains X; "X near Y"). Read by {@link PlaceResolver}; patterns over the raw text, clamped so
 * that offsets never throw.
 */
final class ToponymHints {

    /** Airport words right after a name: "Mosul airport", "Qayyarah West air base". */
    private static final Pattern AIRPORT_AFTER = Pattern.compile(
            "(?i)^(\\s+(international|intl\\.?|military|army|west|east|north|south|new))*\\s+"
                    + "(airports?|air ?bases?|air ?fields?|airfields?|airstrips?|air stations?|bases?)\\b");
    /** Airport words right before a name: "the airport of Qayyarah", "air base at Ain al-Asad". */
    private static final Pattern AIRPORT_BEFORE = Pattern.compile(
            "(?i)\\b(airports?|air ?bases?|air ?fields?|airfields?|bases?)\\s+(of|at|in|near|called|known as)\\s+(the\\s+)?$");
    /** Airport words inside the name itself: "Baghdad International Airport". */
    private static final Pattern AIRPORT_NAME = Pattern.compile(
            "(?i)\\b(airport|air ?base|air ?field|airfield|afb)\\b");
    private static final Pattern ADMIN_AFTER = Pattern.compile(
            "(?i)^\\s+(province|governorate|state|region|oblast|prefecture|county|district)\\b");
    private static final Pattern ADMIN_BEFORE = Pattern.compile(
            "(?i)\\b(province|governorate|state|region|oblast|prefecture) of\\s+$");
    /** What stands between a demonym and the place it locates: "the English city of Salisbury", "the Syrian capital Damascus". */
    private static final Pattern DEMONYM_OF = Pattern.compile(
            "(?i)^\\s+(?:[a-z]+\\s+)?(city|town|village|port|capital|province|region|state|district|county|island|"
                    + "enclave|suburb|resort|border town|port city)\\s+(?:of\\s+)?(?:the\\s+)?$");
    private static final Pattern CONTAINED = Pattern.compile("(?i)^\\s*(,|in|,\\s*in|of|,\\s*of)\\s*$");
    private static final Pattern NEAR = Pattern.compile(
            "(?i)^\\s*,?\\s*(near|outside|close to|north of|south of|east of|west of|northeast of|northwest of|"
                    + "southeast of|southwest of|not far from|just outside)\\s*$");

    private ToponymHints() {
    }

    /** Whether the text between two toponyms says the first lies in the second ("X, Y", "X in Y", "X of Y"). */
    static boolean contained(String gap) {
        return CONTAINED.matcher(gap).matches();
    }

    /** Whether the text between two toponyms says the first lies near the second ("X near Y", "X, north of Y"). */
    static boolean near(String gap) {
        return NEAR.matcher(gap).matches();
    }

    /** Whether airport words stand in, right after or right before the name: an airport is meant. */
    static boolean airportContext(String text, Toponym t) {
        String after = slice(text, t.end(), t.end() + 40);
        String before = slice(text, t.start() - 30, t.start());
        return AIRPORT_NAME.matcher(t.text()).find() || AIRPORT_AFTER.matcher(after).find()
                || AIRPORT_BEFORE.matcher(before).find();
    }

    /**
     * The country of a demonym that introduces {@code t} as one of its places ("the southern
     * English city of Salisbury" puts Salisbury in Britain), or -1.
     */
    static int demonymCountry(Gazetteer g, String text, Toponym t, List<ResolvedToponym> demonyms) {
        for (ResolvedToponym d : demonyms) {
            int end = d.toponym().end();
            if (d.place() >= 0 && end <= t.start() && t.start() - end <= 30
                    && DEMONYM_OF.matcher(slice(text, end, t.start())).matches()) {
                return g.country(d.place());
            }
        }
        return -1;
    }

    /** Whether region words stand right after or before the name ("Anbar province", "the state of Borno"). */
    static boolean adminContext(String text, Toponym t) {
        String after = slice(text, t.end(), t.end() + 16);
        String before = slice(text, t.start() - 20, t.start());
        return ADMIN_AFTER.matcher(after).find() || ADMIN_BEFORE.matcher(before).find();
    }

    /** {@code text[from, to)} clamped to the text, so offsets from outside can never throw. */
    static String slice(String text, int from, int to) {
        int a = Math.max(0, Math.min(from, text.length()));
        int b = Math.max(a, Math.min(to, text.length()));
        return text.substring(a, b);
    }
}
