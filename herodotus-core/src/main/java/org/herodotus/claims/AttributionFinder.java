package org.herodotus.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;

/**
 * Finds attribution relations (source, cue, content) in a parsed text. Each way a text attributes
 * words is a pattern of its own: at each token, the {@link CuePattern}s (a reporting verb, a
 * reporting noun, "according to X", "in a poll"); per sentence, a headline colon ("Esper: I
 * suspect ..."); over the whole text, the {@link LinePattern}s (credit and transcript lines), which
 * win over other readings of their cue. Quotations that continue an earlier speaker's words are
 * joined to them ({@link QuoteContinuation}); an {@link AttributionModel} may filter the
 * candidates. Stateless apart from the immutable lexicon and model; safe to share between threads.
 *
 * <p>Not part of the library API; used by herodotus-eval's attribution evaluation and model
 * trainer.
 */
public final class AttributionFinder {

    /** Whole lines read as attributions, before any other reading of their cue. */
    private static final List<LinePattern> LINES = List.of(new CreditLinePattern(), new TranscriptLinePattern());

    private final ClaimLexicon lexicon;
    private final AttributionModel model;
    private final HeadlineColonPattern colons;
    /** Tried in this order at each token; the first whose cue starts there reads it. */
    private final List<CuePattern> cues;

    /** A finder using {@code lexicon}'s cues and rules only. */
    public AttributionFinder(ClaimLexicon lexicon) {
        this(lexicon, null, false);
    }

    /**
     * A finder that, when {@code broad}, also takes every verb with a subject and a complement
     * as a candidate cue, and, when {@code model} is not null, keeps only the candidates the
     * model accepts. Broad without a model gives every candidate, as training needs.
     */
    public AttributionFinder(ClaimLexicon lexicon, AttributionModel model, boolean broad) {
        this.lexicon = lexicon;
        this.model = model;
        this.colons = new HeadlineColonPattern(lexicon);
        this.cues = List.of(new AccordingToPattern(), new InSourcePattern(lexicon), new ReportingVerbPattern(lexicon, broad),
                new ReportingNounPattern(lexicon));
    }

    /** Every attribution in {@code text}, in text order of their cues. */
    public List<Attribution> find(String text, Parse parse) {
        List<Span> quotes = Quotes.find(text);
        List<Attribution> out = new ArrayList<>();
        Sentence previous = null;
        for (Sentence s : parse.sentences()) {
            CuePattern.Context context = new CuePattern.Context(text, previous, quotes, new BitSet());
            Attribution colon = colons.find(text, s);
            if (colon != null) {
                out.add(colon);
            }
            for (int i = 0; i < s.tokens().size(); i++) {
                if (context.taken().get(i)) {
                    continue;
                }
                for (CuePattern pattern : cues) {
                    if (pattern.startsAt(s, i)) {
                        // the first pattern whose cue starts here reads it, found or not
                        Attribution a = pattern.read(context, s, i);
                        if (a != null) {
                            out.add(a);
                        }
                        break;
                    }
                }
            }
            previous = s;
        }
        out.sort(Comparator.comparingInt(a -> a.cueCover() == null ? 0 : a.cueCover().start()));
        List<Attribution> all = QuoteContinuation.continueQuotes(text, out, quotes);
        for (int k = 0; k < all.size(); k++) {
            all.set(k, QuoteContinuation.withOpeningQuote(text, all.get(k)));
        }
        for (int k = 0; k < all.size(); k++) {
            Span cue = all.get(k).cueCover();
            for (Span q : quotes) {
                if (cue != null && q.start() < cue.start() && cue.end() < q.end()) {
                    all.set(k, all.get(k).withNested(true));
                }
            }
        }
        List<Attribution> kept = new ArrayList<>();
        for (Attribution a : all) {
            if (model == null || model.keeps(AttributionModel.features(text, parse.sentences().get(a.sentence()), a, lexicon))) {
                kept.add(model != null && model.hasContentWeights() ? bestContent(text, parse, a) : a);
            }
        }
        // A credit or transcript line is read whole; other readings of its cue give way.
        List<Attribution> lines = new ArrayList<>();
        for (LinePattern pattern : LINES) {
            lines.addAll(pattern.find(text, parse));
        }
        for (Attribution line : lines) {
            Span cue = line.cueCover();
            kept.removeIf(a -> a.cueCover() != null && a.cueCover().overlaps(cue));
            kept.add(line);
        }
        kept.sort(Comparator.comparingInt(a -> a.cueCover() == null ? 0 : a.cueCover().start()));
        return kept;
    }

    /** The content variant the model likes best (single-fragment contents that are not quotations). */
    private Attribution bestContent(String text, Parse parse, Attribution a) {
        if (a.content().size() != 1 || Quotes.isOpening(text.charAt(a.content().get(0).start()))) {
            return a;
        }
        Sentence s = parse.sentenceAt(a.content().get(0).start());
        if (s == null) {
            return a;
        }
        Span best = a.content().get(0);
        double bestP = -1;
        for (Span v : AttributionModel.contentVariants(text, s, best, a.cueCover())) {
            double p = model.probability(AttributionModel.contentFeatures(text, s, a, v));
            if (p > bestP) {
                bestP = p;
                best = v;
            }
        }
        return new Attribution(a.source(), a.cue(), List.of(best), a.relay(), a.sentence(), a.certainty(), a.type(),
                a.kind(), a.nested());
    }
}
