package org.herodotus.eval.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The EUPEG geoparsing metrics, computed exactly as the project's reference scorer
 * ({@code score_geo.py}) does: only toponyms with coordinates take part; for each gold toponym
 * in file order, the first unused prediction with the same lower-cased surface and a span
 * midpoint less than 10 characters away matches it; recognition P/R/F1 over matches; over the
 * matched pairs, great-circle error (R = 6371 km), accuracy within 161 km, mean and median error,
 * and AUC of ln(1+err)/ln(20039) (trapezoid, lower is better); F1@161 counts a prediction correct
 * when matched and within 161 km.
 */
public final class GeoScorer {

    /** Corpora where only some toponyms are annotated: no false positives, recall only. */
    public static final Set<String> RECALL_ONLY = Set.of("WikToR", "Hu2014", "Ju2016");

    private static final double MAX_ERR = 20039.0;
    private static final double WINDOW = 10;

    private GeoScorer() {
    }

    /** Scores {@code predictions} (by document id; a missing id means nothing predicted) against {@code gold}. */
    public static GeoScore score(String corpus, List<GeoDoc> gold, Map<String, List<GeoToponym>> predictions) {
        return score(corpus, gold, predictions, RECALL_ONLY.contains(corpus));
    }

    /** As {@link #score(String, List, Map)}, with recall-only scoring chosen explicitly. */
    public static GeoScore score(String corpus, List<GeoDoc> gold, Map<String, List<GeoToponym>> predictions,
                                 boolean recallOnly) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int nPred = 0;
        List<Double> errs = new ArrayList<>();
        for (GeoDoc doc : gold) {
            List<GeoToponym> pred = new ArrayList<>();
            for (GeoToponym t : predictions.getOrDefault(doc.id(), List.of())) {
                if (t.hasCoordinates()) {
                    pred.add(t);
                }
            }
            nPred += pred.size();
            for (GeoToponym g : doc.toponyms()) {
                if (!g.hasCoordinates()) {
                    continue;
                }
                String gs = g.text().toLowerCase(Locale.ROOT);
                double gm = (g.start() + g.end()) / 2.0;
                int hit = -1;
                for (int j = 0; j < pred.size(); j++) {
                    GeoToponym p = pred.get(j);
                    if (Math.abs(gm - (p.start() + p.end()) / 2.0) < WINDOW && p.text().toLowerCase(Locale.ROOT).equals(gs)) {
                        hit = j;
                        break;
                    }
                }
                if (hit < 0) {
                    fn++;
                    continue;
                }
                tp++;
                GeoToponym p = pred.remove(hit);
                errs.add(haversine(p.lat(), p.lon(), g.lat(), g.lon()));
            }
            if (!recallOnly) {
                fp += pred.size();
            }
        }
        double recall = tp + fn > 0 ? (double) tp / (tp + fn) : 0;
        double precision = recallOnly ? Double.NaN : tp + fp > 0 ? (double) tp / (tp + fp) : 0;
        double f1 = recallOnly ? Double.NaN : tp > 0 ? 2 * precision * recall / (precision + recall) : 0;
        Collections.sort(errs);
        int n = errs.size();
        int good = 0;
        double sum = 0;
        for (double e : errs) {
            if (e < 161) {
                good++;
            }
            sum += e;
        }
        double acc = n > 0 ? (double) good / n : 0;
        Double mean = n > 0 ? sum / n : null;
        Double median = n == 0 ? null : n % 2 == 1 ? errs.get(n / 2) : (errs.get(n / 2 - 1) + errs.get(n / 2)) / 2;
        Double auc = null;
        if (n > 1) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = Math.log(1 + errs.get(i)) / Math.log(MAX_ERR);
            }
            double inner = 0;
            for (int i = 1; i < n - 1; i++) {
                inner += v[i];
            }
            auc = (0.5 * (v[0] + v[n - 1]) + inner) / (n - 1);
        }
        double rec161 = tp + fn > 0 ? (double) good / (tp + fn) : 0;
        double f161;
        if (recallOnly) {
            f161 = rec161;
        } else {
            double prec161 = tp + fp > 0 ? (double) good / (tp + fp) : 0;
            f161 = good > 0 ? 2 * prec161 * rec161 / (prec161 + rec161) : 0;
        }
        return new GeoScore(corpus, gold.size(), recallOnly, tp + fn, nPred, tp, fp, fn, precision, recall, f1, n, acc,
                mean, median, auc, f161);
    }

    /** Great-circle distance in km (haversine, R = 6371 km), as the reference scorer computes it. */
    public static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dphi = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dphi / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
