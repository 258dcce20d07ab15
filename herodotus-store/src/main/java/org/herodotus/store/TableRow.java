package org.herodotus.store;

/**
 * A row the store writes into one of its tables. Each kind of row is a record whose components
 * are its table's columns, in the order its {@link Table} lists them and named alike ({@code
 * article_id} is {@code articleId}; a component holding a group of columns, such as a claim's
 * {@link ClaimAndParticipantColumns.ClaimColumns}, stands for them in their order).
 */
interface TableRow {

    /** The row's values in the order of its table's columns, for binding or appending. */
    Object[] values();
}
