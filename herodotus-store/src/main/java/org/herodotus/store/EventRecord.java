package org.herodotus.store;

import java.time.LocalDate;

/**
 * A row of table {@code events}, as {@link ArticleRecords} writes it: the event with its place
 * (name, coordinates, country, admin1, feature) and its article's seen day and source group
 * copied in, so a filtered query reads no other table.
 *
 * @param eventKey    the event's id in the analysis
 * @param eventType   its PLOVER type, upper case
 * @param placeKey    its place's id in the analysis, or null
 * @param dateText    the date as the analysis gives it, or null
 * @param dateLo      the first day the date may mean, or null
 * @param dateHi      the last day the date may mean, or null
 * @param day         the date when it names one day, else the article's seen day
 * @param seen        the article's seen day
 * @param sourceGroup the article's independent source
 * @param incidentId  the incident it joined, or null
 */
record EventRecord(long id, long articleId, String eventKey, String eventType, String mode, String placeKey,
                   String placeName, Double lat, Double lon, String country, String admin1, String feature,
                   String dateText, LocalDate dateLo, LocalDate dateHi, LocalDate day, LocalDate seen,
                   String sourceGroup, boolean negated, String modality, Short quad, Double intensity,
                   Integer triggerStart, Integer triggerEnd, Integer sentenceStart, Integer sentenceEnd,
                   String triggerText, String sentenceText, Long incidentId) implements TableRow {

    static final Table<EventRecord> TABLE = Table.of("events", "id, article_id, event_key, event_type, mode, "
            + "place_key, place_name, lat, lon, country, admin1, feature, date_text, date_lo, date_hi, day, seen, "
            + "source_group, negated, modality, quad, intensity, trigger_start, trigger_end, sentence_start, "
            + "sentence_end, trigger_text, sentence_text, incident_id");

    @Override
    public Object[] values() {
        return new Object[] {id, articleId, eventKey, eventType, mode, placeKey, placeName, lat, lon, country, admin1,
            feature, dateText, dateLo, dateHi, day, seen, sourceGroup, negated, modality, quad, intensity,
            triggerStart, triggerEnd, sentenceStart, sentenceEnd, triggerText, sentenceText, incidentId};
    }
}
