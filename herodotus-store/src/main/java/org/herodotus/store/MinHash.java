package org.herodotus.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Near-duplicate detection for wire copies and lightly edited reprints: MinHash signatures over
 * word 5-shingles, with locality-sensitive banding so candidates are found by an index lookup
 * rather than by comparing with every stored article.
 *
 * <p>60 hash functions in 20 bands of 3: two texts with Jaccard similarity 0.5 share a band with
 * probability 0.93, with 0.6 with 0.99, with 0.1 with 0.02.
 */
public final class MinHash {

    /** Words per shingle. */
    public static final int SHINGLE = 5;
    /** Hash functions in a signature. */
    public static final int HASHES = 60;
    /** Rows per band. */
    public static final int ROWS = 3;
    /** Bands, each giving one bucket. */
    public static final int BANDS = HASHES / ROWS;

    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /**
     * A text's signature and the number of distinct shingles it was computed from.
     *
     * @param values   the minimum of each hash function over the shingles
     * @param shingles number of distinct shingles (0 for texts shorter than one shingle)
     */
    public record Signature(long[] values, int shingles) {

        /** Estimated Jaccard similarity of the two shingle sets. */
        public double jaccard(Signature other) {
            if (shingles == 0 || other.shingles == 0) {
                return 0;
            }
            int same = 0;
            for (int i = 0; i < HASHES; i++) {
                if (values[i] == other.values[i]) {
                    same++;
                }
            }
            return same / (double) HASHES;
        }

        /**
         * Estimated share of the smaller text's shingles that the larger one contains; catches a
         * shortened reprint whose Jaccard similarity is low only because it is shorter.
         */
        public double containment(Signature other) {
            double j = jaccard(other);
            if (j == 0) {
                return 0;
            }
            double intersection = j / (1 + j) * (shingles + other.shingles);
            return Math.min(1, intersection / Math.min(shingles, other.shingles));
        }

        /** The locality-sensitive buckets of this signature, one per band. */
        public long[] buckets() {
            long[] out = new long[BANDS];
            for (int b = 0; b < BANDS; b++) {
                long h = mix(0x9E3779B97F4A7C15L * (b + 1));
                for (int r = 0; r < ROWS; r++) {
                    h = mix(h ^ values[b * ROWS + r]);
                }
                out[b] = h;
            }
            return out;
        }

        /** The signature as bytes, for storage. */
        public byte[] bytes() {
            ByteBuffer buf = ByteBuffer.allocate(HASHES * 8);
            for (long v : values) {
                buf.putLong(v);
            }
            return buf.array();
        }

        /** A signature read back from storage. */
        public static Signature of(byte[] bytes, int shingles) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            long[] v = new long[HASHES];
            for (int i = 0; i < HASHES; i++) {
                v[i] = buf.getLong();
            }
            return new Signature(v, shingles);
        }
    }

    /** The signature of {@code text}. */
    public static Signature of(String text) {
        Set<Long> shingles = shingles(text);
        long[] mins = new long[HASHES];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < mins[i]) {
                    mins[i] = h;
                }
            }
        }
        return new Signature(mins, shingles.size());
    }

    static Set<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        for (String w : ArticleKeys.normalise(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 0x84222325CBF29CE4L;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h ^ words.get(i + k).hashCode() * 0x100000001B3L + k);
            }
            out.add(h);
        }
        return out;
    }

    /** SplitMix64 finaliser: a fast, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[HASHES];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            s[i] = x;
        }
        return s;
    }
}
