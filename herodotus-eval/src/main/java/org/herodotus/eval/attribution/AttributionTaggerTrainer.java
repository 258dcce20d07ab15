package org.herodotus.eval.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.herodotus.claims.AttributionTagger;
import org.herodotus.claims.ClaimLexicon;
import org.herodotus.claims.LinearChain;
import org.herodotus.claims.TaggerArticle;
import org.herodotus.claims.TaggerFeatures;
import org.herodotus.eval.attribution.AttributionScorer.Fragment;
import org.herodotus.eval.attribution.AttributionScorer.Relation;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the {@link AttributionTagger}'s two chains as averaged structured perceptrons (Collins
 * 2002). The cue chain sees each training article as one token sequence labelled from all its
 * gold spans; the argument chain sees, for each gold relation, the window around its gold cue
 * labelled with that relation's source and content. After Viterbi decoding the weights move
 * towards the gold labels and away from the predicted ones wherever the two differ; the final
 * weights are the average over all steps. Sequences are visited in an order shuffled with a fixed
 * seed, so training is repeatable. For each chain the number of passes is chosen on the last
 * sixth of the articles (cue exact-span F1; source and content exact match given the gold cue)
 * after fitting on the rest, and the final chain is trained on all articles with that number.
 * One class because it is one algorithm, read best in one place; the features and the decoder it
 * trains live with the tagger.
 */
