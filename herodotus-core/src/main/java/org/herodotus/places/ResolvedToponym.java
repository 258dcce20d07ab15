package org.herodotus.places;

/**
 * A toponym and the gazetteer entry it was resolved to.
 *
 * <p>Not part of the library API; used by herodotus-eval's geo evaluation and places benchmark.
 *
 * @param toponym  the mention in the text
 * @param place    gazetteer index of the resolved entry, or -1 when nothing in the gazetteer fits
 * @param score    the winning candidate's score (higher is surer); 0 when unresolved
 * @param anchored whether {@code place} is not the toponym itself but the place its name is
 *                 built on ("Insein" for "Insein prison", "Tripoli" for "Tripoli airport")
 */
public record ResolvedToponym(Toponym toponym, int place, double score, boolean anchored) {

    /** A toponym resolved to the entry that is that place. */
    public ResolvedToponym(Toponym toponym, int place, double score) {
        this(toponym, place, score, false);
    }

    /** Whether a gazetteer entry was found. */
    public boolean resolved() {
        return place >= 0;
    }
}
