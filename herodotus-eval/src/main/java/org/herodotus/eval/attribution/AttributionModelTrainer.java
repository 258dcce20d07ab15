package org.herodotus.eval.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.herodotus.claims.Attribution;
import org.herodotus.claims.AttributionFinder;
import org.herodotus.claims.ClaimLexicon;
import org.herodotus.claims.AttributionModel;
import org.herodotus.claims.Quotes;
import org.herodotus.eval.attribution.AttributionScorer.Fragment;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the {@link AttributionModel}: every candidate the broad finder proposes in the training
 * articles is labelled by whether its cue matches a gold cue exactly, and a logistic regression
 * (stochastic gradient descent, L2-regularised, fixed seed, so training is repeatable) learns to
 * tell them apart. The decision threshold is the one that maximises cue F1 on the last sixth of
 * the articles after training on the rest; the final model is then trained on all articles.
 */
public final class AttributionModelTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(AttributionModelTrainer.class);
    private static final int EPOCHS = 10;
    private static final double RATE = 0.05;
    private static final double L2 = 1e-5;

    /** One candidate: its features, whether it is right, and its document. */
    private record Example(List<String> features, boolean positive, int doc) {
    }

    private final ClaimLexicon lexicon;

    /** A trainer using {@code lexicon} for candidates and features. */
    public AttributionModelTrainer(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Trains on {@code docs}, whose parses {@code parses} gives. */
    public AttributionModel train(List<PolnearGold.Document> docs, Function<PolnearGold.Document, Parse> parses) {
        AttributionFinder finder = new AttributionFinder(lexicon, null, true);
        List<Example> examples = new ArrayList<>();
        List<Example> contentExamples = new ArrayList<>();
        int[] goldCues = new int[docs.size()];
        for (int d = 0; d < docs.size(); d++) {
            PolnearGold.Document doc = docs.get(d);
            Parse parse = parses.apply(doc);
            Set<List<Fragment>> gold = new HashSet<>();
            Map<List<Fragment>, List<Fragment>> goldContents = new HashMap<>();
            for (AttributionScorer.Relation r : doc.relations()) {
                List<Fragment> cue = AttributionScorer.trim(r.cue(), doc.text());
                if (!cue.isEmpty() && gold.add(cue)) {
                    goldCues[d]++;
                    goldContents.put(cue, AttributionScorer.trim(r.content(), doc.text()));
                }
            }
            for (Attribution a : finder.find(doc.text(), parse)) {
                List<Fragment> cue = new ArrayList<>();
                for (Span s : a.cue()) {
                    cue.add(new Fragment(s.start(), s.end()));
                }
                List<Fragment> trimmedCue = AttributionScorer.trim(cue, doc.text());
                boolean positive = gold.contains(trimmedCue);
                examples.add(new Example(AttributionModel.features(doc.text(), parse.sentences().get(a.sentence()), a, lexicon),
                        positive, d));
                List<Fragment> goldContent = positive ? goldContents.get(trimmedCue) : null;
                if (goldContent != null && goldContent.size() == 1 && a.content().size() == 1) {
                    addContentExamples(doc.text(), parse, a, goldContent.get(0), d, contentExamples);
                }
            }
        }
        LOG.info("{} candidates from {} articles", examples.size(), docs.size());
        int split = docs.size() - docs.size() / 6;
        List<Example> fit = new ArrayList<>();
        List<Example> held = new ArrayList<>();
        for (Example e : examples) {
            (e.doc() < split ? fit : held).add(e);
        }
        int heldGold = 0;
        for (int d = split; d < docs.size(); d++) {
            heldGold += goldCues[d];
        }
        Map<String, Double> w = fit(fit);
        double best = 0.5;
        double bestF1 = -1;
        for (double t = 0.2; t <= 0.8001; t += 0.05) {
            AttributionModel m = new AttributionModel(w, t);
            int tp = 0;
            int fp = 0;
            for (Example e : held) {
                if (m.keeps(e.features())) {
                    if (e.positive()) {
                        tp++;
                    } else {
                        fp++;
                    }
                }
            }
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = heldGold == 0 ? 0 : (double) tp / heldGold;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            LOG.info("threshold {}: held-out cue P {} R {} F1 {}", String.format("%.2f", t), String.format("%.3f", p),
                    String.format("%.3f", r), String.format("%.3f", f1));
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        Map<String, Double> weights = new HashMap<>(fit(examples));
        Map<String, Double> content = fit(contentExamples);
        content.remove("bias"); // the same for every variant: it cannot change which one wins
        weights.putAll(content);
        LOG.info("{} content variants", contentExamples.size());
        return new AttributionModel(weights, best);
    }

    /** The content variants of {@code a}, labelled by whether they are the gold content. */
    private static void addContentExamples(String text, Parse parse, Attribution a, Fragment gold, int doc,
                                           List<Example> out) {
        Span c = a.content().get(0);
        if (Quotes.isOpeningMark(text.charAt(c.start()))) {
            return;
        }
        Sentence s = parse.sentenceAt(c.start());
        if (s == null) {
            return;
        }
        List<Span> variants = AttributionModel.contentVariants(text, s, c, a.cueCover());
        List<Example> group = new ArrayList<>();
        boolean any = false;
        for (Span v : variants) {
            List<Fragment> t = AttributionScorer.trim(List.of(new Fragment(v.start(), v.end())), text);
            boolean positive = t.size() == 1 && t.get(0).equals(gold);
            any |= positive;
            group.add(new Example(AttributionModel.contentFeatures(text, s, a, v), positive, doc));
        }
        if (any && variants.size() > 1) {
            out.addAll(group);
        }
    }

    private static Map<String, Double> fit(List<Example> examples) {
        Map<String, Double> w = new HashMap<>();
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(17);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = RATE / (1 + epoch);
            for (Example e : order) {
                double z = w.getOrDefault("bias", 0.0);
                for (String f : e.features()) {
                    z += w.getOrDefault(f, 0.0);
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = (e.positive() ? 1 : 0) - p;
                w.merge("bias", rate * g, Double::sum);
                for (String f : e.features()) {
                    double old = w.getOrDefault(f, 0.0);
                    w.put(f, old + rate * (g - L2 * old));
                }
            }
        }
        w.values().removeIf(v -> Math.abs(v) < 0.02); // keeps the model file small
        return w;
    }
}
