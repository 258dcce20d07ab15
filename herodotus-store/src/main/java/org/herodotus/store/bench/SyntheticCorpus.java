package org.herodotus.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * A deterministic stream of synthetic analysed articles shaped like a news feed: about ten events
 * an article, happenings reported by several articles over a few days, one article in ten a
 * wire copy of an earlier one, two years of dates, thirty countries, a vocabulary of a few
 * thousand words so text searches are selective. For measuring the store, not the analysis.
 */
public final class SyntheticCorpus {

    /** PLOVER 0.8 event types. */
    static final String[] TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
        "INVESTIGATE", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
    static final String[] VERBS = {"agreed with", "met", "backed", "conceded to", "cooperated with", "sent aid to",
        "withdrew from", "investigated", "demanded concessions from", "accused", "rejected", "threatened",
        "protested against", "sanctioned", "mobilised against", "detained", "attacked"};
    static final String[] SECTORS = {"GOV", "MIL", "REB", "COP", "OPP", "CVL", "JRN", "BUS", "EDU", "REL", "UAF", "CRM"};
    /** ISO 3166 alpha-3 code, approximate centre latitude and longitude. */
    static final Object[][] COUNTRIES = {
        {"IRQ", 33.0, 44.0}, {"SYR", 35.0, 38.0}, {"AFG", 34.0, 66.0}, {"NGA", 9.0, 8.0}, {"MLI", 17.0, -4.0},
        {"SOM", 6.0, 46.0}, {"YEM", 15.5, 47.5}, {"UKR", 49.0, 32.0}, {"RUS", 55.7, 37.6}, {"ISR", 31.5, 34.8},
        {"PSE", 31.9, 35.2}, {"LBN", 33.9, 35.9}, {"IRN", 32.0, 53.0}, {"PAK", 30.0, 70.0}, {"IND", 22.0, 79.0},
        {"MMR", 21.0, 96.0}, {"COL", 4.0, -72.0}, {"MEX", 23.0, -102.0}, {"VEN", 8.0, -66.0}, {"HTI", 19.0, -72.3},
        {"SDN", 15.0, 30.0}, {"SSD", 7.0, 30.0}, {"ETH", 9.0, 39.0}, {"COD", -2.0, 23.0}, {"CAF", 6.6, 20.9},
        {"BFA", 12.3, -1.5}, {"NER", 17.0, 8.0}, {"LBY", 27.0, 17.0}, {"EGY", 26.0, 30.0}, {"TUR", 39.0, 35.0}};

    private static final int TOWNS_PER_COUNTRY = 40;
    private static final int ACTORS = 400;
    private static final int VOCABULARY = 4000;

    private final Random random;
    private final String[] words;
    private final String[][] towns;
    private final double[][][] townCoords;
    private final String[][] actors;
    private final List<Happening> recent = new ArrayList<>();
    private final List<Analysis> published = new ArrayList<>();
    private final LocalDate start = LocalDate.of(2023, 1, 1);
    private int count;

    private record Happening(int type, int country, int town, int actor, int recipient, LocalDate day) {
    }

