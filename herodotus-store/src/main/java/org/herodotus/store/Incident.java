package org.herodotus.store;

import java.time.LocalDate;

/**
 * One real-world happening as reported by any number of articles: their events merged.
 *
 * @param id        row id
 * @param event     PLOVER event type shared by its events
 * @param label     a short description taken from the reports ("attacks on US bases in Iraq")
 * @param place     best place name: the place most reports name, or the area they share
 * @param lat       latitude of the best place, null when unknown
 * @param lon       longitude of the best place, null when unknown
 * @param country   ISO 3166-1 alpha-3 code of the best place's country
 * @param admin1    first-order division of the best place
 * @param dateFrom  earliest day it may have happened
 * @param dateTo    latest day it may have happened
 * @param date      best date: the day most reports give, null when none gives a day
 * @param firstSeen publication date of the earliest report
 * @param lastSeen  publication date of the latest report
 * @param events    number of merged events
 * @param articles  number of reporting articles
 * @param sources   independent sources: outlets, with wire copies and reprints counted once
 */
public record Incident(long id, String event, String label, String place, Double lat, Double lon,
                       String country, String admin1, LocalDate dateFrom, LocalDate dateTo, LocalDate date,
                       LocalDate firstSeen, LocalDate lastSeen, int events, int articles, int sources) {
}
