package org.herodotus.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The network of CoreNLP's neural dependency parser (Chen and Manning, 2014), read from CoreNLP's
 * own model file, and the scores it gives the transitions from one parser state.
 *
 * <p>Why not CoreNLP's classifier: it is private to its parser, and it does its sums one term
 * after the other, each waiting on the one before: the output layer's 83 dot products of 1,000
 * terms were 61% of the parser's time, and the parser over half of the pipeline's. Here each of
 * the three sums (a feature's slice of the hidden layer, the hidden layer, the output layer) is
 * done four at a time in one pass: four independent sums, each adding its terms in CoreNLP's
 * order with CoreNLP's types. Java's arithmetic is exact to the bit, so the scores, and the
 * parses, are CoreNLP's: {@code DependencyParsesTest} compares the arcs with CoreNLP's parser and
 * the graphs with its annotator.
 *
 * <p>The arithmetic follows CoreNLP's: the hidden layer is the sum of one slice per feature,
 * read from the table computed at load time for the model's most frequent (feature, position)
 * pairs, or computed and rounded to {@code float} for the others (CoreNLP keeps those in a cache,
 * as here); then the bias and the cube activation. Thread-safe: instances are immutable but for
 * the cache, whose entries are immutable and replaced whole.
 */
final class ParserWeights {

    /** The model CoreNLP's {@code depparse} annotator loads by default: English, Universal Dependencies. */
    static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /** How many of the model's precomputed pairs are used: CoreNLP's default ({@code numPreComputed}). */
    private static final int PRECOMPUTED = 20_000;

    /**
     * Slices kept for the pairs not precomputed: 2^12, in slots chosen by a hash of the pair. On
     * BBC news about a third of the lookups miss, most of them pairs seen once (8 times as many
     * slots still miss a fifth to a quarter); CoreNLP keeps 5,000.
     */
    private static final int CACHE_BITS = 12;
    private static final int CACHED = 1 << CACHE_BITS;

    /** The unknown word or tag. */
    static final String UNKNOWN = "-UNKNOWN-";
    /** A position past the end of the stack, buffer or children. */
    static final String NULL = "-NULL-";
    /** The root, at position 0. */
    static final String ROOT = "-ROOT-";

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> tagIds;
    private final int labelBase;
    private final List<String> labels;
    private final float[][] embeddings;
    /**
     * The hidden layer's weights, one block per feature position: {@code w1[p][i * E + k]} is the
     * weight from the k-th component of position p's embedding to hidden unit i (E: the embedding
     * size), so that one feature's slice is read in one contiguous stretch.
     */
    private final float[][] w1;
    private final float[] b1;
    private final float[][] w2;
    private final int features;
    private final int embeddingSize;
    private final int hiddenSize;
    private final PrecomputedIndex precomputed;
    private final double[][] saved;
    private final Slice[] cache = new Slice[CACHED];

    /**
     * One feature's slice of the hidden layer, cached for the pair {@code key}: rounded to
     * {@code float} as CoreNLP keeps it, and held widened back, which is exact.
     */
    private record Slice(int key, double[] values) {
    }

    private ParserWeights(Map<String, Integer> wordIds, Map<String, Integer> tagIds, int labelBase, List<String> labels,
                          float[][] embeddings, float[][] w1, float[] b1, float[][] w2, int features,
                          List<Integer> precomputedPairs) {
        this.wordIds = wordIds;
        this.tagIds = tagIds;
        this.labelBase = labelBase;
        this.labels = List.copyOf(labels);
        this.embeddings = embeddings;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.features = features;
        this.embeddingSize = embeddings[0].length;
        this.hiddenSize = b1.length;
        int n = Math.min(PRECOMPUTED, precomputedPairs.size());
        this.precomputed = new PrecomputedIndex(n);
        for (int i = 0; i < n; i++) {
            precomputed.put(precomputedPairs.get(i), i);
        }
        this.saved = new double[n][];
        for (int i = 0; i < n; i++) {
            int pair = precomputedPairs.get(i);
            if (precomputed.get(pair) == i) {
                saved[i] = slice(pair / features, pair % features);
            }
        }
    }

    /** Reads a model in CoreNLP's text format from the class path. */
    static ParserWeights load(String resource) {
        InputStream in = ParserWeights.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the dependency parser's model " + resource + " is not on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String first = r.readLine();
            if (first != null && first.startsWith("language=")) {
                if (!first.equals("language=UniversalEnglish")) {
                    throw new IllegalStateException(resource + ": only an English UD model can be read, not " + first);
                }
                r.readLine(); // the treebank language pack: for training
                first = r.readLine();
            }
            int words = header(first, "dict");
            int tags = header(r.readLine(), "pos");
            int labelCount = header(r.readLine(), "label");
            int embeddingSize = header(r.readLine(), "embeddingSize");
            int hiddenSize = header(r.readLine(), "hiddenSize");
            int features = header(r.readLine(), "numTokens");
            int precomputedCount = header(r.readLine(), "preComputed");

            // Words, tags and labels share one range of ids, in that order; a tag can be spelt
            // like a word, so each kind has its own map.
            Map<String, Integer> wordIds = new HashMap<>(2 * words);
            Map<String, Integer> tagIds = new HashMap<>(2 * tags);
            List<String> labels = new ArrayList<>();
            float[][] embeddings = new float[words + tags + labelCount][];
            for (int i = 0; i < embeddings.length; i++) {
                String[] f = fields(r, resource, embeddingSize + 1);
                if (i < words) {
                    wordIds.put(f[0], i);
                } else if (i < words + tags) {
                    tagIds.put(f[0], i);
                } else {
                    labels.add(f[0]);
                }
                embeddings[i] = floats(f, 1, embeddingSize);
            }
            // The file holds W1 one input column per line: column j is component j % E of
            // position j / E.
            float[][] w1 = new float[features][hiddenSize * embeddingSize];
            for (int j = 0; j < embeddingSize * features; j++) {
                String[] f = fields(r, resource, hiddenSize);
                float[] block = w1[j / embeddingSize];
                int k = j % embeddingSize;
                for (int i = 0; i < hiddenSize; i++) {
                    block[i * embeddingSize + k] = Float.parseFloat(f[i]);
                }
            }
            float[] b1 = floats(fields(r, resource, hiddenSize), 0, hiddenSize);
            float[][] w2 = new float[labelCount * 2 - 1][hiddenSize];
            for (int j = 0; j < hiddenSize; j++) {
                String[] f = fields(r, resource, w2.length);
                for (int i = 0; i < w2.length; i++) {
                    w2[i][j] = Float.parseFloat(f[i]);
                }
            }
            List<Integer> pairs = new ArrayList<>(precomputedCount);
            while (pairs.size() < precomputedCount) {
                String line = r.readLine();
                if (line == null) {
                    throw new IllegalStateException(resource + ": the list of precomputed pairs ends early");
                }
                for (String s : line.split(" ")) {
                    pairs.add(Integer.parseInt(s));
                }
            }
            return new ParserWeights(wordIds, tagIds, words + tags, labels, embeddings, w1, b1, w2, features, pairs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dependency parser's model " + resource, e);
        }
    }

    /** The dependency labels, in the model's order; the first ({@value #NULL}) is no label. */
    List<String> labels() {
        return labels;
    }

    /** How many ids a parser state is described by. */
    int features() {
        return features;
    }

    /** The id of a word, or of the unknown word. */
    int wordId(String word) {
        Integer id = wordIds.get(word);
        return id != null ? id : wordIds.get(UNKNOWN);
    }

    /** The id of a part-of-speech tag, or of the unknown tag. */
    int tagId(String tag) {
        Integer id = tagIds.get(tag);
        return id != null ? id : tagIds.get(UNKNOWN);
    }

    /** The id of the {@code index}-th label of {@link #labels()}. */
    int labelId(int index) {
        return labelBase + index;
    }

    /**
     * The score of each transition (as many as the output layer's rows) from the state described
     * by {@code ids}, one per feature, in the model's feature order.
     */
    double[] scores(int[] ids) {
        double[][] slices = new double[ids.length][];
        for (int j = 0; j < ids.length; j++) {
            int pair = ids[j] * features + j;
            int row = precomputed.get(pair);
            slices[j] = row >= 0 ? saved[row] : cachedSlice(pair, ids[j], j);
        }
        // Each unit adds the features' slices in their order, as CoreNLP does one slice after the
        // other; four slices per pass over the layer instead of one.
        double[] hidden = new double[hiddenSize];
        int j = 0;
        for (; j + 3 < slices.length; j += 4) {
            double[] a = slices[j];
            double[] b = slices[j + 1];
            double[] c = slices[j + 2];
            double[] d = slices[j + 3];
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] = hidden[i] + a[i] + b[i] + c[i] + d[i];
            }
        }
        for (; j < slices.length; j++) {
            double[] a = slices[j];
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += a[i];
            }
        }
        for (int i = 0; i < hiddenSize; i++) {
            double h = hidden[i] + b1[i];
            hidden[i] = h * h * h;
        }
        return outputs(hidden);
    }

    /**
     * The output layer. Each row adds its terms in order from the first, as a plain loop does, but
     * four rows share each pass over {@code hidden}: the loads of the hidden layer are shared and
     * the four sums, independent, do not wait on each other.
     */
    private double[] outputs(double[] hidden) {
        int rows = w2.length;
        double[] scores = new double[rows];
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            float[] a = w2[r];
            float[] b = w2[r + 1];
            float[] c = w2[r + 2];
            float[] d = w2[r + 3];
            double sa = 0;
            double sb = 0;
            double sc = 0;
            double sd = 0;
            for (int j = 0; j < hiddenSize; j++) {
                double h = hidden[j];
                sa += h * a[j];
                sb += h * b[j];
                sc += h * c[j];
                sd += h * d[j];
            }
            scores[r] = sa;
            scores[r + 1] = sb;
            scores[r + 2] = sc;
            scores[r + 3] = sd;
        }
        for (; r < rows; r++) {
            float[] a = w2[r];
            double s = 0;
            for (int j = 0; j < hiddenSize; j++) {
                s += hidden[j] * a[j];
            }
            scores[r] = s;
        }
        return scores;
    }

    private double[] cachedSlice(int pair, int id, int position) {
        int at = pair * 0x9E3779B1 >>> (32 - CACHE_BITS);
        Slice s = cache[at];
        if (s != null && s.key() == pair) {
            return s.values();
        }
        double[] rounded = slice(id, position);
        for (int i = 0; i < hiddenSize; i++) {
            rounded[i] = (float) rounded[i];
        }
        cache[at] = new Slice(pair, rounded);
        return rounded;
    }

    /** The contribution to the hidden layer of embedding {@code id} at feature position {@code position}. */
    private double[] slice(int id, int position) {
        float[] e = embeddings[id];
        float[] w = w1[position];
        double[] out = new double[hiddenSize];
        int n = embeddingSize;
        int i = 0;
        // Four units per pass, each summing its products in order: four independent sums.
        for (; i + 3 < hiddenSize; i += 4) {
            int at = i * n;
            double a = 0;
            double b = 0;
            double c = 0;
            double d = 0;
            for (int k = 0; k < n; k++) {
                float x = e[k];
                // float products, widened: as CoreNLP computes them
                a += w[at + k] * x;
                b += w[at + n + k] * x;
                c += w[at + 2 * n + k] * x;
                d += w[at + 3 * n + k] * x;
            }
            out[i] = a;
            out[i + 1] = b;
            out[i + 2] = c;
            out[i + 3] = d;
        }
        for (; i < hiddenSize; i++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += w[i * n + k] * e[k];
            }
            out[i] = sum;
        }
        return out;
    }

    private static int header(String line, String name) {
        if (line == null || !line.startsWith(name + "=")) {
            throw new IllegalStateException("the dependency parser's model lacks its \"" + name + "=\" line: " + line);
        }
        return Integer.parseInt(line.substring(name.length() + 1).trim());
    }

    private static String[] fields(BufferedReader r, String resource, int expected) throws IOException {
        String line = r.readLine();
        String[] f = line == null ? new String[0] : line.split(" ");
        if (f.length < expected) {
            throw new IllegalStateException(resource + ": a line of " + f.length + " fields where " + expected + " were expected");
        }
        return f;
    }

    private static float[] floats(String[] f, int from, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = Float.parseFloat(f[from + i]);
        }
        return out;
    }

    /** Which precomputed row holds a (feature id, position) pair: an open-addressing map of ints. */
    private static final class PrecomputedIndex {

        private final int[] keys;
        private final int[] rows;
        private final int mask;

        PrecomputedIndex(int entries) {
            int size = Integer.highestOneBit(Math.max(4, entries * 2 - 1)) << 1;
            keys = new int[size];
            rows = new int[size];
            java.util.Arrays.fill(keys, -1);
            mask = size - 1;
        }

        void put(int key, int row) {
            int at = (key * 0x9E3779B1 >>> 16) & mask;
            while (keys[at] != -1 && keys[at] != key) {
                at = (at + 1) & mask;
            }
            keys[at] = key;
            rows[at] = row;
        }

        int get(int key) {
            int at = (key * 0x9E3779B1 >>> 16) & mask;
            while (keys[at] != -1) {
                if (keys[at] == key) {
                    return rows[at];
                }
                at = (at + 1) & mask;
            }
            return -1;
        }
    }
}
