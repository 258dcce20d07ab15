package org.herodotus.model;

/**
 * Somebody saying something: who says it, the words that mark it as said, what is said, and how
 * sure the speaker is.
 *
 * @param id           identifier unique within the analysis ("c1", …)
 * @param source       who says it: the span naming the speaker and the actor it resolves to
 * @param cue          the reporting words ("said", "according to", "I suspect")
 * @param content      what is claimed
 * @param type         responsibility, denial, accusation or statement
 * @param certainty    asserted, probable, possible, denied or refuted
 * @param event        id of the event the content is about, null when none
 * @param attributedTo id of the actor the claim says did it, null when none
 * @param attributedSpan the words naming whoever the claim says did it ("Kataib Hezbollah"), null when none
 * @param relay        who passes the source's words on ("military sources, quoted by NPR"), null when nobody
 */
public record Claim(String id, Source source, Span cue, Span content, ClaimType type, Certainty certainty,
                    String event, String attributedTo, Span attributedSpan, Source relay) {

    /** A claim with only the contract's original fields. */
    public Claim(String id, Source source, Span cue, Span content, ClaimType type, Certainty certainty,
                 String event, String attributedTo) {
        this(id, source, cue, content, type, certainty, event, attributedTo, null, null);
    }

    /**
     * The speaker of a claim.
     *
     * @param start offset of the words naming the speaker (may be null for an unnamed source)
     * @param end   end offset (exclusive)
     * @param actor id of the actor the speaker resolves to
     */
    public record Source(Integer start, Integer end, String actor) {
    }
}
