package org.herodotus.eval.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * This class makes the training sequences and quantises the trained weights; the perceptron is
 * {@link AveragedPerceptron}, the features' numbering {@link FeatureVocabulary}, the held-out
 * figures {@link HeldOutScores}; the features and the decoder it trains live with the tagger.
 */
public final class AttributionTaggerTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(AttributionTaggerTrainer.class);
    /** Weight levels between zero and the largest weight in the stored model. */
    private static final int QUANTA = 150;

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
        FeatureVocabulary cueVocabulary = new FeatureVocabulary();
        List<TrainingSequence> cueSequences = new ArrayList<>();
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
            cueSequences.add(new TrainingSequence(cueVocabulary.ids(featurizer.cueFeatures(a)), relabelled, d));
            if ((d + 1) % 100 == 0) {
                LOG.info("cue features of {} of {} articles", d + 1, docs.size());
            }
        }
        int split = docs.size() - docs.size() / 6;
        Trained cueChain = train("cue chain", cueVocabulary.prune(cueSequences, minCount), cueVocabulary,
                AttributionTagger.CUE_ROLES, split, (w) -> HeldOutScores.cueF1(cueSequences, split, w));
        cueSequences.clear();

        FeatureVocabulary argVocabulary = new FeatureVocabulary();
        List<TrainingSequence> argSequences = new ArrayList<>();
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
                argSequences.add(new TrainingSequence(argVocabulary.ids(featurizer.argumentFeatures(a, cue[0], cue[1], window)),
                        labels, d));
            }
            if ((d + 1) % 100 == 0) {
                LOG.info("argument features of {} of {} articles", d + 1, docs.size());
            }
        }
        LOG.info("{} relations; {} with a source or content reaching outside the cue's window", argSequences.size(), outside);
        Trained argChain = train("argument chain", argVocabulary.prune(argSequences, minCount), argVocabulary,
                AttributionTagger.ARGUMENT_ROLES, split, (w) -> HeldOutScores.exactMatch(argSequences, split, w));
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

    private Trained train(String name, List<TrainingSequence> sequences, FeatureVocabulary vocabulary, List<String> roles,
                          int split, ToDoubleFunction<AveragedPerceptron.Weights> heldOut) {
        int labels = 1 + 4 * roles.size();
        List<TrainingSequence> fit = new ArrayList<>();
        for (TrainingSequence s : sequences) {
            if (s.doc() < split) {
                fit.add(s);
            }
        }
        int best = 1;
        double bestScore = -1;
        AveragedPerceptron probe = new AveragedPerceptron(vocabulary.size(), labels);
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
        AveragedPerceptron all = new AveragedPerceptron(vocabulary.size(), labels);
        for (int epoch = 1; epoch <= best; epoch++) {
            all.epoch(sequences);
        }
        AveragedPerceptron.Weights w = all.averaged();
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

    private static List<Span> spans(List<Fragment> fragments) {
        List<Span> out = new ArrayList<>();
        for (Fragment f : fragments) {
            out.add(new Span(f.start(), f.end()));
        }
        return out;
    }
}
