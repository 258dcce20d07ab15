package org.herodotus.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Optional;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.DocPart;
import org.herodotus.pipeline.Stage;
import org.herodotus.pipeline.StageContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The places stage: finds toponyms in the parse ({@link ToponymFinder}), resolves them against
 * the gazetteer coherently per document ({@link PlaceResolver}), adds one {@link Place} per
 * distinct surface string and resolution to the document, with all its mentions. It reads only
 * the text and its parse, so it runs before the actors stage, which takes the country of a group
 * the text places nowhere else from where the article's places are; {@link EventPlaceStage} gives
 * each event its place once the events are found. Demonyms are not places and are left out, and so are
 * toponyms the gazetteer does not know, unless a place noun closes them ("Seventh Street"):
 * those keep the country of the place beside them, with no point. Holds only immutable data,
 * so one instance serves all threads.
 */
public final class PlaceStage implements Stage {

    private static final Logger LOG = LoggerFactory.getLogger(PlaceStage.class);

    private final Gazetteer gazetteer;
    private final ToponymFinder finder;
    private final PlaceResolver resolver;
    private final PlaceNouns nouns = PlaceNouns.defaults();

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

    @Override
    public StageContract contract() {
        return StageContract.requires(DocPart.PARSE).assigns(DocPart.PLACES);
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
        places.addAll(merge(doc.text(), r.places(), places.size()));
        return doc.withPlaces(places);
    }

    /**
     * One place per distinct surface string and resolution, in order of first mention, numbered
     * after the {@code already} places the document has: a reader wants "U.S." once with its 35
     * mentions, not 35 entries, while "BAGHDAD" in a dateline and "Baghdad" in the body stay two
     * (a different string on the page). A toponym the gazetteer does not know ("the Islamic
     * Republic") is no place on a map and is left out, unless a place noun closes its name.
     */
    List<Place> merge(String text, List<ResolvedToponym> resolved, int already) {
        String country = mainCountry(resolved);
        Map<String, List<ResolvedToponym>> byName = new LinkedHashMap<>();
        for (ResolvedToponym rt : resolved) {
            if (rt.resolved() || country != null && nouns.kindOfName(rt.toponym().text()) != null) {
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
            ResolvedToponym first = same.get(0);
            Place p = first.resolved() ? toPlace("p" + (++n), first)
                    : unlocated("p" + (++n), first.toponym(), locatingCountry(text, resolved, first.toponym(), country));
            out.add(p.withMentions(mentions));
        }
        return out;
    }

    /**
     * The country the article is about: the one its resolved toponyms name most often (a
     * country or region counts for itself, a town for its country), or null when none.
     */
    private String mainCountry(List<ResolvedToponym> resolved) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (ResolvedToponym rt : resolved) {
            if (rt.resolved() && gazetteer.country(rt.place()) >= 0) {
                counts.merge(gazetteer.country(rt.place()), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> gazetteer.countryAlpha3(e.getKey())).orElse(null);
    }

    /**
     * The country of the resolved toponym that locates {@code t} ("Belmarsh prison in London",
     * "Seventh Street in Columbus", "Beijing's Tiananmen Square"), else {@code otherwise}. Only
     * those words say where it is: a toponym that merely stands nearby may be anywhere.
     */
    private String locatingCountry(String text, List<ResolvedToponym> resolved, Toponym t, String otherwise) {
        for (ResolvedToponym rt : resolved) {
            Toponym o = rt.toponym();
            if (!rt.resolved() || gazetteer.country(rt.place()) < 0) {
                continue;
            }
            boolean after = o.start() >= t.end() && o.start() - t.end() <= 12
                    && LOCATED_IN.matcher(text.substring(t.end(), o.start())).matches();
            boolean before = o.end() <= t.start() && t.start() - o.end() <= 3
                    && POSSESSIVE.matcher(text.substring(o.end(), t.start())).matches();
            if (after || before) {
                return gazetteer.countryAlpha3(gazetteer.country(rt.place()));
            }
        }
        return otherwise;
    }

    /** Between a place and the town that holds it: "Belmarsh prison in London", "Main Street, Springfield". */
    private static final Pattern LOCATED_IN = Pattern.compile("(?i)^\\s*(,|in|at|near|outside|,\\s*in|,\\s*near)\\s*$");
    /** Between a town and a place of its: "Beijing's Tiananmen Square". */
    private static final Pattern POSSESSIVE = Pattern.compile("^['’]s?\\s+$");

    /**
     * A place the gazetteer does not know but whose name says it is one ("Seventh Street",
     * "Charles de Gaulle airport"): in the article's country, with no point.
     */
    private static Place unlocated(String id, Toponym t, String country) {
        return new Place(id, t.text(), t.start(), t.end(), null, null, country, null, Feature.LANDMARK.label());
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
        // "Insein prison" stands at Insein: its name is its own, its point and country those of Insein
        boolean spot = rt.anchored() && nouns.kindOfName(t.text()) != PlaceNouns.Kind.ADMIN;
        return new Place(id, spot ? t.text() : gazetteer.name(p), t.start(), t.end(), round(gazetteer.lat(p)),
                round(gazetteer.lon(p)), gazetteer.countryAlpha3(gazetteer.country(p)),
                a1 >= 0 ? gazetteer.admin1Name(a1) : null, spot ? Feature.LANDMARK.label() : f.label());
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
