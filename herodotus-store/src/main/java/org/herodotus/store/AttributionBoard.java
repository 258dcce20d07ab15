package org.herodotus.store;

import java.time.LocalDate;
import java.util.List;

/**
 * The competing answers to "who did it?" for one incident: each candidate perpetrator with the
 * claims for and against it, best supported first.
 *
 * @param incident   the incident's row id
 * @param candidates candidate perpetrators, best supported first
 */
public record AttributionBoard(long incident, List<Candidate> candidates) {

    public AttributionBoard {
        candidates = List.copyOf(candidates);
    }

    /**
     * One candidate perpetrator.
     *
     * @param name      canonical actor name
     * @param country   actor country code
     * @param sector    actor sector code
     * @param verdict   what the claims amount to: the certainty of the strongest claim for it
     *                  (asserted, probable, possible), or refuted/denied when the claims against
     *                  outweigh those for it
     * @param support   net support: claims for minus claims against, weighted by certainty,
     *                  counting each claimant once, plus a bonus per further independent source
     * @param claimants distinct claimants
     * @param sources   independent sources (outlets, wire copies counted once) carrying the claims
     * @param claims    the claims about it, in time order
     */
    public record Candidate(String name, String country, String sector, String verdict, double support,
                            int claimants, int sources, List<Entry> claims) {
        public Candidate {
            claims = List.copyOf(claims);
        }
    }

    /**
     * One claim on the board, with where it was read.
     *
     * @param claimant  who says it (actor name, or the unnamed source's words)
     * @param type      responsibility, accusation, denial, statement; "report" when the article
     *                  itself names the perpetrator in its narrative
     * @param certainty asserted, probable, possible, denied or refuted
     * @param against   whether the claim speaks against the candidate
     * @param cue       the reporting words
     * @param content   what is claimed
     * @param published publication date of the article (or the day it was stored, when unknown)
     * @param outlet    the publishing outlet
     * @param url       the article URL
     * @param title     the article title
     * @param document  the article's id as given at ingest (for a file, its name), or null
     * @param key       the article's key in the store
     * @param source    the independent source it came from: the outlet, or for a wire copy the
     *                  outlet of the text it copies
     */
    public record Entry(String claimant, String type, String certainty, boolean against, String cue,
                        String content, LocalDate published, String outlet, String url, String title, String document,
                        String key, String source) {
    }
}
