package org.herodotus.places;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A sorted table of UTF-8 strings in one blob, as the gazetteer file stores its name keys:
 * binary search over bytes, prefix tests and a bounded edit distance for the spelling-error
 * fallback.
 */
final class SortedStrings {
    private final int[] offsets;
    private final byte[] blob;

    private SortedStrings(int[] offsets, byte[] blob) {
        this.offsets = offsets;
        this.blob = blob;
    }

    /** Reads a table of {@code count} strings at {@code b}'s position: the blob's length, {@code count + 1} offsets, the blob. */
    static SortedStrings read(ByteBuffer b, int count) {
        int total = b.getInt();
        int[] offsets = new int[count + 1];
        b.asIntBuffer().get(offsets);
        b.position(b.position() + 4 * (count + 1));
        byte[] blob = new byte[total];
        b.get(blob);
        return new SortedStrings(offsets, blob);
    }

    /** Number of strings. */
    int size() {
        return offsets.length - 1;
    }

    /** Length in bytes of string {@code i}. */
    int length(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** String {@code i}. */
    String get(int i) {
        return new String(blob, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
    }

    /** Compares string {@code i} with the UTF-8 bytes {@code q}, unsigned byte by byte. */
    int compare(int i, byte[] q) {
        int a = offsets[i];
        int la = offsets[i + 1] - a;
        int n = Math.min(la, q.length);
        for (int k = 0; k < n; k++) {
            int d = (blob[a + k] & 0xff) - (q[k] & 0xff);
            if (d != 0) {
                return d;
            }
        }
        return la - q.length;
    }

    /** Index of the first entry not less than {@code s}. */
    int lowerBound(String s) {
        byte[] q = s.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(mid, q) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of {@code s}, or -1. */
    int find(String s) {
        byte[] q = s.getBytes(StandardCharsets.UTF_8);
        int i = lowerBound(s);
        return i < size() && compare(i, q) == 0 ? i : -1;
    }

    /** Whether string {@code i} starts with the first {@code n} bytes of {@code q}. */
    boolean startsWith(int i, byte[] q, int n) {
        if (length(i) < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (blob[offsets[i] + k] != q[k]) {
                return false;
            }
        }
        return true;
    }

    /** Whether some string starts with {@code prefix}. */
    boolean hasPrefix(String prefix) {
        byte[] q = prefix.getBytes(StandardCharsets.UTF_8);
        int i = lowerBound(prefix);
        return i < size() && startsWith(i, q, q.length);
    }

    /** Bounded Levenshtein distance between entry {@code i} and {@code q}. */
    int distance(int i, byte[] q, int max) {
        int a = offsets[i];
        int la = length(i);
        int lb = q.length;
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int x = 1; x <= la; x++) {
            cur[0] = x;
            int rowMin = x;
            byte ca = blob[a + x - 1];
            for (int j = 1; j <= lb; j++) {
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ca == q[j - 1] ? 0 : 1));
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }
}
