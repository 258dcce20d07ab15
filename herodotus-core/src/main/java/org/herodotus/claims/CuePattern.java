package org.herodotus.claims;

import java.util.BitSet;
import java.util.List;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;

/**
 * One way a sentence attributes words to a source, read from the token its cue starts at: a
 * reporting verb ("said"), a reporting noun ("the suspicion that"), "according to", "in a poll".
 * The {@link AttributionFinder} offers each token of a sentence to its patterns in order, and the
 * first that {@linkplain #startsAt starts there} reads the attribution.
 */
interface CuePattern {

    /**
     * What a pattern may read beside the sentence.
     *
     * @param text     the article text all offsets refer to
     * @param previous the sentence before, or null
     * @param quotes   the quotations of the text ({@link Quotes#find})
     * @param taken    tokens of this sentence already in a cue: a pattern that takes more (a
     *                 multi-word cue) sets them, and they are offered to no pattern again
     */
    record Context(String text, Sentence previous, List<Span> quotes, BitSet taken) {
    }

    /** Whether this pattern's cue starts at token {@code i} of {@code s}. */
    boolean startsAt(Sentence s, int i);

    /** The attribution whose cue starts at token {@code i}, or null when the sentence does not bear it out. */
    Attribution read(Context context, Sentence s, int i);
}