public final class AttributionTaggerTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(AttributionTaggerTrainer.class);
    private static final long SEED = 17;
    /** Weight levels between zero and the largest weight in the stored model. */
    private static final int QUANTA = 150;

    /** One training sequence: feature ids per token, gold labels, and the article it comes from. */
    private record Sequence(int[][] features, int[] gold, int doc) {
    }

    private final ClaimLexicon lexicon;
    private final int maxEpochs;
    private final int minCount;

    /**
     * A trainer over {@code lexicon}'s features that tries up to {@code maxEpochs} passes and keeps
     * features seen at least {@code minCount} times.
     */
    public AttributionTaggerTrainer(ClaimLexicon lexicon, int maxEpochs, int minCount) {
        this.lexicon = lexicon;
        this.maxEpochs = maxEpochs;
        this.minCount = minCount;
    }

    /** Trains on {@code docs}, whose parses {@code parses} gives. */
    public AttributionTagger train(List<PolnearGold.Document> docs, Function<PolnearGold.Document, Parse> parses) {
        TaggerFeatures featurizer = new TaggerFeatures(lexicon);
        Vocabulary cueVocabulary = new Vocabulary();
        List<Sequence> cueSequences = new ArrayList<>();
        List<List<List<List<Span>>>> goldSpans = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            PolnearGold.Document doc = docs.get(d);
            TaggerArticle a = featurizer.article(doc.text(), parses.apply(doc));
            List<List<Span>> sources = new ArrayList<>();
            List<List<Span>> cues = new ArrayList<>();
            List<List<Span>> contents = new ArrayList<>();
            for (Relation r : doc.relations()) {
                sources.add(spans(AttributionScorer.trim(r.source(), doc.text())));
                cues.add(spans(AttributionScorer.trim(r.cue(), doc.text())));
                contents.add(spans(AttributionScorer.trim(r.content(), doc.text())));
            }
            goldSpans.add(List.of(sources, cues, contents));
            int[] gold = LinearChain.gold(a.tokens(), List.of(sources, contents, cues));
            // Roles were listed source, content, cue (cues win overlaps); the chain's order is source, cue, content.
            int[] relabelled = new int[gold.length];
            for (int i = 0; i < gold.length; i++) {
                int role = LinearChain.role(gold[i], 13);
                relabelled[i] = role < 0 ? 0 : LinearChain.label(role == 0 ? 0 : role == 1 ? 2 : 1, LinearChain.place(gold[i], 13));
            }
            cueSequences.add(new Sequence(cueVocabulary.ids(featurizer.cueFeatures(a)), relabelled, d));
            if ((d + 1) % 100 == 0) {
                LOG.info("cue features of {} of {} articles", d + 1, docs.size());
            }
        }
        int split = docs.size() - docs.size() / 6;
        Trained cueChain = train("cue chain", cueVocabulary.prune(cueSequences, minCount), cueVocabulary,
                AttributionTagger.CUE_ROLES, split, (w) -> cueF1(cueSequences, split, w));
        cueSequences.clear();

        Vocabulary argVocabulary = new Vocabulary();
        List<Sequence> argSequences = new ArrayList<>();
        int outside = 0;
        for (int d = 0; d < docs.size(); d++) {
            PolnearGold.Document doc = docs.get(d);
            TaggerArticle a = featurizer.article(doc.text(), parses.apply(doc));
            List<Token> tokens = a.tokens();
            List<List<Span>> sources = goldSpans.get(d).get(0);
            List<List<Span>> cues = goldSpans.get(d).get(1);
            List<List<Span>> contents = goldSpans.get(d).get(2);
            Set<List<Span>> seen = new HashSet<>();
            for (int k = 0; k < cues.size(); k++) {
                if (cues.get(k).isEmpty() || !seen.add(cues.get(k))) {
                    continue;
                }
                int[] cue = cover(a, cues.get(k));
                if (cue == null) {
                    continue;
                }
                int[] window = TaggerFeatures.window(a, cue[0], cue[1]);
                List<Token> inWindow = tokens.subList(window[0], window[1]);
                int[] labels = LinearChain.gold(inWindow, List.of(List.of(sources.get(k)), List.of(contents.get(k))));
                if (!covers(inWindow, sources.get(k)) || !covers(inWindow, contents.get(k))) {
                    outside++;
                }
                argSequences.add(new Sequence(argVocabulary.ids(featurizer.argumentFeatures(a, cue[0], cue[1], window)), labels, d));
            }
            if ((d + 1) % 100 == 0) {
                LOG.info("argument features of {} of {} articles", d + 1, docs.size());
            }
        }
        LOG.info("{} relations; {} with a source or content reaching outside the cue's window", argSequences.size(), outside);
        Trained argChain = train("argument chain", argVocabulary.prune(argSequences, minCount), argVocabulary,
                AttributionTagger.ARGUMENT_ROLES, split, (w) -> exactMatch(argSequences, split, w));
        return new AttributionTagger(lexicon, cueChain.chain(), argChain.chain());
    }

    /** A trained chain and the number of passes chosen for it. */
    private record Trained(LinearChain chain, int passes) {
    }

    private static boolean covers(List<Token> window, List<Span> spans) {
        for (Span s : spans) {
            if (window.isEmpty() || s.start() < window.get(0).start() || s.end() > window.get(window.size() - 1).end()) {
                return false;
            }
        }
        return true;
    }

    private static int[] cover(TaggerArticle a, List<Span> cue) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (Span s : cue) {
            int[] r = a.range(s);
            if (r != null) {
                lo = Math.min(lo, r[0]);
                hi = Math.max(hi, r[1]);
            }
        }
        return hi < 0 ? null : new int[] {lo, hi};
    }

    private Trained train(String name, List<Sequence> sequences, Vocabulary vocabulary, List<String> roles, int split,
                              ToDoubleFunction<Perceptron.Weights> heldOut) {
        int labels = 1 + 4 * roles.size();
        List<Sequence> fit = new ArrayList<>();
        for (Sequence s : sequences) {
            if (s.doc() < split) {
                fit.add(s);
            }
        }
        int best = 1;
        double bestScore = -1;
        Perceptron probe = new Perceptron(vocabulary.size(), labels);
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            probe.epoch(fit);
            double score = heldOut.applyAsDouble(probe.averaged());
            LOG.info(String.format(Locale.ROOT, "%s, pass %d: held-out %.4f", name, epoch, score));
            if (score > bestScore) {
                bestScore = score;
                best = epoch;
            }
        }
        probe = null;
        LOG.info("{}: training on all articles with {} passes", name, best);
        Perceptron all = new Perceptron(vocabulary.size(), labels);
        for (int epoch = 1; epoch <= best; epoch++) {
            all.epoch(sequences);
        }
        Perceptron.Weights w = all.averaged();
        // Only the ranking of label sequences matters, so the weights can be rescaled: they are
        // stored as whole multiples of 1/QUANTA of the largest one, which drops the many tiny ones
        // and keeps the model file small at no measurable cost.
        float max = 0;
        for (float v : w.emission()) {
            max = Math.max(max, Math.abs(v));
        }
        float quantum = max == 0 ? 1 : max / QUANTA;
        for (int k = 0; k < w.emission().length; k++) {
            w.emission()[k] = Math.round(w.emission()[k] / quantum);
        }
        for (int k = 0; k < w.transition().length; k++) {
            w.transition()[k] = w.transition()[k] / quantum;
        }
        Map<String, float[]> weights = new HashMap<>();
        for (int f = 0; f < vocabulary.size(); f++) {
            float[] row = new float[labels];
            boolean any = false;
            for (int y = 0; y < labels; y++) {
                row[y] = w.emission()[f * labels + y];
                any |= row[y] != 0;
            }
            if (any) {
                weights.put(vocabulary.name(f), row);
            }
        }
        return new Trained(new LinearChain(roles, weights, w.transition()), best);
    }

    /** Cue exact-span F1 on the held-out sequences. */
    private static double cueF1(List<Sequence> sequences, int split, Perceptron.Weights w) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Sequence s : sequences) {
            if (s.doc() < split) {
                continue;
            }
            Set<List<Integer>> gold = cueRuns(s.gold());
            Set<List<Integer>> pred = cueRuns(w.tag(s.features()));
            for (List<Integer> r : pred) {
                if (gold.contains(r)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (List<Integer> r : gold) {
                if (!pred.contains(r)) {
                    fn++;
                }
            }
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    private static Set<List<Integer>> cueRuns(int[] labels) {
        Set<List<Integer>> out = new HashSet<>();
        for (int[] r : LinearChain.runs(labels, 3).get(1)) {
            out.add(List.of(r[0], r[1]));
        }
        return out;
    }

    /** Share of held-out relations whose source and content spans all come out exactly (mean of the two). */
    private static double exactMatch(List<Sequence> sequences, int split, Perceptron.Weights w) {
        int n = 0;
        int right = 0;
        for (Sequence s : sequences) {
            if (s.doc() < split) {
                continue;
            }
            List<List<int[]>> gold = LinearChain.runs(s.gold(), 2);
            List<List<int[]>> pred = LinearChain.runs(w.tag(s.features()), 2);
            for (int r = 0; r < 2; r++) {
                n++;
                if (same(gold.get(r), pred.get(r))) {
                    right++;
                }
            }
        }
        return n == 0 ? 0 : (double) right / n;
    }

    private static boolean same(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
                return false;
            }
        }
        return true;
    }

    private static List<Span> spans(List<Fragment> fragments) {
        List<Span> out = new ArrayList<>();
        for (Fragment f : fragments) {
            out.add(new Span(f.start(), f.end()));
        }
        return out;
    }

    /** Feature names and ids, with counts, so that rare features can be dropped. */
    private static final class Vocabulary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<int[]> counts = new ArrayList<>();
        private List<String> kept;

        int[][] ids(List<List<String>> features) {
            int[][] out = new int[features.size()][];
            for (int i = 0; i < out.length; i++) {
                List<String> f = features.get(i);
                int[] row = new int[f.size()];
                for (int k = 0; k < row.length; k++) {
                    Integer id = ids.get(f.get(k));
                    if (id == null) {
                        id = names.size();
                        ids.put(f.get(k), id);
                        names.add(f.get(k));
                        counts.add(new int[1]);
                    }
                    counts.get(id)[0]++;
                    row[k] = id;
                }
                out[i] = row;
            }
            return out;
        }

        /** Keeps the features seen at least {@code min} times, renumbered in name order; rewrites the sequences' ids. */
        List<Sequence> prune(List<Sequence> sequences, int min) {
            List<String> keep = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (counts.get(i)[0] >= min) {
                    keep.add(names.get(i));
                }
            }
            Collections.sort(keep);
            int[] map = new int[names.size()];
            java.util.Arrays.fill(map, -1);
            for (int i = 0; i < keep.size(); i++) {
                map[ids.get(keep.get(i))] = i;
            }
            for (Sequence s : sequences) {
                int[][] f = s.features();
                for (int i = 0; i < f.length; i++) {
                    f[i] = java.util.Arrays.stream(f[i]).map(x -> map[x]).filter(x -> x >= 0).toArray();
                }
            }
            kept = keep;
            ids.clear();
            names.clear();
            counts.clear();
            LOG.info("{} features seen at least {} times", keep.size(), min);
            return sequences;
        }

        int size() {
            return kept.size();
        }

        String name(int id) {
            return kept.get(id);
        }
    }

    /** Averaged perceptron state: current weights and the running sums that give their average. */
    private static final class Perceptron {
        /** Emission (features × labels) and transition ((labels + 1) × labels) weights. */
        record Weights(float[] emission, float[] transition, int labels) {
            int[] tag(int[][] features) {
                float[][] s = new float[features.length][labels];
                for (int i = 0; i < features.length; i++) {
                    for (int f : features[i]) {
                        int base = f * labels;
                        for (int y = 0; y < labels; y++) {
                            s[i][y] += emission[base + y];
                        }
                    }
                }
                return LinearChain.viterbi(s, transition, labels);
            }
        }

        private final int labels;
        private final double[] w;
        private final double[] u;
        private final double[] t;
        private final double[] ut;
        private long step = 1;
        private final Random random = new Random(SEED);

        Perceptron(int features, int labels) {
            this.labels = labels;
            w = new double[features * labels];
            u = new double[features * labels];
            t = new double[(labels + 1) * labels];
            ut = new double[(labels + 1) * labels];
        }

        void epoch(List<Sequence> sequences) {
            List<Sequence> order = new ArrayList<>(sequences);
            Collections.shuffle(order, random);
            for (Sequence e : order) {
                int[][] features = e.features();
                float[][] scores = new float[features.length][labels];
                for (int i = 0; i < features.length; i++) {
                    for (int f : features[i]) {
                        int base = f * labels;
                        for (int y = 0; y < labels; y++) {
                            scores[i][y] += (float) w[base + y];
                        }
                    }
                }
                float[] trans = new float[t.length];
                for (int k = 0; k < t.length; k++) {
                    trans[k] = (float) t[k];
                }
                int[] pred = LinearChain.viterbi(scores, trans, labels);
                int[] gold = e.gold();
                int start = labels;
                for (int i = 0; i < gold.length; i++) {
                    if (pred[i] != gold[i]) {
                        for (int f : features[i]) {
                            add(w, u, f * labels + gold[i], 1);
                            add(w, u, f * labels + pred[i], -1);
                        }
                    }
                    int gp = i == 0 ? start : gold[i - 1];
                    int pp = i == 0 ? start : pred[i - 1];
                    if (gp != pp || gold[i] != pred[i]) {
                        add(t, ut, gp * labels + gold[i], 1);
                        add(t, ut, pp * labels + pred[i], -1);
                    }
                }
                step++;
            }
        }

        private void add(double[] weights, double[] sums, int k, double v) {
            weights[k] += v;
            sums[k] += step * v;
        }

        Weights averaged() {
            float[] aw = new float[w.length];
            for (int k = 0; k < w.length; k++) {
                aw[k] = (float) (w[k] - u[k] / step);
            }
            float[] at = new float[t.length];
            for (int k = 0; k < t.length; k++) {
                at[k] = (float) (t[k] - ut[k] / step);
            }
            return new Weights(aw, at, labels);
        }
    }
}
