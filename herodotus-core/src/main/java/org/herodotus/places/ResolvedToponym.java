package org.herodotus.places;

/**
 * A toponym and the gazetteer entry it was resolved to.
 *
 * @param toponym the mention in the text
 * @param place   gazetteer index of the resolved entry, or -1 when nothing in the gazetteer fits
 * @param score   the winning candidate's score (higher is surer); 0 when unresolved
 */
public record ResolvedToponym(Toponym toponym, int place, double score) {

    /** Whether a gazetteer entry was found. */
    public boolean resolved() {
        return place >= 0;
    }
}
