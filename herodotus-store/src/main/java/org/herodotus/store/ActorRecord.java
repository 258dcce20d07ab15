package org.herodotus.store;

/**
 * A row of table {@code actors}: an actor of an article, as its analysis gives it.
 *
 * @param actorKey the actor's id in the analysis
 * @param mentions how often the article names it
 */
record ActorRecord(long articleId, String actorKey, String name, String country, String sector, int mentions)
        implements TableRow {

    static final Table<ActorRecord> TABLE = Table.of("actors", "article_id, actor_key, name, country, sector, mentions");

    @Override
    public Object[] values() {
        return new Object[] {articleId, actorKey, name, country, sector, mentions};
    }
}
