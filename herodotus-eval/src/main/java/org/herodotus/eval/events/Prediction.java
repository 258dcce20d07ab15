package org.herodotus.eval.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The events predicted for one gold sentence.
 *
 * @param id     the gold id
 * @param events the events
 */
public record Prediction(String id, List<PredictedEvent> events) {

    public Prediction {
        events = List.copyOf(events);
    }

    /** The set of predicted event types. */
    public Set<String> types() {
        Set<String> s = new LinkedHashSet<>();
        for (PredictedEvent e : events) {
            String ev = EventGold.eventName(e.event());
            if (!ev.isEmpty()) {
                s.add(ev);
            }
        }
        return s;
    }

    /** The set of predicted triples: every actor country with every recipient country. */
    public Set<Triple> triples() {
        Set<Triple> s = new LinkedHashSet<>();
        for (PredictedEvent e : events) {
            String ev = EventGold.eventName(e.event());
            if (ev.isEmpty()) {
                continue;
            }
            for (String a : countries(e.actorCountries())) {
                for (String b : countries(e.recipientCountries())) {
                    s.add(new Triple(a, b, ev));
                }
            }
        }
        return s;
    }

    private static List<String> countries(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of("");
        }
        return codes.stream().map(EventGold::country).toList();
    }
}