    /** A corpus whose articles are fixed by {@code seed}. */
    public SyntheticCorpus(long seed) {
        random = new Random(seed);
        words = new String[VOCABULARY];
        String[] syllables = {"ka", "lo", "mi", "ra", "te", "su", "no", "ba", "di", "fe", "gu", "ha", "ji", "ke", "lu",
            "ma", "ne", "po", "qui", "ro", "sa", "ti", "vo", "wa", "ya", "zo", "ar", "el", "in", "or"};
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder w = new StringBuilder();
            int n = 2 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                w.append(syllables[random.nextInt(syllables.length)]);
            }
            words[i] = w.toString();
        }
        towns = new String[COUNTRIES.length][TOWNS_PER_COUNTRY];
        townCoords = new double[COUNTRIES.length][TOWNS_PER_COUNTRY][2];
        for (int c = 0; c < COUNTRIES.length; c++) {
            for (int t = 0; t < TOWNS_PER_COUNTRY; t++) {
                towns[c][t] = capital(words[random.nextInt(VOCABULARY)]) + (t % 3 == 0 ? "abad" : t % 3 == 1 ? "ville" : "");
                townCoords[c][t][0] = (double) COUNTRIES[c][1] + random.nextGaussian() * 2;
                townCoords[c][t][1] = (double) COUNTRIES[c][2] + random.nextGaussian() * 2;
            }
        }
        actors = new String[ACTORS][3];
        for (int i = 0; i < ACTORS; i++) {
            actors[i][0] = capital(words[random.nextInt(VOCABULARY)]) + " " + capital(words[random.nextInt(VOCABULARY)]);
            actors[i][1] = (String) COUNTRIES[random.nextInt(COUNTRIES.length)][0];
            actors[i][2] = SECTORS[random.nextInt(SECTORS.length)];
        }
    }

    /** The country codes the corpus uses. */
    public static List<String> countries() {
        List<String> out = new ArrayList<>();
        for (Object[] c : COUNTRIES) {
            out.add((String) c[0]);
        }
        return out;
    }

    /** The PLOVER event types the corpus uses. */
    public static List<String> types() {
        return List.of(TYPES);
    }

    /** The centre (latitude, longitude) of each country the corpus uses, in the order of {@link #countries()}. */
    public static List<double[]> centres() {
        List<double[]> out = new ArrayList<>();
        for (Object[] c : COUNTRIES) {
            out.add(new double[] {(double) c[1], (double) c[2]});
        }
        return out;
    }

    /** An actor name of the corpus, by index (0 … 399). */
    public String actorName(int i) {
        return actors[i % ACTORS][0];
    }

    /** A vocabulary word, by index. */
    public String word(int i) {
        return words[i % VOCABULARY];
    }

    /** The first day of the corpus. */
    public LocalDate firstDay() {
        return start;
    }

    /** The next article; articles come in publication order over two years. */
    public Analysis next() {
        int n = count++;
        LocalDate day = start.plusDays(n * 730L / Math.max(1, expected));
        if (!published.isEmpty() && random.nextInt(10) == 0) {
            // A wire copy of a recent article, with the outlet's own tag line.
            Analysis orig = published.get(published.size() - 1 - random.nextInt(Math.min(200, published.size())));
            return copy(n, orig, day);
        }
        StringBuilder text = new StringBuilder();
        String title = capital(words[random.nextInt(VOCABULARY)]) + " " + words[random.nextInt(VOCABULARY)] + " "
                + words[random.nextInt(VOCABULARY)];
        text.append(title).append("\n\n");
        List<Actor> as = new ArrayList<>();
        List<Place> ps = new ArrayList<>();
        List<Event> es = new ArrayList<>();
        int events = 6 + random.nextInt(9);
        for (int e = 0; e < events; e++) {
            Happening h = happening(day);
            filler(text, 4 + random.nextInt(10));
            String actor = actors[h.actor()][0];
            String recipient = actors[h.recipient()][0];
            String town = towns[h.country()][h.town()];
            int sentenceStart = text.length();
            text.append(actor).append(' ');
            int actorEnd = text.length() - 1;
            int trigger = text.length();
            text.append(VERBS[h.type()]);
            int triggerEnd = text.length();
            text.append(' ');
            int recipientStart = text.length();
            text.append(recipient).append(" in ");
            int townStart = text.length();
            text.append(town).append(" on ").append(h.day()).append(", officials said. ");
            String aid = "a" + (as.size() + 1);
            as.add(new Actor(aid, actor, actors[h.actor()][1], actors[h.actor()][2], List.of(new Span(sentenceStart, actorEnd))));
            String rid = "a" + (as.size() + 1);
            as.add(new Actor(rid, recipient, actors[h.recipient()][1], actors[h.recipient()][2],
                    List.of(new Span(recipientStart, recipientStart + recipient.length()))));
            String pid = "p" + (ps.size() + 1);
            ps.add(new Place(pid, town, townStart, townStart + town.length(), townCoords[h.country()][h.town()][0],
                    townCoords[h.country()][h.town()][1], (String) COUNTRIES[h.country()][0], null, "city"));
            es.add(new Event("e" + (es.size() + 1), TYPES[h.type()], null, List.of(aid), List.of(rid), pid,
                    random.nextInt(4) == 0 ? null : h.day().toString(), false, Modality.ASSERTED, 1 + h.type() * 4 / TYPES.length,
                    -5.0, new Span(trigger, triggerEnd), new Span(sentenceStart, text.length() - 1), List.of()));
        }
        filler(text, 5);
        String url = "https://outlet" + random.nextInt(500) + ".example/news/" + n;
        Analysis a = new Analysis("syn-" + n, url, title, null, day, "en", text.toString(), as, ps, es, List.of(), List.of());
        published.add(a);
        if (published.size() > 400) {
            published.remove(0);
        }
        return a;
    }

    private int expected = 100_000;

    /** Spreads the articles over two years as if {@code n} articles will be drawn. */
    public SyntheticCorpus expecting(int n) {
        expected = n;
        return this;
    }

    private Analysis copy(int n, Analysis orig, LocalDate day) {
        // Appending keeps every offset of the original valid.
        String text = orig.text() + "\n\n(Distributed by wire service " + n % 7 + ")";
        return new Analysis("syn-" + n, "https://copy" + random.nextInt(500) + ".example/wire/" + n, orig.title(), null, day,
                "en", text, orig.actors(), orig.places(), orig.events(), List.of(), List.of());
    }

    private Happening happening(LocalDate day) {
        recent.removeIf(h -> h.day().isBefore(day.minusDays(5)));
        if (!recent.isEmpty() && random.nextInt(3) == 0) {
            return recent.get(random.nextInt(recent.size()));
        }
        Happening h = new Happening(random.nextInt(TYPES.length), random.nextInt(COUNTRIES.length),
                random.nextInt(TOWNS_PER_COUNTRY), random.nextInt(ACTORS), random.nextInt(ACTORS),
                day.minusDays(random.nextInt(3)));
        recent.add(h);
        if (recent.size() > 300) {
            recent.remove(0);
        }
        return h;
    }

    private void filler(StringBuilder text, int n) {
        for (int i = 0; i < n; i++) {
            String w = words[(int) Math.min(VOCABULARY - 1, Math.abs(random.nextGaussian()) * VOCABULARY / 3)];
            text.append(i == 0 ? capital(w) : w).append(i == n - 1 ? ". " : " ");
        }
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
