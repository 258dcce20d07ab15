package org.herodotus.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the toponyms of one document to gazetteer entries, coherently: the same name means
 * the same place throughout a document, and what the document says about countries and regions
 * decides among same-named places.
 *
 * <p>Candidates come from exact name keys first, then without a leading article, then the
 * transliteration skeleton (see {@link Names}); only when none of those finds anything, and only
 * for names of six letters or more, from keys one or two edits away. Each candidate is scored by
 * its kind of place (country &gt; admin-1 &gt; capital &gt; other populated places; airports and air
 * bases when the words around say airport, air base or airfield), its population, how well the
 * name matched, and the document's context. Resolution runs in three passes: (1) every name on
 * its own; (2) the names that resolved to countries, admin-1 regions and larger areas, again,
 * now with what the other such names say; (3) everything else with that context: the countries
 * and regions of the document (the most mentioned one acts as a soft prior), "X, Y", "X in Y"
 * and "X near Y" parents, and nearness to the document's other places. Thread-safe.
 *
 * <p>What the words around a name say is read by {@link ToponymHints}. Candidates, context and
 * scoring stay in this class: they share the per-name state ({@code Group}) that the three passes
 * refine in turn, and the scores only make sense read together.
 *
 * <p>Not part of the library API; used by herodotus-eval's geo evaluation and places benchmark.
 */
public final class PlaceResolver {

    private final Gazetteer g;
    private final PlaceNouns nouns = PlaceNouns.defaults();

    /** A resolver over {@code gazetteer}. */
    public PlaceResolver(Gazetteer gazetteer) {
        this.g = gazetteer;
    }

    /** The resolved places and demonyms of one document, in text order. */
    public record Resolution(List<ResolvedToponym> places, List<ResolvedToponym> demonyms) {
    }

