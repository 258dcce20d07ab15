package org.herodotus.model;

import java.util.List;

/**
 * A toponym of the text resolved to a location: one record per distinct surface string and
 * resolution, however often the article names it ("Baghdad" three times is one place with three
 * mentions; "BAGHDAD" in the dateline is another, as the reader sees a different string).
 *
 * @param id       identifier unique within the analysis ("p1", …)
 * @param name     the resolved place's name ("Al Asad Air Base")
 * @param start    start offset of the first mention in the text
 * @param end      end offset (exclusive) of the first mention
 * @param lat      latitude in degrees (WGS 84), null when unresolved
 * @param lon      longitude in degrees (WGS 84), null when unresolved
 * @param country  ISO 3166-1 alpha-3 code of the country it lies in
 * @param admin1   first-order administrative division (province, state)
 * @param feature  kind of place: country, admin1, city, airport, …
 * @param mentions every stretch of text that names it, in text order (the first is
 *                 {@code start}–{@code end}); empty only when those offsets are invalid
 */
public record Place(String id, String name, int start, int end, Double lat, Double lon,
                    String country, String admin1, String feature, List<Span> mentions) {

    public Place {
        if (mentions == null || mentions.isEmpty()) {
            // records written before mentions existed name the place once, at start–end; bad
            // offsets are left for AnalysisCheck to report rather than thrown here
            mentions = start >= 0 && end >= start ? List.of(new Span(start, end)) : List.of();
        } else {
            mentions = List.copyOf(mentions);
        }
    }

    /** A place named once, at {@code start}–{@code end}. */
    public Place(String id, String name, int start, int end, Double lat, Double lon,
                 String country, String admin1, String feature) {
        this(id, name, start, end, lat, lon, country, admin1, feature, null);
    }

    /** A copy with {@code more} as its mentions (the first becomes {@code start}–{@code end}). */
    public Place withMentions(List<Span> more) {
        Span first = more.isEmpty() ? new Span(start, end) : more.get(0);
        return new Place(id, name, first.start(), first.end(), lat, lon, country, admin1, feature, more);
    }

    /**
     * This place as named at {@code mention}, one of its mentions: that mention's offsets, the
     * place's id and resolution, and no other mentions.
     */
    public Place at(Span mention) {
        return new Place(id, name, mention.start(), mention.end(), lat, lon, country, admin1, feature);
    }

    /** Whether one of its mentions overlaps {@code [from, to)}. */
    public boolean mentionedAt(int from, int to) {
        for (Span m : mentions) {
            if (m.start() < to && from < m.end()) {
                return true;
            }
        }
        return false;
    }
}
