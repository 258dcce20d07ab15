package org.herodotus.places;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Collects countries, admin-1 regions, places and their names, and writes them in the compact
 * binary form that {@link Gazetteer#read} loads. Used once, at build time; not thread-safe.
 *
 * <p>The file is one gzip stream holding, in order: a header ({@link Gazetteer#MAGIC}, version),
 * the country table, the admin-1 table, the place columns (name, latitude, longitude, feature,
 * country, admin-1, population), the sorted name-key table with its postings, and the sorted
 * demonym table. Strings are stored as one UTF-8 blob with an offset array, so loading is a few
 * bulk array copies.
 *
 * <p>Not part of the library API; used by herodotus-gazetteer, which builds the gazetteer.
 */
public final class GazetteerWriter {

    /** Name kind: the entry's own name, or a curated alias that is as good as its own name. */
    public static final int PRIMARY = 0;
    /** Name kind: an alternate name or spelling. */
    public static final int ALTERNATE = 2;

    private final List<String[]> countries = new ArrayList<>();   // alpha2, alpha3, name
    private final List<Integer> countryPlace = new ArrayList<>();
    private final List<String[]> admin1 = new ArrayList<>();      // code, name
    private final List<Integer> admin1Country = new ArrayList<>();
    private final List<Integer> admin1Place = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<float[]> coords = new ArrayList<>();
    private final List<Feature> features = new ArrayList<>();
    private final List<int[]> links = new ArrayList<>();          // country, admin1, population
    private final Map<String, Map<Integer, Integer>> keys = new HashMap<>();
    private final Map<String, Integer> demonyms = new TreeMap<>();

    /** Adds a country; returns its index. */
    public int addCountry(String alpha2, String alpha3, String name) {
        countries.add(new String[] {alpha2, alpha3, name});
        countryPlace.add(-1);
        return countries.size() - 1;
    }

    /** Adds an admin-1 region of country {@code country}; returns its index. */
    public int addAdmin1(String code, String name, int country) {
        admin1.add(new String[] {code, name});
        admin1Country.add(country);
        admin1Place.add(-1);
        return admin1.size() - 1;
    }

    /** Records which place entry stands for country {@code country}. */
    public void setCountryPlace(int country, int place) {
        countryPlace.set(country, place);
    }

    /** Records which place entry stands for admin-1 region {@code admin1Index}. */
    public void setAdmin1Place(int admin1Index, int place) {
        admin1Place.set(admin1Index, place);
    }

    /**
     * Adds a place; {@code country} and {@code admin1} are indexes or -1. Its {@code name} is
     * indexed as a primary name. Returns the place index.
     */
    public int addPlace(String name, Feature feature, double lat, double lon, int country, int admin1Index,
                        long population) {
        names.add(name);
        coords.add(new float[] {(float) lat, (float) lon});
        features.add(feature);
        links.add(new int[] {country, admin1Index, (int) Math.min(Integer.MAX_VALUE, Math.max(0, population))});
        int place = names.size() - 1;
        addName(place, name, PRIMARY);
        return place;
    }

    /** Number of places added so far. */
    public int placeCount() {
        return names.size();
    }

    /** The feature of place {@code place}. */
    public Feature feature(int place) {
        return features.get(place);
    }

    /** Indexes {@code name} for {@code place}, as {@link #PRIMARY} or {@link #ALTERNATE}. */
    public void addName(int place, String name, int kind) {
        String n = Names.normalize(name);
        if (n.length() < 2 || n.chars().allMatch(c -> c >= '0' && c <= '9' || c == ' ')) {
            return;
        }
        put(n, place, kind);
        String s = Names.stripArticle(n);
        if (!s.equals(n)) {
            put(s, place, kind + 1);
        }
        String sk = Names.skeleton(n);
        if (sk.length() >= 2) {
            put(Names.SKELETON_MARK + sk, place, s.equals(n) ? kind : kind + 1);
        }
    }

    /**
     * Indexes {@code town} as a town that airport {@code place} serves ("Qayyarah" for Qayyarah
     * West Airport), under keys marked with {@link Gazetteer#AIRPORT_TOWN_MARK}.
     */
    public void addAirportTown(int place, String town) {
        String n = Names.normalize(town);
        if (n.length() < 2) {
            return;
        }
        put(Gazetteer.AIRPORT_TOWN_MARK + n, place, PRIMARY);
        String s = Names.stripArticle(n);
        if (!s.equals(n)) {
            put(Gazetteer.AIRPORT_TOWN_MARK + s, place, PRIMARY + 1);
        }
        put(Gazetteer.AIRPORT_TOWN_MARK + (Names.SKELETON_MARK + Names.skeleton(n)), place, PRIMARY);
    }

    private void put(String key, int place, int kind) {
        keys.computeIfAbsent(key, k -> new HashMap<>(2)).merge(place, kind, Math::min);
    }

    /**
     * Records that the adjective {@code demonym} ("Iraqi") refers to place {@code place}. When
     * several places claim one demonym ("American": the United States, American Samoa), the most
     * populous keeps it.
     */
    public void addDemonym(String demonym, int place) {
        String n = Names.normalize(demonym);
        if (n.length() < 3) {
            return;
        }
        Integer old = demonyms.get(n);
        if (old == null || links.get(place)[2] > links.get(old)[2]) {
            demonyms.put(n, place);
        }
    }

    /** Makes {@code demonym} refer to {@code place} whatever claimed it before (curated entries). */
    public void setDemonym(String demonym, int place) {
        String n = Names.normalize(demonym);
        if (n.length() >= 3) {
            demonyms.put(n, place);
        }
    }

    /** Moves place {@code place} to another representative point. */
    public void setCoordinates(int place, double lat, double lon) {
        coords.set(place, new float[] {(float) lat, (float) lon});
    }

    /** Number of distinct name keys so far. */
    public int keyCount() {
        return keys.size();
    }

    /** Writes the gazetteer to {@code out} (which is left open). */
    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 24);
        DataOutputStream d = new DataOutputStream(buf);
        d.writeInt(Gazetteer.MAGIC);
        d.writeInt(Gazetteer.VERSION);

        d.writeInt(countries.size());
        for (int i = 0; i < countries.size(); i++) {
            String[] c = countries.get(i);
            writeString(d, c[0]);
            writeString(d, c[1]);
            writeString(d, c[2]);
            d.writeInt(countryPlace.get(i));
        }
        d.writeInt(admin1.size());
        for (int i = 0; i < admin1.size(); i++) {
            writeString(d, admin1.get(i)[0]);
            writeString(d, admin1.get(i)[1]);
            d.writeInt(admin1Country.get(i));
            d.writeInt(admin1Place.get(i));
        }

        int n = names.size();
        d.writeInt(n);
        writeBlob(d, names);
        for (float[] c : coords) {
            d.writeFloat(c[0]);
        }
        for (float[] c : coords) {
            d.writeFloat(c[1]);
        }
        for (Feature f : features) {
            d.writeByte(f.ordinal());
        }
        for (int[] l : links) {
            d.writeShort(l[0]);
        }
        for (int[] l : links) {
            d.writeShort(l[1]);
        }
        for (int[] l : links) {
            d.writeInt(l[2]);
        }

        TreeMap<String, Map<Integer, Integer>> sorted = new TreeMap<>(keys);
        d.writeInt(sorted.size());
        writeBlob(d, new ArrayList<>(sorted.keySet()));
        int total = 0;
        d.writeInt(0);
        for (Map<Integer, Integer> postings : sorted.values()) {
            total += postings.size();
            d.writeInt(total);
        }
        for (Map<Integer, Integer> postings : sorted.values()) {
            List<Map.Entry<Integer, Integer>> list = new ArrayList<>(postings.entrySet());
            list.sort(Map.Entry.comparingByKey());
            for (Map.Entry<Integer, Integer> e : list) {
                d.writeInt(e.getKey() << 2 | e.getValue());
            }
        }

        d.writeInt(demonyms.size());
        writeBlob(d, new ArrayList<>(demonyms.keySet()));
        for (int place : demonyms.values()) {
            d.writeInt(place);
        }
        d.flush();

        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        };
        buf.writeTo(gz);
        gz.finish();
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    /** Strings as offsets (count + 1 ints) followed by one UTF-8 blob. */
    private static void writeBlob(DataOutputStream d, List<String> strings) throws IOException {
        List<byte[]> bytes = new ArrayList<>(strings.size());
        int total = 0;
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            bytes.add(b);
            total += b.length;
        }
        d.writeInt(total);
        int off = 0;
        d.writeInt(0);
        for (byte[] b : bytes) {
            off += b.length;
            d.writeInt(off);
        }
        for (byte[] b : bytes) {
            d.write(b);
        }
    }
}
