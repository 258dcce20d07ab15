package org.herodotus.store;

/**
 * Filters for stored claims; every filter left null matches everything.
 *
 * @param claimant     the speaker's actor name, case-insensitive
 * @param attributedTo the party the claim says did (or did not do) it, case-insensitive
 * @param certainty    asserted, probable, possible, denied or refuted
 * @param type         responsibility, accusation, denial or statement
 * @param outlet       the publishing outlet
 * @param articleId    one article's claims
 * @param incident     claims about the events of one incident
 */
public record ClaimFilter(String claimant, String attributedTo, String certainty, String type, String outlet,
                          Long articleId, Long incident) {

    /** Every claim. */
    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, null, null, null, null);
    }
}
