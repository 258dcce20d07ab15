package org.herodotus.gazetteer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.herodotus.places.GazetteerWriter;

/**
 * What the gazetteer's sources add to while it is built: the writer of the binary tables, and
 * the indexes by which a later source finds what an earlier one made (a country by its ISO code,
 * a region by its ISO 3166-2 code, a city by its GeoNames id, an airport by its ident, a curated
 * place by its name). The readers fill it in a fixed order: countries, regions, cities, airports,
 * aliases.
 */
final class GazetteerTables {

    /** A code, not a name: "US", "IRQ", "B4". */
    static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,3}");

    final ObjectMapper json = new ObjectMapper();
    final GazetteerWriter w = new GazetteerWriter();
    /** Country index by ISO alpha-2 and alpha-3 code. */
    final Map<String, Integer> countryIndex = new HashMap<>();
    /** Admin-1 index by ISO 3166-2 code, and by "#" and the @countrystatecity state id. */
    final Map<String, Integer> admin1Index = new HashMap<>();
    final Map<String, Integer> airportByIdent = new HashMap<>();
    final Map<Integer, Integer> placeByGeonameId = new HashMap<>();
    /** Places the alias files add, by name. */
    final Map<String, Integer> aliasPlaces = new HashMap<>();
    /** The place of each country, by country index. */
    final Map<Integer, Integer> countryPlaces = new HashMap<>();
    /** The place of each admin-1 region, by admin-1 index. */
    final Map<Integer, Integer> admin1Places = new HashMap<>();
}
