package org.herodotus.store;

import java.time.LocalDate;

/**
 * One entry of a directory listing (actors, places or outlets) with how much the store holds
 * about it.
 *
 * @param name    the actor's canonical name, the place name or the outlet
 * @param country country code (actors, places), null for outlets
 * @param detail  actors: sector code; places: first-order division; outlets: null
 * @param count   actors: events as actor; places: events there; outlets: articles
 * @param other   actors: events as recipient; places and outlets: 0
 * @param lat     places: latitude, else null
 * @param lon     places: longitude, else null
 * @param first   the earliest day (event day, or article date for outlets)
 * @param last    the latest day
 */
public record Summary(String name, String country, String detail, long count, long other, Double lat, Double lon,
                      LocalDate first, LocalDate last) {
}
