package org.herodotus.eval.extraction;

/**
 * The Mersenne Twister (MT19937) seeded and drawn from exactly as CPython's {@code random.Random}
 * does for integer seeds and {@code randrange(n)}, so bootstrap resamples drawn here are the same
 * as the reference scorer's and its "±" figures can be reproduced to the last digit.
 */
final class PythonRandom {

    private static final int N = 624;
    private static final int M = 397;

    private final int[] mt = new int[N];
    private int index = N + 1;

    /** Seeds as {@code random.Random(seed)} does for a non-negative int below 2^32. */
    PythonRandom(long seed) {
        long abs = Math.abs(seed);
        int[] key = abs >>> 32 == 0 ? new int[] {(int) abs} : new int[] {(int) abs, (int) (abs >>> 32)};
        initByArray(key);
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    /** The next 32 random bits, as an unsigned value. */
    long nextUint32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    /** {@code randrange(n)} for 0 < n < 2^31: rejection sampling on bit_length(n) bits. */
    int randrange(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("empty range for randrange(" + n + ")");
        }
        int k = 32 - Integer.numberOfLeadingZeros(n);
        long r = nextUint32() >>> (32 - k);
        while (r >= n) {
            r = nextUint32() >>> (32 - k);
        }
        return (int) r;
    }
}
