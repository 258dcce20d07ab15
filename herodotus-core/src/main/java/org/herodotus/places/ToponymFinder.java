package org.herodotus.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.nlp.Entity;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * Finds toponyms in a parsed text: the named-entity recogniser's locations, extended to the
 * longest gazetteer name ("Baghdad" + "international airport"), plus capitalised words the
 * recogniser missed or mistook for a person or organisation when the gazetteer knows them well
 * ("Ain Al-Assad", "Qayyrah" after "to"). Demonyms ("Iraqi", "Middle Eastern") are reported
 * apart: they refer to places but are not places. The word cues it reads are {@link PlaceCues},
 * what the gazetteer says of a name {@link GazetteerEvidence}. Thread-safe.
 *
 * <p>Not part of the library API; used by herodotus-eval's geo evaluation.
 */
public final class ToponymFinder {

    /** Entity types that name places (coarse and fine-grained CoreNLP tags). */
    static final Set<String> LOCATION_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE");

    private static final int MAX_TOKENS = 6;

    private final Gazetteer gazetteer;
    private final GazetteerEvidence evidence;
    private final PlaceNouns nouns = PlaceNouns.defaults();

    /** A finder that looks names up in {@code gazetteer}. */
    public ToponymFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.evidence = new GazetteerEvidence(gazetteer);
    }

    /** What was found in one text: place names and, apart, demonyms. */
    public record Found(List<Toponym> places, List<Toponym> demonyms) {
    }

    /** Finds the toponyms and demonyms of {@code text}, parsed as {@code parse}. */
    public Found find(String text, Parse parse) {
        List<Toponym> places = new ArrayList<>();
        List<Toponym> demonyms = new ArrayList<>();
        for (Sentence s : parse.sentences()) {
            List<Token> tokens = s.tokens();
            int n = tokens.size();
            // 0 free, 1 inside a non-place entity, 2 taken by a toponym or demonym
            int[] state = new int[n];
            List<Entity> ents = new ArrayList<>();
            for (Entity e : parse.entities()) {
                if (e.sentence() == s.index()) {
                    ents.add(e);
                }
            }
            ents.sort(Comparator.comparingInt(Entity::firstToken));
            // multi-word demonyms first: the recogniser may tag "Middle" of "Middle Eastern" a location
            scanDemonyms(text, tokens, state, demonyms, 2);
            for (Entity e : ents) {
                if (isNumeric(e.type())) {
                    continue;
                }
                if (!free(state, e.firstToken(), e.endToken(), 2)) {
                    continue;
                }
                String norm = Names.normalize(e.text());
                if (!e.type().equals("PERSON") && gazetteer.demonym(norm) >= 0
                        && (!gazetteer.contains(norm) || PlaceCues.adjectival(tokens, e.endToken()))) {
                    // "Iraqi", and "English" in "the English city of": names a place's people, is not one
                    mark(state, e.firstToken(), e.endToken(), 2);
                    demonyms.add(new Toponym(e.start(), e.end(), e.text(), Toponym.Origin.DEMONYM));
                    continue;
                }
                if (LOCATION_TYPES.contains(e.type())) {
                    int end = withPlaceNoun(tokens, extend(text, tokens, e.firstToken(), e.endToken(), state), state);
                    if (end - e.firstToken() == 1 && PlaceCues.notAPlaceAlone(tokens.get(e.firstToken()).word())) {
                        mark(state, e.firstToken(), end, 1);
                        continue;
                    }
                    mark(state, e.firstToken(), end, 2);
                    places.add(toponym(text, tokens, e.firstToken(), end, Toponym.Origin.NER));
                } else {
                    mark(state, e.firstToken(), e.endToken(), 1);
                    if (e.endToken() - e.firstToken() == 1 && PlaceCues.notAPlaceAlone(tokens.get(e.firstToken()).word())) {
                        continue;
                    }
                    if (!e.type().equals("PERSON") && evidence.strongPlace(norm, false)) {
                        mark(state, e.firstToken(), e.endToken(), 2);
                        places.add(toponym(text, tokens, e.firstToken(), e.endToken(), Toponym.Origin.NER));
                    }
                }
            }
            scanGazetteer(text, tokens, state, places);
            scanDemonyms(text, tokens, state, demonyms, 1);
        }
        places.sort(Comparator.comparingInt(Toponym::start));
        demonyms.sort(Comparator.comparingInt(Toponym::start));
        return new Found(places, demonyms);
    }

    private static boolean isNumeric(String type) {
        return switch (type) {
            case "DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT" -> true;
            default -> false;
        };
    }

    private static void mark(int[] state, int from, int to, int v) {
        for (int i = Math.max(0, from); i < Math.min(state.length, to); i++) {
            state[i] = Math.max(state[i], v);
        }
    }

    private static Toponym toponym(String text, List<Token> tokens, int from, int to, Toponym.Origin origin) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        return new Toponym(start, end, text.substring(start, end), origin);
    }

    private static String span(String text, List<Token> tokens, int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** The end of the longest gazetteer name that starts like tokens [from, to) and runs on. */
    private int extend(String text, List<Token> tokens, int from, int to, int[] state) {
        int best = to;
        String key = Names.normalize(span(text, tokens, from, to));
        for (int end = to + 1; end <= Math.min(tokens.size(), to + 3); end++) {
            if (state[end - 1] == 2 || !gazetteer.hasLongerKey(key) || !PlaceCues.isWord(tokens.get(end - 1).word())) {
                break;
            }
            key = Names.normalize(span(text, tokens, from, end));
            if (gazetteer.contains(key)) {
                best = end;
            }
        }
        return best;
    }

    private void scanGazetteer(String text, List<Token> tokens, int[] state, List<Toponym> out) {
        int n = tokens.size();
        boolean titleCase = PlaceCues.titleCase(tokens);
        for (int i = 0; i < n; i++) {
            if (state[i] == 2 || !PlaceCues.capitalised(tokens.get(i).word())) {
                continue;
            }
            boolean locative = PlaceCues.locativeBefore(tokens, i);
            int found = -1;
            for (int len = Math.min(MAX_TOKENS, n - i); len >= 1 && found < 0; len--) {
                int end = i + len;
                if (!free(state, i, end, 2) || len > 1 && !PlaceCues.hasUpper(tokens.get(end - 1).word())
                        && !tokens.get(end - 1).word().equalsIgnoreCase("airport")) {
                    continue;
                }
                String surface = span(text, tokens, i, end);
                if (!free(state, i, end)) {
                    // inside a person or organisation name: only a curated multi-word airfield name wins
                    if (len > 1 && evidence.strongAirfield(Names.normalize(surface))) {
                        found = end;
                    }
                    continue;
                }
                String key = Names.normalize(surface);
                if (key.length() < 2) {
                    continue;
                }
                if (key.length() <= 4 && !surface.equals(surface.toUpperCase(Locale.ROOT)) && !surface.endsWith(".")) {
                    continue;
                }
                if (len == 1 && (!tokens.get(i).pos().startsWith("NNP") || PlaceCues.notAPlaceAlone(tokens.get(i).word())
                        || gazetteer.demonym(key) >= 0 && PlaceCues.adjectival(tokens, end))) {
                    continue;
                }
                if (evidence.strongPlace(key, locative) || evidence.strongPlace(Names.stripArticle(key), locative)
                        || len > 1 && evidence.strongPlace(Names.SKELETON_MARK + Names.skeleton(key), locative)
                        || locative && len == 1 && key.length() >= 6 && evidence.fuzzyPlace(key)) {
                    found = end;
                }
            }
            if (found > 0) {
                found = withPlaceNoun(tokens, found, state);
            } else if (!titleCase) {
                found = namedSpot(tokens, i, state);
            }
            if (found > 0) {
                mark(state, i, found, 2);
                out.add(toponym(text, tokens, i, found, Toponym.Origin.GAZETTEER));
                i = found - 1;
            }
        }
    }

    /** {@code end}, or past a place noun right after it: "Idlib" + "province", "Tripoli" + "airport". */
    private int withPlaceNoun(List<Token> tokens, int end, int[] state) {
        PlaceNouns.Match m = nouns.at(tokens, end);
        if (m == null || !free(state, end, end + m.tokens(), 2)) {
            return end;
        }
        int after = end + m.tokens();
        if (after < tokens.size() && PlaceCues.capitalised(tokens.get(after).word())) {
            // the noun belongs to a longer name: "U.S. District Court", "Osun State Police Command"
            return end;
        }
        if (!PlaceCues.capitalised(tokens.get(end).word()) && evidence.countryName(tokens, end)) {
            // "a US prison" is a prison somewhere in the country, not one named so
            return end;
        }
        return after;
    }

    /**
     * The end of a name the gazetteer does not know that a place noun closes ("Charles de Gaulle
     * airport", "Tiananmen Square", "Seventh Street"), starting at token {@code i}, or -1. A
     * region's noun ("State", "province") counts only after a name the gazetteer knows, so
     * "Islamic State" is no place.
     */
    private int namedSpot(List<Token> tokens, int i, int[] state) {
        Token first = tokens.get(i);
        if (!first.pos().startsWith("NNP") || gazetteer.demonym(Names.normalize(first.word())) >= 0
                || !"O".equals(first.ner()) && isNumeric(first.ner())
                || i > 0 && state[i - 1] < 2 && PlaceCues.capitalised(tokens.get(i - 1).word())) {
            // a name starts where the capitals start ("Seoul Central District Court" is no "Central District")
            return -1;
        }
        int j = i + 1;
        while (j < tokens.size() && j - i < 5 && state[j] < 2 && (PlaceCues.capitalised(tokens.get(j).word())
                || PlaceCues.NAME_PARTICLES.contains(tokens.get(j).word()) && j + 1 < tokens.size()
                        && PlaceCues.capitalised(tokens.get(j + 1).word()))) {
            if (nouns.at(tokens, j) != null) {
                break;
            }
            j++;
        }
        PlaceNouns.Match m = nouns.at(tokens, j);
        int after = j + (m == null ? 0 : m.tokens());
        if (m == null || !free(state, i, after, 2) || "PERSON".equals(tokens.get(j).ner())
                || after < tokens.size() && PlaceCues.capitalised(tokens.get(after).word())) {
            // the noun opens a longer name: "President Park Geun-hye" is a person
            return -1;
        }
        if (m.kind() == PlaceNouns.Kind.ADMIN && !gazetteer.contains(Names.normalize(span(tokens, i, j)))) {
            return -1;
        }
        return after;
    }

    private static String span(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(tokens.get(k).word());
        }
        return sb.toString();
    }

    /** Marks demonyms of at least {@code minTokens} words ("Middle Eastern", then "Iraqi"). */
    private void scanDemonyms(String text, List<Token> tokens, int[] state, List<Toponym> out, int minTokens) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (state[i] == 2 || !PlaceCues.capitalised(tokens.get(i).word())) {
                continue;
            }
            for (int len = Math.min(3, n - i); len >= minTokens; len--) {
                int end = i + len;
                if (!free(state, i, end, 2)) {
                    continue;
                }
                String key = Names.normalize(span(text, tokens, i, end));
                if (len > 1 && gazetteer.contains(key)) {
                    continue;
                }
                int place = gazetteer.demonym(key);
                if (place < 0 && key.endsWith("s") && len == 1) {
                    place = gazetteer.demonym(key.substring(0, key.length() - 1));
                }
                if (place >= 0) {
                    mark(state, i, end, 2);
                    out.add(toponym(text, tokens, i, end, Toponym.Origin.DEMONYM));
                    i = end - 1;
                    break;
                }
            }
        }
    }

    private static boolean free(int[] state, int from, int to) {
        return free(state, from, to, 1);
    }

    private static boolean free(int[] state, int from, int to, int limit) {
        for (int k = from; k < to; k++) {
            if (state[k] >= limit) {
                return false;
            }
        }
        return true;
    }

}
