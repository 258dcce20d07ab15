package org.herodotus.model;

import java.util.List;

/**
 * Someone who acts, speaks or is acted upon: a person, a group, a government, a country.
 *
 * @param id       identifier unique within the analysis ("a1", "a2", …)
 * @param name     canonical name ("Mark Esper", "Kataib Hezbollah")
 * @param country  ISO 3166-1 alpha-3 code, or a code for an international body (IGO, NGO, …); null when unknown
 * @param sector   PLOVER sector code (GOV, MIL, REB, …); null when unknown
 * @param mentions every stretch of text that refers to this actor
 * @param generic  true when the text names the actor only by what it is ("a military source",
 *                 "pro-Iran militia", "students"), not by a name: such an actor is a description,
 *                 and two of them in different articles need not be the same party
 */
public record Actor(String id, String name, String country, String sector, List<Span> mentions,
                    boolean generic) {

    public Actor {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A named actor (not {@link #generic()}). */
    public Actor(String id, String name, String country, String sector, List<Span> mentions) {
        this(id, name, country, sector, mentions, false);
    }

    /** A copy with {@code more} mentions. */
    public Actor withMentions(List<Span> more) {
        return new Actor(id, name, country, sector, more, generic);
    }
}
