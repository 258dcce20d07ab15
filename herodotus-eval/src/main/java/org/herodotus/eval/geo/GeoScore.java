package org.herodotus.eval.geo;

/**
 * Geoparsing figures for one corpus, as defined by EUPEG and computed by {@link GeoScorer}.
 *
 * @param corpus            corpus name
 * @param documents         number of documents
 * @param recallOnly        whether only some toponyms are annotated (no false positives counted)
 * @param goldToponyms      gold toponyms with coordinates
 * @param predictedToponyms predicted toponyms with coordinates
 * @param tp                matched predictions
 * @param fp                unmatched predictions (0 when recall-only)
 * @param fn                unmatched gold toponyms
 * @param precision         tp / (tp + fp)
 * @param recall            tp / (tp + fn)
 * @param f1                harmonic mean of precision and recall
 * @param matched           number of matched pairs whose error was measured
 * @param acc161            share of matched pairs with error under 161 km
 * @param meanKm            mean error in km, null without matches
 * @param medianKm          median error in km, null without matches
 * @param auc               area under the sorted log-error curve (lower is better), null under 2 matches
 * @param f1At161           F1 counting a prediction correct when matched and within 161 km (recall when recall-only)
 */
public record GeoScore(String corpus, int documents, boolean recallOnly, int goldToponyms, int predictedToponyms,
                       int tp, int fp, int fn, double precision, double recall, double f1, int matched,
                       double acc161, Double meanKm, Double medianKm, Double auc, double f1At161) {

    /** The figures as the reference scorer prints them (three lines). */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("corpus %s: %d documents, %d gold toponyms with coordinates, %d predicted%s%n",
                corpus, documents, goldToponyms, predictedToponyms, recallOnly ? " (recall-only corpus)" : ""));
        if (recallOnly) {
            sb.append(String.format("recognition  R %.3f   (tp %d, fn %d)%n", recall, tp, fn));
        } else {
            sb.append(String.format("recognition  P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)%n",
                    precision, recall, f1, tp, fp, fn));
        }
        sb.append(String.format("resolution   acc@161 %.3f  mean %s km  median %s km  AUC %s   (over %d matched)%n",
                acc161, meanKm == null ? "n/a" : String.format("%.0f", meanKm),
                medianKm == null ? "n/a" : String.format("%.1f", medianKm),
                auc == null ? "n/a" : String.format("%.3f", auc), matched));
        sb.append(String.format("end-to-end   %s %.3f%n", recallOnly ? "R@161" : "F1@161", f1At161));
        return sb.toString();
    }
}
