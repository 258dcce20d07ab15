package org.herodotus.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.herodotus.places.Feature;
import org.herodotus.places.GazetteerWriter;
import org.herodotus.places.Names;

/**
 * The medium and large airports of OurAirports, airbases told apart by their names; each also
 * under the town it serves and its name without the generic words ("Mosul airport", "Heathrow").
 */
final class AirportReader {

    private final GazetteerTables tables;

    AirportReader(GazetteerTables tables) {
        this.tables = tables;
    }

    private static final Pattern AIRBASE = Pattern.compile(
            "(?i).*\\b(air ?base|afb|air ?field|army air|air station|naval air|military|heliport|ab)\\b.*");
    private static final Pattern AIRPORT_WORDS = Pattern.compile(
            "(?i)\\b(international|intl|regional|municipal|domestic|airport|airfield|air ?base|air ?field|afb|"
                    + "army|air station|naval|field|new|old|joint base)\\b");

    void read(Path tgz) throws IOException {
        byte[] data = NpmPackage.read(tgz, "data/airports.json"::equals).get("data/airports.json");
        for (JsonNode a : tables.json.readTree(data)) {
            Integer ci = tables.countryIndex.get(a.path("iso_country").asText());
            if (ci == null) {
                continue;
            }
            int ai = tables.admin1Index.getOrDefault(a.path("iso_region").asText(), -1);
            String full = a.path("name").asText();
            String[] parts = full.split("\\s*/\\s*");
            Feature feature = AIRBASE.matcher(parts[0]).matches() ? Feature.AIRBASE : Feature.AIRPORT;
            int p = tables.w.addPlace(parts[0], feature, a.path("latitude_deg").asDouble(), a.path("longitude_deg").asDouble(),
                    ci, ai, 0);
            tables.airportByIdent.put(a.path("ident").asText(), p);
            for (int i = 1; i < parts.length; i++) {
                tables.w.addName(p, parts[i], GazetteerWriter.PRIMARY);
            }
            for (String k : a.path("keywords").asText("").split(",")) {
                String kw = k.trim();
                if (kw.length() > 3 && !GazetteerTables.CODE.matcher(kw).matches()) {
                    tables.w.addName(p, kw, GazetteerWriter.ALTERNATE);
                }
            }
            // "the airport of Qayyarah", "Mosul airport": the town an airport serves, and its name
            // without the generic words, lead to it when the context says airport.
            String town = a.path("municipality").asText("");
            addAirportTown(p, town);
            for (String part : parts) {
                String stem = AIRPORT_WORDS.matcher(part).replaceAll(" ").trim().replaceAll("\\s+", " ");
                addAirportTown(p, stem);
                // "London Heathrow Airport" is also "Heathrow Airport" and "Heathrow"
                String t = Names.normalize(town);
                String st = Names.normalize(stem);
                if (!t.isEmpty() && st.startsWith(t + " ") && st.length() - t.length() > 4) {
                    String rest = stem.substring(stem.length() - (st.length() - t.length() - 1));
                    tables.w.addName(p, rest, GazetteerWriter.ALTERNATE);
                    tables.w.addName(p, rest + " Airport", GazetteerWriter.ALTERNATE);
                }
            }
        }
    }

    private void addAirportTown(int place, String town) {
        if (Names.normalize(town).length() >= 3) {
            tables.w.addAirportTown(place, town);
        }
    }
}
