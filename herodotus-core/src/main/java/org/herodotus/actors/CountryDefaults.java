package org.herodotus.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a country to the actors whose own mentions give none, as a reader of the story would:
 * an office holder takes the article's only country; a person or organisation takes the country
 * where the article's events happen; a group named by what it is takes the country of the places
 * or actors around it (see {@link #fill}).
 */
final class CountryDefaults {

    private final ActorDictionary dict;

    CountryDefaults(ActorDictionary dict) {
        this.dict = dict;
    }

    /**
     * Fills in the countries of {@code actors}, grouped from {@code mentions}; {@code
     * placesBySentence} holds the countries of the places each sentence locates things in.
     */
    void fill(String text, List<Mention> mentions, Map<String, ActorDraft> actors,
              Map<Integer, List<String>> placesBySentence) {
        // An office holder introduced without a country ("President Omar El Bashir") belongs to
        // the article's country when the article names exactly one.
        Set<String> countries = new LinkedHashSet<>();
        for (ActorDraft a : actors.values()) {
            if (a.country != null && a.country.length() == 3 && dict.countryName(a.country) != null) {
                countries.add(a.country);
            }
        }
        if (countries.size() == 1) {
            for (ActorDraft a : actors.values()) {
                if (a.person && a.country == null && !a.titles.isEmpty()) {
                    a.country = countries.iterator().next();
                }
            }
        }
        // A person or an organisation the text gives no country at all ("Zuma appeared in a Durban
        // court", "Big Machine denied …") is taken to be of the country where the article's events
        // happen, as a reader of a local story would; news media are left out, since a wire story
        // is reported from anywhere.
        String articlePlace = PlaceCountries.dominant(placesBySentence);
        if (articlePlace == null) {
            articlePlace = mostNamed(actors.values());
        }
        if (articlePlace != null) {
            for (ActorDraft a : actors.values()) {
                boolean organisation = a.key.startsWith("O:") && !"JRN".equals(a.sector);
                if ((a.person || organisation) && a.country == null && !a.external) {
                    a.country = articlePlace;
                }
            }
        }
        localGroups(text, mentions, actors, placesBySentence, countries);
    }

    /**
     * A group the text names only by what it is ("students", "the police", "demonstrators", "local
     * partners") belongs, when nothing in its own phrase says otherwise, to the country where the
     * sentence's events take place ("in Baghdad"), else to the country of the nearest actor of the
     * sentence that has one ("Egyptian police dispersed demonstrators"), else to where the
     * article's events take place, else to the article's only country, else to the country its
     * actors belong to most often. Groups that are not presumed
     * local ("analysts", "peacekeepers") keep no country; "local partners" take a place's only.
     */
    private void localGroups(String text, List<Mention> mentions, Map<String, ActorDraft> actors,
                             Map<Integer, List<String>> placesBySentence, Set<String> articleCountries) {
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        for (Mention c : mentions) {
            ActorDraft a = c.key == null ? null : actors.get(c.key);
            // the news outlet that reports the sentence ("the Washington Post said") says nothing
            // about where its events happen
            if (a != null && isState(a.country) && !"JRN".equals(a.sector)) {
                bySentence.computeIfAbsent(c.sentence, k -> new ArrayList<>()).add(c);
            }
        }
        String articlePlace = PlaceCountries.dominant(placesBySentence);
        for (ActorDraft a : actors.values()) {
            if (!a.generic || a.person || a.external || a.country != null || a.firstMention == null) {
                continue;
            }
            String shared = sharedPlace(text, mentions, a.firstMention, actors);
            if (shared != null) {
                a.country = shared;
                continue;
            }
            List<String> places = placesBySentence.getOrDefault(a.firstSentence, List.of());
            Mention nearest = null;
            int best = Integer.MAX_VALUE;
            for (Mention c : bySentence.getOrDefault(a.firstSentence, List.of())) {
                int gap = c.first >= a.firstMention.end ? c.first - a.firstMention.end : a.firstMention.first - c.end;
                if (gap >= 0 && gap < best) {
                    best = gap;
                    nearest = c;
                }
            }
            if (!places.isEmpty()) {
                a.country = places.get(0);
            } else if (a.local) {
                a.country = articlePlace;
            } else if (nearest != null) {
                a.country = actors.get(nearest.key).country;
            } else if (articlePlace != null) {
                a.country = articlePlace;
            } else if (articleCountries.size() == 1) {
                a.country = articleCountries.iterator().next();
            } else {
                a.country = mostNamed(actors.values());
            }
        }
    }

    /**
     * "Lawmakers and officials in Fornost": the place after the second of two coordinated groups
     * is the first one's too.
     */
    private static String sharedPlace(String text, List<Mention> mentions, Mention c, Map<String, ActorDraft> actors) {
        for (Mention o : mentions) {
            if (o.sentence != c.sentence || o.start <= c.endChar || o.type != Mention.Kind.AGENT || o.description == null
                    || o.description.headToken < 0 || o.description.headToken >= o.end - 1 || o.key == null) {
                continue;
            }
            String between = text.substring(c.endChar, o.start).strip();
            if (between.equals("and") || between.equals("or")) {
                ActorDraft a = actors.get(o.key);
                return a == null ? null : a.country;
            }
        }
        return null;
    }

    private boolean isState(String code) {
        return code != null && code.length() == 3 && dict.countryName(code) != null;
    }

    /**
     * The state the article's actors belong to most often, counting mentions (news media left
     * out: "CNN" says nothing of where a story happens); null when no actor has one.
     */
    private String mostNamed(Collection<ActorDraft> actors) {
        Map<String, Integer> counts = new LinkedHashMap<>(); // first named wins a tie
        for (ActorDraft a : actors) {
            if (isState(a.country) && !"JRN".equals(a.sector)) {
                counts.merge(a.country, a.mentions.size(), Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
