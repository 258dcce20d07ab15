package org.herodotus.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The place-name gazetteer: countries, admin-1 regions, populated places, airports and air bases,
 * continents and regions, each with coordinates and the names it goes by. Immutable and
 * thread-safe once loaded; load it once ({@link #fromClasspath()}) and share it.
 *
 * <p>Places are addressed by index. Name lookups go through a sorted table of normalised keys
 * (see {@link Names}); each key lists the places it names with a match kind (own name or
 * alternate, with or without a leading article). The binary form is written by
 * {@link GazetteerWriter}.
 *
 * <p>One class, though long, because it is one job: the reader of one binary layout and the
 * accessors of the parallel arrays that layout holds (countries, admin-1 regions, places, name
 * keys, demonyms). Splitting it by table would spread the layout's order over several classes
 * that must agree on it byte for byte. The string tables it searches are {@link SortedStrings}.
 *
 * <p>Not part of the library API; used by herodotus-gazetteer (which builds it), herodotus-eval's
 * geo evaluation and places benchmark, and {@code herodotus eval geo}.
 */
public final class Gazetteer {

    /** First four bytes of a gazetteer file ("HGZ1"). */
    public static final int MAGIC = 0x48475A31;
    /** Version of the binary layout. */
    public static final int VERSION = 1;
    /** Where the built gazetteer lives on the class path (supplied by the herodotus-gazetteer jar). */
    public static final String RESOURCE = "org/herodotus/gazetteer/gazetteer.bin";

    /** Marker put before keys that name the town an airport serves. */
    public static final char AIRPORT_TOWN_MARK = '^';

    /** Match kind of a posting: the place's own name (or a curated alias). */
    public static final int KIND_PRIMARY = 0;
    /** Match kind: the own name without its leading article. */
    public static final int KIND_PRIMARY_STRIPPED = 1;
    /** Match kind: an alternate name. */
    public static final int KIND_ALTERNATE = 2;
    /** Match kind: an alternate name without its leading article. */
    public static final int KIND_ALTERNATE_STRIPPED = 3;

    private static final Feature[] FEATURES = Feature.values();

    private final String[] countryAlpha2;
    private final String[] countryAlpha3;
    private final String[] countryName;
    private final int[] countryPlace;
    private final Map<String, Integer> countryByCode;
    private final String[] admin1Code;
    private final String[] admin1Name;
    private final int[] admin1Country;
    private final int[] admin1Place;
    private final Map<String, Integer> admin1ByCode;
    private final SortedStrings placeNames;
    private final float[] lat;
    private final float[] lon;
    private final byte[] feature;
    private final short[] country;
    private final short[] admin1;
    private final int[] population;
    private final SortedStrings keys;
    private final int[] postingStart;
    private final int[] postings;
    private final SortedStrings demonymKeys;
    private final int[] demonymPlace;

    private Gazetteer(ByteBuffer b) {
        if (b.getInt() != MAGIC) {
            throw new IllegalArgumentException("not a Herodotus gazetteer file");
        }
        int version = b.getInt();
        if (version != VERSION) {
            throw new IllegalArgumentException("gazetteer format version " + version + ", expected " + VERSION);
        }
        int nc = b.getInt();
        countryAlpha2 = new String[nc];
        countryAlpha3 = new String[nc];
        countryName = new String[nc];
        countryPlace = new int[nc];
        countryByCode = new HashMap<>();
        for (int i = 0; i < nc; i++) {
            countryAlpha2[i] = readString(b);
            countryAlpha3[i] = readString(b);
            countryName[i] = readString(b);
            countryPlace[i] = b.getInt();
            countryByCode.put(countryAlpha2[i], i);
            countryByCode.put(countryAlpha3[i], i);
        }
        int na = b.getInt();
        admin1Code = new String[na];
        admin1Name = new String[na];
        admin1Country = new int[na];
        admin1Place = new int[na];
        admin1ByCode = new HashMap<>();
        for (int i = 0; i < na; i++) {
            admin1Code[i] = readString(b);
            admin1Name[i] = readString(b);
            admin1Country[i] = b.getInt();
            admin1Place[i] = b.getInt();
            admin1ByCode.put(admin1Code[i], i);
        }
        int n = b.getInt();
        placeNames = SortedStrings.read(b, n);
        lat = new float[n];
        b.asFloatBuffer().get(lat);
        b.position(b.position() + 4 * n);
        lon = new float[n];
        b.asFloatBuffer().get(lon);
        b.position(b.position() + 4 * n);
        feature = new byte[n];
        b.get(feature);
        country = new short[n];
        b.asShortBuffer().get(country);
        b.position(b.position() + 2 * n);
        admin1 = new short[n];
        b.asShortBuffer().get(admin1);
        b.position(b.position() + 2 * n);
        population = new int[n];
        b.asIntBuffer().get(population);
        b.position(b.position() + 4 * n);

        int nk = b.getInt();
        keys = SortedStrings.read(b, nk);
        postingStart = new int[nk + 1];
        b.asIntBuffer().get(postingStart);
        b.position(b.position() + 4 * (nk + 1));
        postings = new int[postingStart[nk]];
        b.asIntBuffer().get(postings);
        b.position(b.position() + 4 * postings.length);

        int nd = b.getInt();
        demonymKeys = SortedStrings.read(b, nd);
        demonymPlace = new int[nd];
        b.asIntBuffer().get(demonymPlace);
    }

    /** Reads a gazetteer written by {@link GazetteerWriter} (gzip-compressed) from {@code in}. */
    public static Gazetteer read(InputStream in) throws IOException {
        byte[] raw;
        try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
            raw = gz.readAllBytes();
        }
        return new Gazetteer(ByteBuffer.wrap(raw));
    }

    /**
     * The gazetteer built into the herodotus-gazetteer jar, or empty when that jar is not on the
     * class path.
     */
    public static Optional<Gazetteer> fromClasspath() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = Gazetteer.class.getClassLoader();
        }
        InputStream in = cl.getResourceAsStream(RESOURCE);
        if (in == null) {
            in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE);
        }
        if (in == null) {
            return Optional.empty();
        }
        try (InputStream s = in) {
            return Optional.of(read(s));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
    }

    private static String readString(ByteBuffer b) {
        int len = b.getInt();
        String s = new String(b.array(), b.arrayOffset() + b.position(), len, StandardCharsets.UTF_8);
        b.position(b.position() + len);
        return s;
    }

    /** Number of places. */
    public int size() {
        return lat.length;
    }

    /** Number of distinct name keys. */
    public int keyCount() {
        return keys.size();
    }

    /** The display name of place {@code p}. */
    public String name(int p) {
        return placeNames.get(p);
    }

    /** Latitude of place {@code p}, in degrees. */
    public double lat(int p) {
        return lat[p];
    }

    /** Longitude of place {@code p}, in degrees. */
    public double lon(int p) {
        return lon[p];
    }

    /** The kind of place {@code p}. */
    public Feature feature(int p) {
        return FEATURES[feature[p]];
    }

    /** Country index of place {@code p}, or -1 (continents, seas). */
    public int country(int p) {
        return country[p];
    }

    /** Admin-1 index of place {@code p}, or -1. */
    public int admin1(int p) {
        return admin1[p];
    }

    /** Population of place {@code p} (0 when unknown or not populated). */
    public int population(int p) {
        return population[p];
    }

    /** Number of countries. */
    public int countryCount() {
        return countryAlpha3.length;
    }

    /** ISO 3166-1 alpha-3 code of country {@code c}. */
    public String countryAlpha3(int c) {
        return c < 0 ? null : countryAlpha3[c];
    }

    /** ISO 3166-1 alpha-2 code of country {@code c}. */
    public String countryAlpha2(int c) {
        return c < 0 ? null : countryAlpha2[c];
    }

    /** Common English name of country {@code c}. */
    public String countryName(int c) {
        return c < 0 ? null : countryName[c];
    }

    /** The place entry that stands for country {@code c}, or -1. */
    public int countryPlace(int c) {
        return c < 0 ? -1 : countryPlace[c];
    }

    /** Country index for an ISO alpha-2 or alpha-3 code, or -1. */
    public int countryByCode(String code) {
        return countryByCode.getOrDefault(code, -1);
    }

    /** Number of admin-1 regions. */
    public int admin1Count() {
        return admin1Code.length;
    }

    /** ISO 3166-2 code of admin-1 region {@code a} ("IQ-AN"). */
    public String admin1Code(int a) {
        return a < 0 ? null : admin1Code[a];
    }

    /** Name of admin-1 region {@code a} ("Al Anbar"). */
    public String admin1Name(int a) {
        return a < 0 ? null : admin1Name[a];
    }

    /** Country index of admin-1 region {@code a}. */
    public int admin1Country(int a) {
        return a < 0 ? -1 : admin1Country[a];
    }

    /** The place entry that stands for admin-1 region {@code a}, or -1. */
    public int admin1Place(int a) {
        return a < 0 ? -1 : admin1Place[a];
    }

    /** Admin-1 index for an ISO 3166-2 code, or -1. */
    public int admin1ByCode(String code) {
        return admin1ByCode.getOrDefault(code, -1);
    }

    /**
     * The postings of normalised key {@code key}: each is {@code place << 2 | kind}, kind one of
     * the {@code KIND_*} constants. Empty when the key is unknown.
     */
    public int[] postings(String key) {
        int k = keys.find(key);
        if (k < 0) {
            return new int[0];
        }
        return Arrays.copyOfRange(postings, postingStart[k], postingStart[k + 1]);
    }

    /** Whether {@code key} (normalised) names at least one place. */
    public boolean contains(String key) {
        return keys.find(key) >= 0;
    }

    /**
     * Whether some key starts with {@code prefix} followed by a space: a longer name could
     * continue here ("new" → "new york").
     */
    public boolean hasLongerKey(String prefix) {
        return keys.hasPrefix(prefix + " ");
    }

    /**
     * Plain (non-skeleton) keys within edit distance {@code maxDistance} of {@code key} that share
     * its first two letters; the spelling-error fallback.
     */
    public List<String> similarKeys(String key, int maxDistance) {
        List<String> out = new ArrayList<>();
        if (key.length() < 2) {
            return out;
        }
        int from = keys.lowerBound(key.substring(0, 2));
        byte[] q = key.getBytes(StandardCharsets.US_ASCII);
        for (int k = from; k < keys.size(); k++) {
            if (!keys.startsWith(k, q, 2)) {
                break;
            }
            if (Math.abs(keys.length(k) - q.length) <= maxDistance && keys.distance(k, q, maxDistance) <= maxDistance) {
                out.add(keys.get(k));
            }
        }
        return out;
    }

    /** The place a demonym or adjective refers to ("iraqi" → Iraq), or -1; {@code normalized} as by {@link Names#normalize}. */
    public int demonym(String normalized) {
        int k = demonymKeys.find(normalized);
        return k < 0 ? -1 : demonymPlace[k];
    }

    /** Great-circle distance in km between places {@code a} and {@code b}. */
    public double distanceKm(int a, int b) {
        return haversineKm(lat[a], lon[a], lat[b], lon[b]);
    }

    /** Great-circle (haversine) distance in km, on a sphere of radius 6371 km. */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
