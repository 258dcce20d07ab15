package org.herodotus.places;

/**
 * The classic baseline resolver: the exactly named place with the largest population (countries
 * before everything else when populations tie), no context. Used to measure the resolver
 * against, side by side. Thread-safe.
 *
 * <p>Not part of the library API; used by herodotus-eval's geo evaluation and places benchmark.
 */
public final class PopulationBaseline {

    private final Gazetteer g;

    /** A baseline over {@code gazetteer}. */
    public PopulationBaseline(Gazetteer gazetteer) {
        this.g = gazetteer;
    }

    /** The gazetteer index for {@code name}, or -1 when no entry has exactly that name. */
    public int resolve(String name) {
        String key = Names.normalize(name);
        int best = -1;
        long bestPop = -1;
        for (int posting : g.postings(key)) {
            int p = posting >>> 2;
            long pop = g.population(p);
            if (pop > bestPop || pop == bestPop && g.feature(p).ordinal() < g.feature(best).ordinal()) {
                bestPop = pop;
                best = p;
            }
        }
        if (best < 0) {
            best = g.demonym(key);
        }
        return best;
    }
}
