package org.herodotus.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored event with its article's provenance, as queries and exports return it.
 *
 * @param id            row id
 * @param eventKey      the event's id inside its article's analysis ("e1")
 * @param incident      the incident it belongs to, null when not merged into one
 * @param event         PLOVER event type
 * @param mode          PLOVER mode
 * @param date          the date as the analysis gave it (day, month or year), null when unknown
 * @param day           the event's day if known, else the article's date
 * @param negated       whether the text says it did not happen
 * @param modality      asserted, future, hypothetical or intended
 * @param quad          PLOVER quad class
 * @param intensity     PLOVER intensity
 * @param actors        who acted
 * @param recipients    who was acted upon
 * @param place         place name
 * @param lat           latitude
 * @param lon           longitude
 * @param country       country code of the place
 * @param admin1        first-order division of the place
 * @param feature       kind of place
 * @param trigger       the words naming the event
 * @param sentence      the sentence it was read from
 * @param sentenceStart offset of the sentence in the article text
 * @param sentenceEnd   end offset of the sentence
 * @param triggerStart  offset of the trigger
 * @param triggerEnd    end offset of the trigger
 * @param key           the article's key in the store
 * @param url           the article URL
 * @param title         the article title
 * @param outlet        the publishing outlet
 * @param published     the article's publication date
 * @param language      the article's language
 */
public record EventRow(long id, String eventKey, Long incident, String event, String mode, String date,
                       LocalDate day, boolean negated, String modality, Integer quad, Double intensity,
                       List<Participant> actors, List<Participant> recipients, String place, Double lat,
                       Double lon, String country, String admin1, String feature, String trigger,
                       String sentence, Integer sentenceStart, Integer sentenceEnd, Integer triggerStart,
                       Integer triggerEnd, String key, String url, String title, String outlet,
                       LocalDate published, String language) {

    public EventRow {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }
}
