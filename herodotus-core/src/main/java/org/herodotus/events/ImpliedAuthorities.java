package org.herodotus.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Span;

/**
 * Names the doer of an act only the authorities do when the text leaves it unsaid: "Wang was
 * released", "he was sentenced to ten years", "the suspect was arrested on Friday" were done by the
 * state, and news coders code the authorities of the country the article is about as the actor.
 * Which acts are the authorities' is data: {@code @authority} in the trigger lexicon. The country
 * is the one the article's places name most often, else the one its actors belong to most often
 * (counting every mention), so a story about an arrest in China codes China even when the one
 * arrested is a foreigner.
 */
final class ImpliedAuthorities {

    /** Country codes that name no state. */
    private static final List<String> NOT_STATES = List.of("IGO", "NGO");

    private final EventLexicon lexicon;
    private final DocumentActors actors;

    ImpliedAuthorities(EventLexicon lexicon, DocumentActors actors) {
        this.lexicon = lexicon;
        this.actors = actors;
    }

    /**
     * {@code events}, with the authorities as actor of each authority act that names no actor and
     * has a mention among {@code agentless} (the triggers of passives that leave the agent unsaid).
     */
    List<Event> apply(List<Event> events, Set<Span> agentless) {
        List<Event> out = new ArrayList<>(events.size());
        String country = null;
        for (Event e : events) {
            if (!e.actors().isEmpty() || !lexicon.byAuthority(e.event(), e.mode())
                    || e.mentions().stream().noneMatch(agentless::contains)) {
                out.add(e);
                continue;
            }
            if (country == null) {
                country = storyCountry();
                if (country == null) {
                    return events;  // an article that places itself nowhere says nothing of whose state acted
                }
            }
            out.add(e.withActors(List.of(actors.implied("authorities", country, "GOV").id())));
        }
        return out;
    }

    /**
     * The country the article's places name most often (counting every mention), else the one most
     * mentions of its actors belong to; the first found on a tie.
     */
    private String storyCountry() {
        Map<String, Integer> places = new LinkedHashMap<>();
        for (org.herodotus.model.Place p : actors.doc().places()) {
            if (p.country() != null && !NOT_STATES.contains(p.country())) {
                places.merge(p.country(), p.mentions().size(), Integer::sum);
            }
        }
        if (!places.isEmpty()) {
            return most(places);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Actor a : actors.doc().actors()) {
            if (a.country() != null && !NOT_STATES.contains(a.country()) && !a.mentions().isEmpty()) {
                counts.merge(a.country(), a.mentions().size(), Integer::sum);
            }
        }
        return most(counts);
    }

    private static String most(Map<String, Integer> counts) {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }
}
