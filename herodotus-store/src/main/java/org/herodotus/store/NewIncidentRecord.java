package org.herodotus.store;

/**
 * The first row of table {@code incidents} for an incident a batch creates: its id and type, with
 * counters that {@link IncidentIndex#refresh} fills in once its events are written.
 */
record NewIncidentRecord(long id, String eventType, int events, int articles, int sources) implements TableRow {

    static final Table<NewIncidentRecord> TABLE = Table.of("incidents", "id, event_type, events, articles, sources");

    /** Incident {@code id} of type {@code eventType}, with no events yet. */
    static NewIncidentRecord empty(long id, String eventType) {
        return new NewIncidentRecord(id, eventType, 0, 0, 0);
    }

    @Override
    public Object[] values() {
        return new Object[] {id, eventType, events, articles, sources};
    }
}
