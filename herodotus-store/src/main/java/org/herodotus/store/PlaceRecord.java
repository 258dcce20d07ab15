package org.herodotus.store;

/**
 * A row of table {@code places}: a place of an article, as its analysis gives it.
 *
 * @param placeKey the place's id in the analysis
 * @param startOff where its first mention starts in the article text
 * @param endOff   where that mention ends
 * @param mentions how often the article names it
 */
record PlaceRecord(long articleId, String placeKey, String name, int startOff, int endOff, Double lat, Double lon,
                   String country, String admin1, String feature, int mentions) implements TableRow {

    static final Table<PlaceRecord> TABLE = Table.of("places",
            "article_id, place_key, name, start_off, end_off, lat, lon, country, admin1, feature, mentions");

    @Override
    public Object[] values() {
        return new Object[] {articleId, placeKey, name, startOff, endOff, lat, lon, country, admin1, feature, mentions};
    }
}
