package org.herodotus.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import org.herodotus.places.Feature;
import org.herodotus.places.GazetteerWriter;

/**
 * The first-order administrative regions (provinces, states) of @countrystatecity, keyed by their
 * ISO 3166-2 code; read after the countries they belong to.
 */
final class RegionReader {

    private final GazetteerTables tables;

    RegionReader(GazetteerTables tables) {
        this.tables = tables;
    }

    void read(Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!e.getKey().endsWith("/states.json")) {
                continue;
            }
            for (JsonNode s : tables.json.readTree(e.getValue())) {
                String cc = s.path("country_code").asText();
                Integer ci = tables.countryIndex.get(cc);
                if (ci == null) {
                    continue;
                }
                String code = s.path("iso3166_2").asText("");
                if (code.isEmpty() || code.equals("null")) {
                    code = cc + "-" + s.path("iso2").asText();
                }
                String name = s.path("name").asText();
                int ai = tables.w.addAdmin1(code, name, ci);
                tables.admin1Index.put(code, ai);
                tables.admin1Index.put("#" + s.path("id").asText(), ai);
                if (s.path("latitude").isNull() || s.path("latitude").asText().isEmpty()) {
                    continue;
                }
                int p = tables.w.addPlace(name, Feature.ADMIN1, s.path("latitude").asDouble(), s.path("longitude").asDouble(),
                        ci, ai, 0);
                tables.w.setAdmin1Place(ai, p);
                tables.admin1Places.put(ai, p);
                String nat = s.path("native").asText("");
                if (!nat.isEmpty() && !nat.equals("null")) {
                    tables.w.addName(p, nat, GazetteerWriter.ALTERNATE);
                }
            }
        }
    }
}
