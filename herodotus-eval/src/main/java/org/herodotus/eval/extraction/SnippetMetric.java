package org.herodotus.eval.extraction;

import java.util.List;

/**
 * The trafilatura evaluation metric, as the reference scorer ({@code score_extraction.py}, mode
 * "trafilatura") computes it: after collapsing whitespace (Python's rules), a "with" snippet found
 * in the output is a true positive, one missing a false negative; a "without" snippet found is a
 * false positive, one absent a true negative. Counts are summed over pages. With metadata, title,
 * author and date are compared exactly (whitespace collapsed, date on its first 10 characters)
 * on the pages whose gold has a value.
 */
public final class SnippetMetric {

    /** Running counts over the pages scored so far. */
    public static final class Tally {
        int pages;
        int missing;
        int tp;
        int fp;
        int fn;
        int tn;
        final int[] metaHits = new int[3];
        final int[] metaCounts = new int[3];

        /** Adds one page; {@code output} is null when there is no prediction for it. */
        public void add(List<String> with, List<String> without, String output) {
            pages++;
            if (output == null) {
                missing++;
                fn += with.size();
                tn += without.size();
                return;
            }
            String flat = PyText.squash(output);
            int hitWith = 0;
            for (String s : with) {
                if (flat.contains(PyText.squash(s))) {
                    hitWith++;
                }
            }
            int hitWithout = 0;
            for (String s : without) {
                if (flat.contains(PyText.squash(s))) {
                    hitWithout++;
                }
            }
            tp += hitWith;
            fn += with.size() - hitWith;
            fp += hitWithout;
            tn += without.size() - hitWithout;
        }

        /** Adds one page's metadata comparison; index 0 title, 1 author, 2 date. */
        public void addMeta(int field, String gold, String predicted) {
            String want = gold == null ? "" : PyText.squash(gold);
            if (want.isEmpty()) {
                return;
            }
            metaCounts[field]++;
            String got = predicted == null ? "" : PyText.squash(predicted);
            if (field == 2 && got.length() > 10) {
                got = got.substring(0, 10);
            }
            if (got.equals(want)) {
                metaHits[field]++;
            }
        }

        /** The figures so far. */
        public Result result() {
            int total = tp + fp + fn + tn;
            double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
            double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
            double acc = total > 0 ? (double) (tp + tn) / total : 0.0;
            double f1 = tp > 0 ? 2.0 * tp / (2 * tp + fp + fn) : 0.0;
            return new Result(pages, missing, tp, fp, fn, tn, p, r, f1, acc,
                    rate(0), metaCounts[0], rate(1), metaCounts[1], rate(2), metaCounts[2]);
        }

        private double rate(int field) {
            return metaCounts[field] == 0 ? Double.NaN : (double) metaHits[field] / metaCounts[field];
        }
    }

    /** Corpus figures; metadata rates are NaN when no gold value was seen. */
    public record Result(int pages, int missing, int tp, int fp, int fn, int tn,
                         double precision, double recall, double f1, double accuracy,
                         double titleExact, int titleGold, double authorExact, int authorGold,
                         double dateExact, int dateGold) {
    }

    private SnippetMetric() {
    }
}