    /** Resolves {@code places} and {@code demonyms} found in {@code text}. */
    public Resolution resolve(String text, List<Toponym> places, List<Toponym> demonyms) {
        List<ResolvedToponym> dem = new ArrayList<>(demonyms.size());
        for (Toponym d : demonyms) {
            String key = Names.normalize(d.text());
            int p = g.demonym(key);
            if (p < 0 && key.endsWith("s")) {
                p = g.demonym(key.substring(0, key.length() - 1));
            }
            dem.add(new ResolvedToponym(d, p, p < 0 ? 0 : 1));
        }

        // one group per name (and airport context): the same name is the same place in a document
        Map<String, Group> byKey = new LinkedHashMap<>();
        Group[] groupOf = new Group[places.size()];
        for (int i = 0; i < places.size(); i++) {
            Toponym t = places.get(i);
            String key = Names.normalize(t.text());
            boolean airport = ToponymHints.airportContext(text, t);
            String gk = (airport ? "^" : "") + key;
            Group grp = byKey.get(gk);
            if (grp == null) {
                grp = new Group(key, airport);
                grp.kind = nouns.kindOfName(t.text());
                if (grp.kind != null && grp.kind != PlaceNouns.Kind.NAMED) {
                    grp.anchorKey = Names.normalize(nouns.anchor(t.text()));
                }
                byKey.put(gk, grp);
            }
            grp.mentions.add(i);
            grp.adminHint |= ToponymHints.adminContext(text, t) || grp.kind == PlaceNouns.Kind.ADMIN;
            int hinted = ToponymHints.demonymCountry(g, text, t, dem);
            if (hinted >= 0) {
                grp.countryHints.add(hinted);
            }
            grp.allowFuzzy |= t.origin() != Toponym.Origin.DEMONYM;
            groupOf[i] = grp;
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        for (Group grp : groups) {
            grp.candidates = candidates(grp);
        }
        // parents: "X, Y", "X in Y" (Y contains X), "X near Y"
        for (int i = 0; i + 1 < places.size(); i++) {
            Toponym a = places.get(i);
            Toponym b = places.get(i + 1);
            if (b.start() < a.end() || b.start() - a.end() > 20) {
                continue;
            }
            String gap = ToponymHints.slice(text, a.end(), b.start());
            if (ToponymHints.contained(gap)) {
                groupOf[i].parents.add(new Parent(groupOf[i + 1], false));
            } else if (ToponymHints.near(gap)) {
                groupOf[i].parents.add(new Parent(groupOf[i + 1], true));
            }
        }

        Context none = new Context();
        for (Group grp : groups) {
            pick(grp, none);
        }
        // pass 2: countries, admin-1 regions and larger areas, with each other as context
        for (Group grp : groups) {
            if (grp.best >= 0 && isAreaLevel(g.feature(grp.best))) {
                pick(grp, context(groups, dem, grp, false));
            }
        }
        // pass 3: everything else, twice so that nearby places can pull each other
        for (int round = 0; round < 2; round++) {
            for (Group grp : groups) {
                if (grp.best < 0 || !isAreaLevel(g.feature(grp.best))) {
                    pick(grp, context(groups, dem, grp, true));
                }
            }
        }

        List<ResolvedToponym> out = new ArrayList<>(places.size());
        for (int i = 0; i < places.size(); i++) {
            Group grp = groupOf[i];
            out.add(new ResolvedToponym(places.get(i), grp.best, grp.best < 0 ? 0 : grp.bestScore, grp.anchored));
        }
        return new Resolution(out, dem);
    }

    private static boolean isAreaLevel(Feature f) {
        return f == Feature.COUNTRY || f == Feature.ADMIN1 || f == Feature.CONTINENT || f == Feature.REGION
                || f == Feature.WATER;
    }

    // ------------------------------------------------------------------ candidates

    private record Candidate(int place, double penalty) {
    }

    private record Parent(Group group, boolean near) {
    }

    private static final class Group {
        final String key;
        final boolean airport;
        final List<Integer> mentions = new ArrayList<>(2);
        final List<Parent> parents = new ArrayList<>(1);
        /** Countries a demonym before a mention puts it in ("the English city of"). */
        final Set<Integer> countryHints = new HashSet<>(1);
        boolean adminHint;
        boolean allowFuzzy;
        /** The kind of place noun the name ends in ("Insein prison"), or null. */
        PlaceNouns.Kind kind;
        /** The name without that noun, when it names where the place is ("insein"), or null. */
        String anchorKey;
        /** Whether the candidates are those of the anchor, not of the whole name. */
        boolean anchored;
        List<Candidate> candidates;
        int best = -1;
        double bestScore;

        Group(String key, boolean airport) {
            this.key = key;
            this.airport = airport;
        }
    }

    private List<Candidate> candidates(Group grp) {
        Map<Integer, Double> found = new HashMap<>();
        String key = grp.key;
        if (key.isEmpty()) {
            return List.of();
        }
        add(found, key, 0);
        String stripped = Names.stripArticle(key);
        if (found.isEmpty() && !stripped.equals(key)) {
            add(found, stripped, 0.3);
        }
        if (found.isEmpty() && grp.kind != null) {
            // "Insein prison", "Tripoli airport": no entry of its own, so where it stands; a name that
            // ends in a place noun is no misspelling of another name
            if (grp.anchorKey != null && !grp.anchorKey.isEmpty()) {
                grp.anchored = true;
                List<Candidate> anchor = candidates(new Group(grp.anchorKey, grp.airport));
                if (grp.kind == PlaceNouns.Kind.ADMIN) {
                    // "Borno State" is the region Borno, never a town of that name
                    anchor = anchor.stream().filter(c -> isAreaLevel(g.feature(c.place))).toList();
                }
                return anchor;
            }
            return List.of();
        }
        String skeleton = Names.SKELETON_MARK + Names.skeleton(key);
        if (found.isEmpty()) {
            add(found, skeleton, 1.2);
        }
        if (grp.airport) {
            for (String k : new String[] {key, stripped, skeleton}) {
                for (int posting : g.postings(Gazetteer.AIRPORT_TOWN_MARK + k)) {
                    found.merge(posting >>> 2, 0.5, Math::min);
                }
            }
        }
        if (found.isEmpty() && grp.allowFuzzy && key.replace(" ", "").length() >= 6) {
            for (String similar : g.similarKeys(key, key.length() >= 10 ? 2 : 1)) {
                add(found, similar, 2.5);
            }
            found.keySet().removeIf(p -> !GazetteerEvidence.misspellable(g, p));
        }
        int d = g.demonym(key);
        if (d >= 0) {
            // "Iraqi" given as a toponym refers to Iraq, not to a village of that name
            found.merge(d, 0.5, Math::min);
        }
        List<Candidate> out = new ArrayList<>(found.size());
        found.forEach((p, pen) -> out.add(new Candidate(p, pen)));
        return out;
    }

    private void add(Map<Integer, Double> found, String key, double levelPenalty) {
        for (int posting : g.postings(key)) {
            int p = posting >>> 2;
            int kind = posting & 3;
            Feature f = g.feature(p);
            double pen = levelPenalty;
            if (kind == Gazetteer.KIND_PRIMARY_STRIPPED || kind == Gazetteer.KIND_ALTERNATE_STRIPPED) {
                pen += 0.3;
            }
            if (kind >= Gazetteer.KIND_ALTERNATE) {
                pen += f.isPopulated() ? 2.0 : 0.5;
            }
            found.merge(p, pen, Math::min);
        }
    }

    // ------------------------------------------------------------------ context

    /** What the rest of the document says: country weights, admin-1 regions, places resolved so far. */
    private static final class Context {
        final Map<Integer, Double> countries = new HashMap<>();
        final Map<Integer, Double> admin1 = new HashMap<>();
        final List<Integer> places = new ArrayList<>();
        double total;
    }

    private Context context(List<Group> groups, List<ResolvedToponym> demonyms, Group self, boolean withPlaces) {
        Context c = new Context();
        for (Group grp : groups) {
            if (grp == self || grp.best < 0) {
                continue;
            }
            Feature f = g.feature(grp.best);
            boolean area = isAreaLevel(f);
            if (!area && !withPlaces) {
                continue;
            }
            double w = grp.mentions.size() * (area ? 1.0 : 0.5);
            int country = g.country(grp.best);
            if (country >= 0) {
                c.countries.merge(country, w, Double::sum);
                c.total += w;
            }
            int a1 = g.admin1(grp.best);
            if (a1 >= 0) {
                c.admin1.merge(a1, w, Double::sum);
            }
            if (!area) {
                c.places.add(grp.best);
            }
        }
        for (ResolvedToponym d : demonyms) {
            if (d.place() >= 0 && g.country(d.place()) >= 0) {
                c.countries.merge(g.country(d.place()), 0.5, Double::sum);
                c.total += 0.5;
            }
        }
        return c;
    }

    private void pick(Group grp, Context ctx) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Candidate cand : grp.candidates) {
            double s = score(grp, cand, ctx);
            if (s > bestScore || s == bestScore && cand.place < best) {
                bestScore = s;
                best = cand.place;
            }
        }
        grp.best = best;
        grp.bestScore = best < 0 ? 0 : bestScore;
    }

    private double score(Group grp, Candidate cand, Context ctx) {
        int p = cand.place;
        Feature f = g.feature(p);
        double s = switch (f) {
            case COUNTRY -> 8;
            case CONTINENT -> 7;
            case REGION -> 5.5;
            case WATER -> 5;
            case ADMIN1 -> 5;
            case CAPITAL -> 5;
            case ADMIN_SEAT -> 2;
            case CITY -> 0.5;
            case AIRPORT, AIRBASE -> 3;
            case LANDMARK -> 5;
        };
        s -= cand.penalty;
        if (f.isPopulated()) {
            s += 0.55 * Math.log10(g.population(p) + 1.0);
            if (g.population(p) >= 100_000 && sharesNameWithItsRegion(grp, p)) {
                // a city named like its own province is, in the news, usually the city
                s += 3;
            }
        }
        if (f.isAirfield()) {
            s += grp.airport ? 4 : -1;
        }
        if (grp.adminHint && f == Feature.ADMIN1) {
            s += 3;
        }
        int country = g.country(p);
        if (ctx.total > 0 && country >= 0) {
            double share = ctx.countries.getOrDefault(country, 0.0) / ctx.total;
            s += share > 0 ? 1.0 + 2.5 * share : 0;
        } else if (ctx.total > 0 && country < 0) {
            // seas, continents and world regions belong to no country: neither helped nor hurt
            s += 1.0;
        } else if (cand.penalty >= 2.5) {
            // a spelling-error match far from everything the document talks about is a guess too far
            s -= 3;
        }
        int a1 = g.admin1(p);
        if (a1 >= 0 && f != Feature.ADMIN1 && ctx.admin1.containsKey(a1)) {
            s += 1.5;
        }
        if (!grp.countryHints.isEmpty()) {
            s += grp.countryHints.contains(country) ? 4 : -1;
        }
        for (Parent parent : grp.parents) {
            int q = parent.group.best;
            if (q < 0 || q == p) {
                continue;
            }
            Feature qf = g.feature(q);
            boolean fits;
            if (parent.near || qf.isPopulated() || qf.isAirfield()) {
                fits = g.distanceKm(p, q) < (parent.near ? 150 : 60);
            } else if (qf == Feature.ADMIN1) {
                fits = g.admin1(p) == g.admin1(q) || g.distanceKm(p, q) < 150 && g.country(p) == g.country(q);
            } else if (qf == Feature.COUNTRY) {
                fits = g.country(p) == g.country(q);
            } else {
                fits = g.distanceKm(p, q) < 2500;
            }
            s += fits ? 4 : -1;
        }
        if (!isAreaLevel(f) && !ctx.places.isEmpty()) {
            double nearest = Double.MAX_VALUE;
            for (int q : ctx.places) {
                if (q != p) {
                    nearest = Math.min(nearest, g.distanceKm(p, q));
                }
            }
            s += nearest < 50 ? 2 : nearest < 200 ? 1.2 : nearest < 500 ? 0.5 : 0;
        }
        return s;
    }

    /** Whether an admin-1 region named like this group contains {@code city} ("Aleppo" in Aleppo). */
    private boolean sharesNameWithItsRegion(Group grp, int city) {
        int a1 = g.admin1(city);
        if (a1 < 0) {
            return false;
        }
        int region = g.admin1Place(a1);
        for (Candidate c : grp.candidates) {
            if (c.place == region) {
                return true;
            }
        }
        return false;
    }
}
