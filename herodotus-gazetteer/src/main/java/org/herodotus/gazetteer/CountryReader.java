package org.herodotus.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.herodotus.places.Feature;
import org.herodotus.places.GazetteerWriter;

/**
 * The countries (npm {@code world-countries}: names, official names, spellings, demonyms) with
 * their population and nationality words from @countrystatecity's {@code meta.json}; the first
 * source read, since every later place belongs to a country.
 */
final class CountryReader {

    private final GazetteerTables tables;

    CountryReader(GazetteerTables tables) {
        this.tables = tables;
    }

    void read(Path worldCountries, Path states) throws IOException {
        byte[] data = NpmPackage.read(worldCountries, "countries.json"::equals).get("countries.json");
        Map<String, JsonNode> meta = new HashMap<>();
        for (Map.Entry<String, byte[]> e : NpmPackage.read(states,
                f -> f.startsWith("dist/data/") && f.endsWith("/meta.json")).entrySet()) {
            JsonNode m = tables.json.readTree(e.getValue());
            meta.put(m.path("iso2").asText(), m);
        }
        for (JsonNode c : tables.json.readTree(data)) {
            String a2 = c.path("cca2").asText();
            String a3 = c.path("cca3").asText();
            String name = c.path("name").path("common").asText();
            JsonNode ll = c.path("latlng");
            int ci = tables.w.addCountry(a2, a3, name);
            tables.countryIndex.put(a2, ci);
            tables.countryIndex.put(a3, ci);
            JsonNode m = meta.get(a2);
            long pop = m == null ? 0 : m.path("population").asLong(0);
            int p = tables.w.addPlace(name, Feature.COUNTRY, ll.path(0).asDouble(), ll.path(1).asDouble(), ci, -1, pop);
            tables.w.setCountryPlace(ci, p);
            tables.countryPlaces.put(ci, p);
            tables.w.addName(p, c.path("name").path("official").asText(), GazetteerWriter.ALTERNATE);
            for (JsonNode alt : c.path("altSpellings")) {
                String s = alt.asText();
                if (!GazetteerTables.CODE.matcher(s).matches()) {
                    tables.w.addName(p, s, GazetteerWriter.ALTERNATE);
                }
            }
            JsonNode dem = c.path("demonyms").path("eng");
            tables.w.addDemonym(dem.path("m").asText(), p);
            tables.w.addDemonym(dem.path("f").asText(), p);
            if (m != null) {
                for (String nat : m.path("nationality").asText().split(",")) {
                    tables.w.addDemonym(nat.trim(), p);
                }
            }
        }
    }
}
