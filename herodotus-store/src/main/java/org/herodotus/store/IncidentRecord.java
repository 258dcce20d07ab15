package org.herodotus.store;

import java.time.LocalDate;

/**
 * A row of table {@code incidents}, summed up from the incident's events ({@link IncidentSummary}).
 * herodotus-spark's incidents job writes the same values ({@link IncidentRules#incidentRow}).
 *
 * @param id         the incident's id
 * @param eventType  the PLOVER type of its events
 * @param label      the reports' own words for it, or null
 * @param placeName  its best place, or null
 * @param lat        that place's latitude, or null
 * @param lon        that place's longitude, or null
 * @param country    its country, or null
 * @param admin1     its first-order division, or null
 * @param dateLo     the first day it may have happened, or null
 * @param dateHi     the last day it may have happened, or null
 * @param bestDate   the day most precisely dated reports give, or null
 * @param firstSeen  the seen day of its first report
 * @param lastSeen   the seen day of its last report
 * @param events     how many events it has
 * @param articles   how many articles report it
 * @param sources    how many independent sources report it
 */
public record IncidentRecord(long id, String eventType, String label, String placeName, Double lat, Double lon,
                             String country, String admin1, LocalDate dateLo, LocalDate dateHi, LocalDate bestDate,
                             LocalDate firstSeen, LocalDate lastSeen, int events, int articles, int sources)
        implements TableRow {

    static final Table<IncidentRecord> TABLE = Table.of("incidents", "id, event_type, label, place_name, lat, lon, "
            + "country, admin1, date_lo, date_hi, best_date, first_seen, last_seen, events, articles, sources");

    /** The values in the order of the table's columns. */
    @Override
    public Object[] values() {
        return new Object[] {id, eventType, label, placeName, lat, lon, country, admin1, dateLo, dateHi, bestDate,
            firstSeen, lastSeen, events, articles, sources};
    }
}
