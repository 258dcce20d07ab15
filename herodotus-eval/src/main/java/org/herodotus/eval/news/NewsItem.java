package org.herodotus.eval.news;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One gold item and its prediction reduced to what the news scorer compares: event types,
 * (event, actor country) pairs, claim cues, attributions and places, each read the way the
 * reference scorer reads them. Predicted offsets point into the prediction's own text (the
 * pipeline may have split a title off), so they are sliced from it.
 */
final class NewsItem {

    /** Claim types whose claimant attributes a deed to someone: the attribution figure counts these. */
    private static final Set<String> ATTRIBUTING = Set.of("responsibility", "accusation", "denial_of_responsibility");

    /** The gold certainty labels the scorer knows; any other gold label counts as None. */
    private static final Set<String> CERTAINTIES = Set.of("asserted", "probable", "possible", "denied", "refuted");

    /**
     * An event: its type (a key for equality) and trigger text, for reports.
     */
    record Event(Object type, String trigger) {
    }

    /**
     * An attribution: its key (the attributed actor's country, else its name in lower case) and
     * certainty (String or null), plus a label for reports.
     */
    record Attribution(Object key, Object certainty, String label) {
    }

    final String id;
    final List<Event> goldEvents = new ArrayList<>();
    final List<Event> predEvents = new ArrayList<>();
    final List<List<Object>> goldActorEvents = new ArrayList<>();
    final List<List<Object>> predActorEvents = new ArrayList<>();
    final List<String> goldCues = new ArrayList<>();
    final List<String> predCues = new ArrayList<>();
    final List<Attribution> goldAttributions = new ArrayList<>();
    final List<Attribution> predAttributions = new ArrayList<>();
    final List<List<Object>> goldPlaces = new ArrayList<>();
    final List<List<Object>> predPlaces = new ArrayList<>();

    /**
     * Reads one item.
     *
     * @param id   the item's id
     * @param gold the gold object
     * @param pred the Analysis object for the same id, or {@code null} when there is none
     */
    NewsItem(String id, JsonNode gold, JsonNode pred) {
        this.id = id;
        JsonNode p = pred == null || !pred.isObject() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : pred;
        JsonNode pt = Py.get(p, "text");
        String text = pt != null && pt.isTextual() ? pt.textValue() : textOr(Py.get(gold, "text"));
        Map<Object, JsonNode> actors = new HashMap<>();
        for (JsonNode a : array(Py.get(p, "actors"))) {
            actors.put(Py.value(Py.get(a, "id")), a);
        }
        readEvents(gold, p, text, actors);
        readClaims(gold, p, text, actors);
        readPlaces(gold, p, text);
    }

    private void readEvents(JsonNode gold, JsonNode p, String text, Map<Object, JsonNode> actors) {
        for (JsonNode e : list(gold, "events")) {
            if (Py.truthy(Py.get(e, "negated"))) {
                continue;
            }
            Object type = Py.value(Py.get(e, "event"));
            goldEvents.add(new Event(type, Py.str(Py.get(e, "trigger"))));
            JsonNode country = Py.get(e, "actor_country");
            if (Py.truthy(country)) {
                goldActorEvents.add(Arrays.asList(type, Py.value(country)));
            }
        }
        for (JsonNode e : array(Py.get(p, "events"))) {
            Object type = Py.value(Py.get(e, "event"));
            if (!Py.truthy(Py.get(e, "negated"))) {
                JsonNode trigger = Py.get(e, "trigger");
                String t = trigger != null && trigger.isObject() ? Py.slice(text, trigger.get("start"), trigger.get("end")) : "";
                predEvents.add(new Event(type, t));
            }
            // as in the reference scorer, the actor pairs are read from every predicted event, negated or not
            Set<String> countries = new TreeSet<>();
            for (JsonNode ref : array(Py.get(e, "actors"))) {
                JsonNode a = actors.get(Py.value(ref));
                JsonNode c = Py.get(a, "country");
                if (Py.truthy(c)) {
                    countries.add(c.isTextual() ? c.textValue() : c.toString());
                }
            }
            for (String c : countries) {
                predActorEvents.add(Arrays.asList(type, c));
            }
        }
    }

    private void readClaims(JsonNode gold, JsonNode p, String text, Map<Object, JsonNode> actors) {
        for (JsonNode c : list(gold, "claims")) {
            goldCues.add(Py.lower(Py.str(Py.get(c, "cue"))));
            JsonNode type = Py.get(c, "claim_type");
            JsonNode to = Py.get(c, "attributed_to");
            JsonNode toCountry = Py.get(c, "attributed_to_country");
            if (type != null && type.isTextual() && ATTRIBUTING.contains(type.textValue())
                    && (Py.truthy(to) || Py.truthy(toCountry))) {
                Object key = Py.truthy(toCountry) ? Py.value(toCountry) : Py.lower(Py.str(to));
                JsonNode cert = Py.get(c, "certainty");
                Object certainty = cert != null && cert.isTextual() && CERTAINTIES.contains(cert.textValue()) ? cert.textValue() : null;
                goldAttributions.add(new Attribution(key, certainty, Py.str(to) + (Py.truthy(toCountry) ? " (" + Py.str(toCountry) + ")" : "")));
            }
        }
        for (JsonNode c : array(Py.get(p, "claims"))) {
            JsonNode cue = Py.get(c, "cue");
            predCues.add(cue != null && cue.isObject() ? Py.lower(Py.slice(text, cue.get("start"), cue.get("end"))) : "");
            JsonNode a = actors.get(Py.value(Py.get(c, "attributedTo")));
            if (Py.truthy(a)) {
                JsonNode country = Py.get(a, "country");
                Object key = Py.truthy(country) ? Py.value(country) : Py.lower(Py.str(Py.get(a, "name")));
                String name = Py.str(Py.get(a, "name"));
                predAttributions.add(new Attribution(key, Py.value(Py.get(c, "certainty")),
                        name + (Py.truthy(country) ? " (" + Py.str(country) + ")" : "")));
            }
        }
    }

    private void readPlaces(JsonNode gold, JsonNode p, String text) {
        for (JsonNode x : list(gold, "places")) {
            goldPlaces.add(Arrays.asList(Py.lower(Py.str(Py.get(x, "text"))), Py.value(Py.get(x, "country"))));
        }
        for (JsonNode x : array(Py.get(p, "places"))) {
            JsonNode start = Py.get(x, "start");
            String surface = Py.isInt(start) ? Py.slice(text, start, Py.get(x, "end")) : Py.str(Py.get(x, "name"));
            predPlaces.add(Arrays.asList(Py.lower(surface), Py.value(Py.get(x, "country"))));
        }
    }

    /** {@code d.get(field, [])} of a gold object. */
    private static Iterable<JsonNode> list(JsonNode d, String field) {
        return array(Py.get(d, field));
    }

    /** The elements of a JSON array; nothing for a missing or non-array value ({@code x or []}). */
    private static Iterable<JsonNode> array(JsonNode v) {
        return v != null && v.isArray() ? v : List.of();
    }

    private static String textOr(JsonNode v) {
        return v == null ? "" : v.isTextual() ? v.textValue() : v.toString();
    }

    /** Whether two keys are equal as the scorer compares them. */
    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
