package org.herodotus.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.model.Place;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The places stage: finds toponyms in the parse ({@link ToponymFinder}), resolves them against
 * the gazetteer coherently per document ({@link PlaceResolver}), adds one {@link Place} per
 * resolved toponym mention to the document, and gives each event its place ({@link EventPlaces}).
 * Demonyms are not places and are left out, and so are toponyms the gazetteer does not know. Holds only the immutable gazetteer, so one instance
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
        int n = places.size();
        for (ResolvedToponym rt : r.places()) {
            // a toponym the gazetteer does not know ("the Islamic Republic") is no place on a map
            if (rt.resolved()) {
                places.add(toPlace("p" + (++n), rt));
            }
        }
        Doc withPlaces = doc.withPlaces(places);
        return withPlaces.withEvents(eventPlaces.link(doc.events(), places, doc.actors(), doc.parse()));
    }

    /** The Analysis JSON record for one resolved toponym. */
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
