package org.herodotus.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ScrapingHub/Zyte article-extraction-benchmark metric, as the reference scorer
 * ({@code score_extraction.py}, mode "scrapinghub") computes it: texts become {@code \w+} tokens,
 * tokens become 4-token shingles counted as a multiset (1–3 tokens make one short shingle), and
 * per page TP/FP/FN are normalised to sum to 1. Corpus precision is the mean over pages with
 * output, recall the mean over pages with gold, F1 their harmonic mean; accuracy is the share of
 * pages whose token lists are equal; "±" is the standard deviation over bootstrap resamples drawn
 * with Python's generator and seed, so the figures match the reference to the last digit.
 */
public final class ShingleMetric {

    static final int SHINGLE_SIZE = 4;

    private ShingleMetric() {
    }

    /** One page's normalised overlap. */
    public record Overlap(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            if (tp == 0 && fp == 0) {
                return 0.0;
            }
            return tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            if (tp == 0 && fn == 0) {
                return 0.0;
            }
            return tp / (tp + fn);
        }
    }

    /** Corpus figures with their bootstrap standard deviations. */
    public record Result(int pages, int missing, double precision, double recall, double f1, double accuracy,
                         double precisionStd, double recallStd, double f1Std, double accuracyStd) {
    }

    /** Shingle multiset of {@code text}. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> toks = PyText.tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        if (toks.isEmpty()) {
            return out;
        }
        if (toks.size() < SHINGLE_SIZE) {
            out.put(List.copyOf(toks), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE_SIZE <= toks.size(); i++) {
            out.merge(List.copyOf(toks.subList(i, i + SHINGLE_SIZE)), 1, Integer::sum);
        }
        return out;
    }

    /** The normalised (tp, fp, fn) of one page. */
    public static Overlap overlap(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        long common = 0;
        long surplusPred = 0;
        long surplusGold = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int gc = g.getOrDefault(e.getKey(), 0);
            common += Math.min(gc, e.getValue());
            surplusPred += Math.max(0, e.getValue() - gc);
        }
        for (Map.Entry<List<String>, Integer> e : g.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            surplusGold += Math.max(0, e.getValue() - pc);
        }
        long total = common + surplusPred + surplusGold;
        if (total == 0) {
            return new Overlap(0, 0, 0);
        }
        return new Overlap((double) common / total, (double) surplusPred / total, (double) surplusGold / total);
    }

    /** Whether the two texts have the same token lists. */
    public static boolean exact(String gold, String predicted) {
        return PyText.tokens(gold).equals(PyText.tokens(predicted));
    }

    /** Precision, recall and F1 of a list of pages, as the reference's {@code corpus_prf}. */
    static double[] corpus(List<Overlap> pages) {
        double precSum = 0;
        int precN = 0;
        double recSum = 0;
        int recN = 0;
        for (Overlap o : pages) {
            if (o.tp() + o.fp() > 0) {
                precSum += o.precision();
                precN++;
            }
            if (o.tp() + o.fn() > 0) {
                recSum += o.recall();
                recN++;
            }
        }
        double prec = precN == 0 ? 0.0 : precSum / precN;
        double rec = recN == 0 ? 0.0 : recSum / recN;
        double f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0.0;
        return new double[] {prec, rec, f1};
    }

    /**
     * Scores pages given in gold-id order (the reference sorts ids), with {@code bootstrap}
     * resamples drawn from Python's generator seeded with {@code seed}.
     */
    public static Result score(List<Overlap> pages, List<Boolean> exact, int missing, int bootstrap, long seed) {
        double[] prf = corpus(pages);
        double acc = mean(exact);
        PythonRandom rng = new PythonRandom(seed);
        int n = pages.size();
        List<Double> ps = new ArrayList<>();
        List<Double> rs = new ArrayList<>();
        List<Double> fs = new ArrayList<>();
        List<Double> as = new ArrayList<>();
        for (int b = 0; b < bootstrap && n > 0; b++) {
            List<Overlap> sample = new ArrayList<>(n);
            List<Boolean> sampleExact = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                int i = rng.randrange(n);
                sample.add(pages.get(i));
                sampleExact.add(exact.get(i));
            }
            double[] s = corpus(sample);
            ps.add(s[0]);
            rs.add(s[1]);
            fs.add(s[2]);
            as.add(mean(sampleExact));
        }
        return new Result(n, missing, prf[0], prf[1], prf[2], acc, stdev(ps), stdev(rs), stdev(fs), stdev(as));
    }

    private static double mean(List<Boolean> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double s = 0;
        for (boolean v : values) {
            s += v ? 1.0 : 0.0;
        }
        return s / values.size();
    }

    private static double stdev(List<Double> values) {
        List<Double> v = values.stream().filter(x -> !x.isNaN()).toList();
        if (v.size() < 2) {
            return 0.0;
        }
        double m = 0;
        for (double x : v) {
            m += x;
        }
        m /= v.size();
        double ss = 0;
        for (double x : v) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (v.size() - 1));
    }
}
