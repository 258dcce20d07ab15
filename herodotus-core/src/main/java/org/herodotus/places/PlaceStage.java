package org.herodotus.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The places stage: finds toponyms in the parse ({@link ToponymFinder}), resolves them against
 * the gazetteer coherently per document ({@link PlaceResolver}), adds one {@link Place} per
 * distinct surface string and resolution to the document, with all its mentions, and gives each
 * event its place ({@link EventPlaces}). Demonyms are not places and are left out, and so are
 * toponyms the gazetteer does not know. Holds only the immutable gazetteer, so one instance
 * serves all threads.
 */
public final class PlaceStage implements Stage {

    private static final Logger LOG = LoggerFactory.getLogger(PlaceStage.class);

    private final Gazetteer gazetteer;
    private final ToponymFinder finder;
    private final PlaceResolver resolver;
    private final EventPlaces eventPlaces = new EventPlaces();

    /** A stage over {@code gazetteer}. */
    public PlaceStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new ToponymFinder(gazetteer);
        this.resolver = new PlaceResolver(gazetteer);
    }

    /**
     * The stage over the gazetteer built into the herodotus-gazetteer jar, or empty (with a
     * warning) when that jar is not on the class path.
     */
    public static Optional<PlaceStage> fromClasspath() {
        long t0 = System.nanoTime();
        Optional<Gazetteer> g = Gazetteer.fromClasspath();
        if (g.isEmpty()) {
            LOG.warn("no gazetteer on the class path ({}): places will not be resolved; add herodotus-gazetteer",
                    Gazetteer.RESOURCE);
            return Optional.empty();
        }
        LOG.debug("gazetteer loaded: {} places in {} ms", g.get().size(), (System.nanoTime() - t0) / 1_000_000);
        return Optional.of(new PlaceStage(g.get()));
    }

    @Override
    public String name() {
        return "places";
    }

    /** The gazetteer this stage resolves against. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public Doc apply(Doc doc) {
        ToponymFinder.Found found = finder.find(doc.text(), doc.parse());
        PlaceResolver.Resolution r = resolver.resolve(doc.text(), found.places(), found.demonyms());
        List<Place> places = new ArrayList<>(doc.places());
        places.addAll(merge(r.places(), places.size()));
        Doc withPlaces = doc.withPlaces(places);
        return withPlaces.withEvents(eventPlaces.link(doc.events(), places, doc.actors(), doc.parse()));
    }

    /**
     * One place per distinct surface string and resolution, in order of first mention, numbered
     * after the {@code already} places the document has: a reader wants "U.S." once with its 35
     * mentions, not 35 entries, while "BAGHDAD" in a dateline and "Baghdad" in the body stay two
     * (a different string on the page). A toponym the gazetteer does not know ("the Islamic
     * Republic") is no place on a map and is left out.
     */
    List<Place> merge(List<ResolvedToponym> resolved, int already) {
        Map<String, List<ResolvedToponym>> byName = new LinkedHashMap<>();
        for (ResolvedToponym rt : resolved) {
            if (rt.resolved()) {
                byName.computeIfAbsent(rt.place() + "\t" + rt.toponym().text(), k -> new ArrayList<>()).add(rt);
            }
        }
        List<Place> out = new ArrayList<>(byName.size());
        int n = already;
        for (List<ResolvedToponym> same : byName.values()) {
            List<Span> mentions = new ArrayList<>(same.size());
            for (ResolvedToponym rt : same) {
                mentions.add(new Span(rt.toponym().start(), rt.toponym().end()));
            }
            out.add(toPlace("p" + (++n), same.get(0)).withMentions(mentions));
        }
        return out;
    }

    /** The Analysis JSON record for one resolved toponym, named once. */
    public Place toPlace(String id, ResolvedToponym rt) {
        Toponym t = rt.toponym();
        if (!rt.resolved()) {
            return new Place(id, t.text(), t.start(), t.end(), null, null, null, null, null);
        }
        int p = rt.place();
        Feature f = gazetteer.feature(p);
        int a1 = gazetteer.admin1(p);
        return new Place(id, gazetteer.name(p), t.start(), t.end(), round(gazetteer.lat(p)), round(gazetteer.lon(p)),
                gazetteer.countryAlpha3(gazetteer.country(p)), a1 >= 0 ? gazetteer.admin1Name(a1) : null, f.label());
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
