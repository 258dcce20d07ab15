package org.herodotus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.nlp.Entity;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.TimeExpression;

/**
 * The actor-resolution algorithm, in four steps. Every sentence yields candidate mentions
 * ({@link SentenceMentions}): dictionary names and countries, named entities, noun phrases headed
 * by an agent word, pronouns, with the titles and appositions around a name read for its country
 * and sector; it also yields the countries of the places it locates things in
 * ({@link PlaceCountries}). One pass in text order groups the mentions into actors
 * ({@link MentionGrouper}). Actors still without a country take one from the story around them
 * ({@link CountryDefaults}). Last, the actors are numbered in order of first mention. Stateless
 * apart from the immutable dictionary.
 */
final class ActorFinder {

    private final SentenceMentions sentenceMentions;
    private final MentionGrouper grouper;
    private final CountryDefaults countryDefaults;

    ActorFinder(ActorDictionary dict) {
        this.sentenceMentions = new SentenceMentions(new DictionaryHits(dict), new PhraseDescriber(dict));
        this.grouper = new MentionGrouper(dict);
        this.countryDefaults = new CountryDefaults(dict);
    }

    /**
     * The actors of a text whose places the places stage has found: a group or person the text
     * gives no country takes the country of the places around it.
     */
    List<Actor> find(String text, Parse parse, LocalDate date, List<Place> gazetteerPlaces) {
        Map<Integer, List<Entity>> entitiesBySentence = new HashMap<>();
        for (Entity e : actorEntities(parse.entities())) {
            entitiesBySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
        }
        Map<Integer, List<TimeExpression>> timesBySentence = new HashMap<>();
        for (TimeExpression t : parse.times()) {
            timesBySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
        }
        List<Mention> mentions = new ArrayList<>();
        Map<Integer, List<String>> placesBySentence = new HashMap<>();
        for (Sentence s : parse.sentences()) {
            SentenceMentions.Reading reading = sentenceMentions.read(text, s,
                    entitiesBySentence.getOrDefault(s.index(), List.of()),
                    timesBySentence.getOrDefault(s.index(), List.of()), date,
                    PlaceCountries.mentionsIn(s, gazetteerPlaces));
            mentions.addAll(reading.mentions());
            if (!reading.placeCountries().isEmpty()) {
                placesBySentence.put(s.index(), reading.placeCountries());
            }
        }
        mentions.sort(Comparator.comparingInt((Mention c) -> c.start).thenComparingInt(c -> -c.endChar));
        Map<String, ActorDraft> actors = grouper.group(text, mentions, date);
        countryDefaults.fill(text, mentions, actors, placesBySentence);
        return numbered(actors.values());
    }

    /**
     * The recogniser's entities less the "organisations" it calls a place elsewhere in the
     * article: "Ain al-Assad" is that place, not an actor.
     */
    private static List<Entity> actorEntities(List<Entity> entities) {
        Set<String> places = new HashSet<>();
        for (Entity e : entities) {
            if ("LOCATION".equals(e.type())) {
                places.add(PhraseIndex.fold(e.text()));
            }
        }
        List<Entity> kept = new ArrayList<>();
        for (Entity e : entities) {
            if (!("ORGANIZATION".equals(e.type()) && places.contains(PhraseIndex.fold(e.text())))) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** The actors in order of first mention, numbered "a1", "a2", …, each mention once, in text order. */
    private static List<Actor> numbered(Iterable<ActorDraft> drafts) {
        List<ActorDraft> ordered = new ArrayList<>();
        drafts.forEach(ordered::add);
        ordered.sort(Comparator.comparingInt(a -> a.firstStart));
        List<Actor> out = new ArrayList<>();
        int id = 1;
        for (ActorDraft a : ordered) {
            List<Span> mentions = new ArrayList<>(new LinkedHashSet<>(a.mentions));
            mentions.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
            out.add(new Actor("a" + id++, a.name, a.country, a.sector, mentions, a.generic));
        }
        return out;
    }
}
