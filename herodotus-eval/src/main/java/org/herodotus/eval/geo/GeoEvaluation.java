package org.herodotus.eval.geo;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.nlp.NlpStage;
import org.herodotus.nlp.Parse;
import org.herodotus.places.Gazetteer;
import org.herodotus.places.PlaceResolver;
import org.herodotus.places.PopulationBaseline;
import org.herodotus.places.ResolvedToponym;
import org.herodotus.places.Toponym;
import org.herodotus.places.ToponymFinder;

/**
 * Runs the places stage's recogniser and resolver over benchmark documents and returns its
 * toponyms in the benchmark's terms. Two settings: end to end (toponyms found in the text) and
 * with the gold toponyms given (resolution alone). Thread-safe.
 */
public final class GeoEvaluation {

    private final NlpStage nlp;
    private final Gazetteer gazetteer;
    private final ToponymFinder finder;
    private final PlaceResolver resolver;
    private final PopulationBaseline baseline;

    /** An evaluation over {@code gazetteer}; {@code nlp} may be null when only gold toponyms are resolved. */
    public GeoEvaluation(NlpStage nlp, Gazetteer gazetteer) {
        this.nlp = nlp;
        this.gazetteer = gazetteer;
        this.finder = new ToponymFinder(gazetteer);
        this.resolver = new PlaceResolver(gazetteer);
        this.baseline = new PopulationBaseline(gazetteer);
    }

    /**
     * The nlp stage as the pipeline configures it, without dependency parses: the places stage
     * finds toponyms from tokens, parts of speech and named entities alone.
     */
    public static NlpStage nlpWithoutParses() {
        return new NlpStage(NlpStage.defaultProperties(), sentence -> false);
    }

    /** The parse the end-to-end setting works from. */
    public Parse parse(GeoDoc doc) {
        if (nlp == null) {
            throw new IllegalStateException("no nlp stage: end-to-end evaluation needs one");
        }
        return nlp.parse(doc.text(), null);
    }

    /**
     * Toponyms found and resolved in the document's text. With {@code demonyms}, adjectives that
     * refer to a place ("Irish" → Ireland) count as toponyms too, as the gold sets annotate them.
     */
    public List<GeoToponym> endToEnd(GeoDoc doc, Parse parse, boolean demonyms) {
        ToponymFinder.Found found = finder.find(doc.text(), parse);
        PlaceResolver.Resolution r = resolver.resolve(doc.text(), found.places(), found.demonyms());
        List<GeoToponym> out = new ArrayList<>();
        add(out, r.places());
        if (demonyms) {
            add(out, r.demonyms());
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The gold toponyms (those with coordinates) resolved by the resolver, positions given. */
    public List<GeoToponym> givenToponyms(GeoDoc doc) {
        List<Toponym> given = given(doc);
        return toGeo(resolver.resolve(doc.text(), given, List.of()).places());
    }

    /** The gold toponyms resolved by the population baseline. */
    public List<GeoToponym> givenToponymsBaseline(GeoDoc doc) {
        List<GeoToponym> out = new ArrayList<>();
        for (Toponym t : given(doc)) {
            int p = baseline.resolve(t.text());
            if (p >= 0) {
                out.add(new GeoToponym(t.text(), gazetteer.lat(p), gazetteer.lon(p), t.start(), t.end()));
            }
        }
        return out;
    }

    /** The document's gold toponyms with coordinates, as given toponyms. */
    public static List<Toponym> given(GeoDoc doc) {
        List<Toponym> given = new ArrayList<>();
        for (GeoToponym t : doc.toponyms()) {
            if (t.hasCoordinates()) {
                given.add(new Toponym(t.start(), t.end(), t.text(), Toponym.Origin.GIVEN));
            }
        }
        given.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return given;
    }

    private List<GeoToponym> toGeo(List<ResolvedToponym> resolved) {
        List<GeoToponym> out = new ArrayList<>();
        add(out, resolved);
        return out;
    }

    private void add(List<GeoToponym> out, List<ResolvedToponym> resolved) {
        for (ResolvedToponym rt : resolved) {
            if (rt.resolved()) {
                Toponym t = rt.toponym();
                out.add(new GeoToponym(t.text(), gazetteer.lat(rt.place()), gazetteer.lon(rt.place()), t.start(), t.end()));
            }
        }
    }
}
