package org.herodotus.store;

import java.time.LocalDate;
import org.herodotus.store.ClaimAndParticipantColumns.ParticipantColumns;

/**
 * A row of table {@code event_actors}: an actor or recipient of an event, with its event's day,
 * so a participant filter finds the newest events first.
 *
 * @param participant the columns from the participant itself, shared with herodotus-spark
 * @param day         the event's day ({@link EventRecord#day()})
 */
record ParticipantRecord(long eventId, long articleId, ParticipantColumns participant, LocalDate day)
        implements TableRow {

    static final Table<ParticipantRecord> TABLE = Table.of("event_actors",
            "event_id, article_id, " + ParticipantColumns.COLUMNS + ", day");

    @Override
    public Object[] values() {
        return ClaimAndParticipantColumns.row(new Object[] {eventId, articleId}, participant.values(), new Object[] {day});
    }
}
