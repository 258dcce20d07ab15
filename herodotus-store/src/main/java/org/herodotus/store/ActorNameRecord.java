package org.herodotus.store;

/**
 * A row of table {@code actor_names}, the dictionary of participant names: one lower-case name
 * some event_actors row holds, inserted only when new ({@link StatementCache#insertNew}).
 */
record ActorNameRecord(String nameLc) implements TableRow {

    static final Table<ActorNameRecord> TABLE = Table.of("actor_names", "name_lc");

    @Override
    public Object[] values() {
        return new Object[] {nameLc};
    }
}
