package org.herodotus.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Span;
import org.herodotus.nlp.Entity;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.Stage;

/**
 * Test fixture standing in for the actors stage: every person, organisation, location or
 * nationality the recogniser finds is an actor (same words, same actor), with no country. Lets the
 * events tests check argument structure on their own.
 */
final class NamedEntityActors implements Stage {

    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "COUNTRY",
            "NATIONALITY", "CITY", "STATE_OR_PROVINCE");
    private static final Set<String> PRONOUNS = Set.of("he", "his", "him", "she", "her", "it", "its", "they",
            "their", "them", "i", "we", "you");

    @Override
    public Doc apply(Doc doc) {
        Map<String, List<Span>> byName = new LinkedHashMap<>();
        for (Entity e : doc.parse().entities()) {
            String key = e.text().toLowerCase(Locale.ROOT);
            if (TYPES.contains(e.type()) && !PRONOUNS.contains(key)) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(new Span(e.start(), e.end()));
            }
        }
        List<Actor> actors = new ArrayList<>();
        byName.forEach((name, spans) -> actors.add(new Actor("a" + (actors.size() + 1), name, null, null, spans)));
        return doc.withActors(actors);
    }

    @Override
    public String name() {
        return "test-actors";
    }
}
