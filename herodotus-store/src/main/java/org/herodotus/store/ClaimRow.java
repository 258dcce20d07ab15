package org.herodotus.store;

import java.time.LocalDate;

/**
 * A stored claim with its article's provenance.
 *
 * @param articleId         row id of its article
 * @param claimKey          the claim's id inside its article's analysis ("c3")
 * @param type              responsibility, accusation, denial, statement
 * @param certainty         asserted, probable, possible, denied, refuted
 * @param claimant          who says it: the speaker's actor name, else the source's own words
 * @param claimantCountry   the speaker's country code
 * @param cue               the reporting words
 * @param content           what is claimed
 * @param attributedTo      the party it says did (or did not do) it, null when none
 * @param attributedCountry that party's country code
 * @param eventId           row id of the event it is about, null when none
 * @param incident          the incident of that event, null when none
 * @param sourceStart       offset of the speaker's words in the article text
 * @param sourceEnd         end offset of the speaker's words
 * @param cueStart          offset of the cue
 * @param cueEnd            end offset of the cue
 * @param contentStart      offset of the content
 * @param contentEnd        end offset of the content
 * @param key               the article's key
 * @param url               the article URL
 * @param title             the article title
 * @param outlet            the publishing outlet
 * @param seen              the article's date (published, else first stored)
 */
public record ClaimRow(long articleId, String claimKey, String type, String certainty, String claimant,
                       String claimantCountry, String cue, String content, String attributedTo, String attributedCountry,
                       Long eventId, Long incident, Integer sourceStart, Integer sourceEnd, Integer cueStart, Integer cueEnd,
                       Integer contentStart, Integer contentEnd, String key, String url, String title, String outlet,
                       LocalDate seen) {
}
