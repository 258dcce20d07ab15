package org.herodotus.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.herodotus.lexicon.LexiconReader;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.nlp.Token;

/**
 * Finds attributions with two learned sequence labellers, in the manner of semantic role
 * labelling: a cue chain labels every token of the article (source, cue, content or outside) and
 * its cue spans are kept; then, for each cue, an argument chain labels the tokens of a window
 * around it as that cue's source, content or outside, with features that say where each token
 * stands relative to the cue (its dependency path to the cue, the cue's argument it lies in,
 * distance, sentence). Each cue thus gets its own source and content, however many cues share a
 * sentence, and a quotation interrupted by "he said" comes out as one content in two fragments.
 *
 * <p>Both chains are {@link LinearChain}s trained as averaged perceptrons on an attribution
 * corpus by {@code herodotus eval attribution --train-tagger FILE}; the model is one gzipped text
 * file holding both, loaded once and shared by threads.
 *
 * <p>Not part of the library API; used by herodotus-eval's attribution evaluation and tagger
 * trainer, and {@code herodotus eval attribution}.
 */
public final class AttributionTagger {

    /** Roles of the cue chain. */
    public static final List<String> CUE_ROLES = List.of("source", "cue", "content");
    /** Roles of the argument chain. */
    public static final List<String> ARGUMENT_ROLES = List.of("source", "content");
    /**
     * How much more than O a lemma must weigh for a cue label, as a share of the cue chain's
     * largest weight, for its sentences to be parsed. At 0.2 the bundled chain names 10 lemmas;
     * on the PolNeAR dev articles that gives half of what parsing every sentence adds to the
     * attribution scores for half of its cost in speed (at 1/15, 117 lemmas, all of it for a
     * sixth of the throughput).
     */
    private static final double CUE_WORD_MARGIN = 0.2;
    /**
     * What each cue span costs in the cue chain's decoding, as a share of its largest feature
     * weight: readers of claims want few false ones, and on held-out thirds of the training
     * articles (a chain fitted on the other two) a cost of 0.4 raised cue precision by two points
     * for 0.7 of recall, cue F1 +0.005 and content F1 +0.002; costs from 0.4 to 0.8 score alike.
     */
    private static final float CUE_PENALTY = 0.4f;
    private static final String RESOURCE = "/org/herodotus/claims/attribution-tagger.tsv.gz";

    private final LinearChain cues;
    private final LinearChain arguments;
    private final TaggerFeatures features;
    private final ClaimLexicon lexicon;
    private final AttributionModel ruleCues;
    private final Set<String> cueWords;
    private final float cuePenalty;

    /** A tagger from its two chains, reading features with {@code lexicon}. */
    public AttributionTagger(ClaimLexicon lexicon, LinearChain cues, LinearChain arguments) {
        this(lexicon, cues, arguments, null);
    }

    private AttributionTagger(ClaimLexicon lexicon, LinearChain cues, LinearChain arguments, AttributionModel ruleCues) {
        if (!cues.roles().equals(CUE_ROLES) || !arguments.roles().equals(ARGUMENT_ROLES)) {
            throw new IllegalArgumentException("expected chains over " + CUE_ROLES + " and " + ARGUMENT_ROLES);
        }
        this.lexicon = lexicon;
        this.cues = cues;
        this.arguments = arguments;
        this.ruleCues = ruleCues;
        this.features = new TaggerFeatures(lexicon);
        this.cueWords = Set.copyOf(cues.favouring("l=", CUE_ROLES.indexOf("cue"), CUE_WORD_MARGIN));
        this.cuePenalty = -CUE_PENALTY * cues.largestWeight();
    }

    /**
     * A copy that also takes the cues of the rule finder's candidates that {@code model} keeps
     * (null: none), where the cue chain found nothing there: the two see different things, and the
     * argument chain gives those cues their source and content too.
     */
    public AttributionTagger withRuleCues(AttributionModel model) {
        return new AttributionTagger(lexicon, cues, arguments, model);
    }

    /**
     * The tagger shipped with Herodotus, with the bundled cue model over the rule candidates; null if
     * none is bundled. With the default lexicon it is loaded once (a few seconds) and shared, as it
     * is immutable.
     */
    public static AttributionTagger bundled(ClaimLexicon lexicon) {
        return lexicon == ClaimLexicon.defaults() ? Bundled.INSTANCE : load(lexicon);
    }

    private static final class Bundled {
        static final AttributionTagger INSTANCE = load(ClaimLexicon.defaults());
    }

    private static AttributionTagger load(ClaimLexicon lexicon) {
        InputStream in = AttributionTagger.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (InputStream gz = new GZIPInputStream(in)) {
            LexiconReader r = new LexiconReader(RESOURCE, new InputStreamReader(gz, StandardCharsets.UTF_8));
            return read(r, lexicon).withRuleCues(AttributionModel.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled attribution tagger " + RESOURCE, e);
        }
    }

    /**
     * Reads a tagger: '#' comment lines, then the cue chain and the argument chain, each in the
     * format of {@link LinearChain} (a roles line, transition rows, feature lines, "end").
     */
    public static AttributionTagger read(InputStream in, ClaimLexicon lexicon) throws IOException {
        return read(new LexiconReader("attribution tagger", new InputStreamReader(in, StandardCharsets.UTF_8)), lexicon);
    }

    private static AttributionTagger read(LexiconReader r, ClaimLexicon lexicon) throws IOException {
        LinearChain cues = LinearChain.read(r);
        LinearChain arguments = LinearChain.read(r);
        return new AttributionTagger(lexicon, cues, arguments);
    }

    /** Writes the tagger in the format {@link #read} reads (uncompressed; gzip it for shipping). */
    public void write(Writer out, String comment) throws IOException {
        out.write("# Attribution tagger: two linear-chain labellers (averaged perceptron weights).\n");
        out.write("# Labels: O, then B/I/L/U (first, inside, last, only token of a span) per role, in the order of the roles line.\n");
        out.write("# Each chain: roles<TAB>names; transition<TAB>from-label<TAB>weight per to-label (row labels+1 = start);\n");
        out.write("# feature<TAB>label:weight ... (non-zero only); end. First the cue chain, then the argument chain.\n");
        for (String c : comment.split("\n")) {
            out.write("# " + c + "\n");
        }
        cues.write(out);
        arguments.write(out);
    }

    /**
     * Which sentences this tagger needs parsed: those holding a lemma its cue chain has learned to
     * take for a cue word far more often than not (with the bundled chain: "about", "accord",
     * "attack", "consider", "know", "plan", "say", "see", "support", "want"). Its syntax features
     * are what tell a cue from the same word used otherwise, and without a parse it finds little.
     */
    public ParseFilter parseFilter() {
        return sentence -> {
            for (Token t : sentence.tokens()) {
                if (cueWords.contains(ClaimLexicon.lower(t.lemma()))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Number of lemmas the cue chain takes for cue words. */
    public int cueWords() {
        return cueWords.size();
    }

    /** Number of features with weights, over both chains. */
    public int size() {
        return cues.size() + arguments.size();
    }

    /** The attributions in {@code text}, in text order of their cues. */
    public List<Attribution> find(String text, Parse parse) {
        TaggerArticle a = features.article(text, parse);
        int[] labels = cues.tag(features.cueFeatures(a), CUE_ROLES.indexOf("cue"), cuePenalty);
        List<int[]> cueRuns = new ArrayList<>(LinearChain.runs(labels, CUE_ROLES.size()).get(1));
        List<Attribution> out = new ArrayList<>();
        // The argument chain's weights of each token's word features, summed once for all cues.
        float[][] wordScores = new float[a.tokens().size()][];
        for (int[] cue : cueRuns) {
            out.add(read(a, cue, wordScores));
        }
        if (ruleCues != null) {
            List<Attribution> tagged = List.copyOf(out);
            for (Attribution c : a.candidates) {
                Span cover = c.cueCover();
                int[] cue = cover == null || c.nested() ? null : a.range(cover);
                if (cue == null || overlaps(cueRuns, cue) || inside(tagged, cover)
                        || !ruleCues.keeps(AttributionModel.features(text, parse.sentences().get(c.sentence()), c, lexicon))) {
                    continue;
                }
                cueRuns.add(cue);
                out.add(read(a, cue, wordScores));
            }
            out.sort(java.util.Comparator.comparingInt(x -> x.cueCover().start()));
        }
        return withoutNested(out);
    }

    /**
     * The attribution of the cue tokens {@code cue}: the argument chain's source and content,
     * filled from the parse where it found no content.
     */
    private Attribution read(TaggerArticle a, int[] cue, float[][] wordScores) {
        int[] window = TaggerFeatures.window(a, cue[0], cue[1]);
        float[][] shared = new float[window[1] - window[0]][];
        for (int i = window[0]; i < window[1]; i++) {
            if (wordScores[i] == null) {
                wordScores[i] = arguments.scores(a.words.get(i));
            }
            shared[i - window[0]] = wordScores[i];
        }
        // The same labels as arguments.tag(features.argumentFeatures(a, cue[0], cue[1], window)).
        int[] args = arguments.tag(shared, ArgumentFeatures.of(a, cue[0], cue[1], window, false));
        return filled(a, cue, attribution(a, cue, window, args, lexicon));
    }

    /**
     * The attribution with a content read from the parse when the argument chain labelled none:
     * the chain learned content mostly from quotations and "said that" clauses, and leaves the
     * plainest reports empty ("But the plan is tilted toward the rich, the Tax Foundation said.";
     * "The governor said Democrats are to blame"). The clause before a sentence-final ", X said"
     * is the content, else the clause or object the cue governs.
     */
    private static Attribution filled(TaggerArticle a, int[] cue, Attribution x) {
        if (!x.content().isEmpty()) {
            return x;
        }
        List<Token> tokens = a.tokens();
        int sentence = a.sentence(cue[0]);
        int from = a.sentenceStart[sentence];
        int to = a.sentenceStart[sentence + 1];
        int blockFirst = cue[0];
        int blockLast = cue[1];
        for (Span s : x.source()) {
            int[] r = a.range(s);
            if (r != null && a.sentence(r[0]) == sentence) {
                blockFirst = Math.min(blockFirst, r[0]);
                blockLast = Math.max(blockLast, r[1]);
            }
        }
        // "…, the Tax Foundation said." / "…, said one GOP source, and …": the clause before the comma,
        // also with a short adjunct after the cue ("…, the ministry said on Saturday.").
        boolean endsClause = blockLast + 1 >= to || isPunctuation(tokens.get(blockLast + 1))
                || shortAdjunctToEnd(tokens, blockLast + 1, to);
        if (endsClause && blockFirst - from >= 4 && tokens.get(blockFirst - 1).word().equals(",")) {
            int first = from;
            int last = blockFirst - 2;
            if (last - first >= 2) {
                return x.withContent(span(tokens, first, last));
            }
        }
        // "said Democrats and the media are to blame": the clause or object the cue head governs.
        int head = TaggerFeatures.cueHead(a, cue[0], cue[1]);
        for (int c = cue[1] + 1; c < to; c++) {
            if (a.head[c] != head || !(a.rel[c].equals("ccomp") || a.rel[c].equals("obj") || a.rel[c].equals("xcomp"))) {
                continue;
            }
            int[] extent = TaggerFeatures.subtree(a, c, cue[1] + 1, to);
            int lo = extent[0];
            int hi = extent[1];
            while (hi > lo && isPunctuation(tokens.get(hi))) {
                hi--;
            }
            if (hi - lo >= 1) {
                return x.withContent(span(tokens, lo, hi));
            }
        }
        return x;
    }

    /**
     * Whether tokens {@code [from, to)} are a short phrase with no verb closing the sentence ("on
     * Saturday.", "in a statement.", "late on Friday."), which a report's cue may trail.
     */
    private static boolean shortAdjunctToEnd(List<Token> tokens, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (isPunctuation(t)) {
                if (i < to - 1 && !t.word().equals("'s")) {
                    return false; // a comma or a quote: more clause follows
                }
                continue;
            }
            if (t.isVerb() || ++words > 4) {
                return false;
            }
        }
        return words > 0;
    }

    /** Whether the token is punctuation (its first character is no letter or digit). */
    static boolean isPunctuation(Token t) {
        return !Character.isLetterOrDigit(t.word().charAt(0));
    }

    private static boolean overlaps(List<int[]> runs, int[] r) {
        for (int[] x : runs) {
            if (x[0] <= r[1] && r[0] <= x[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Attribution> found, Span cue) {
        for (Attribution x : found) {
            for (Span c : x.content()) {
                if (c.contains(cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Drops the attributions whose cue lies inside another one's content: in an attribution
     * corpus, as in this tagger's output, what a quoted or reported speaker says that someone else
     * said belongs to the outer content, not to a relation of its own.
     */
    static List<Attribution> withoutNested(List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        for (Attribution inner : found) {
            Span cue = inner.cueCover();
            boolean nested = false;
            for (Attribution outer : found) {
                if (outer != inner && cue != null) {
                    for (Span c : outer.content()) {
                        nested |= c.contains(cue);
                    }
                }
            }
            if (!nested) {
                out.add(inner);
            }
        }
        return out;
    }

    /** The attribution of cue tokens {@code cue} whose window {@code window} got argument labels {@code args}. */
    public static Attribution attribution(TaggerArticle a, int[] cue, int[] window, int[] args, ClaimLexicon lexicon) {
        List<List<int[]>> runs = LinearChain.runs(args, ARGUMENT_ROLES.size());
        List<Token> tokens = a.tokens();
        List<Span> sources = new ArrayList<>();
        for (int[] r : runs.get(0)) {
            sources.add(span(tokens, window[0] + r[0], window[0] + r[1]));
        }
        // One source per cue: the nearest, when the labeller found several.
        if (sources.size() > 1) {
            Span cueSpan = span(tokens, cue[0], cue[1]);
            Span best = sources.get(0);
            for (Span s : sources) {
                if (distance(s, cueSpan) < distance(best, cueSpan)) {
                    best = s;
                }
            }
            sources = List.of(best);
        }
        List<Span> contents = new ArrayList<>();
        for (int[] r : runs.get(1)) {
            contents.add(span(tokens, window[0] + r[0], window[0] + r[1]));
        }
        int head = TaggerFeatures.cueHead(a, cue[0], cue[1]);
        Token h = tokens.get(head);
        ClaimLexicon.Cue listed = h.isVerb() ? lexicon.verbCue(h.lemma()) : h.isNoun() ? lexicon.nounCue(h.lemma()) : null;
        Certainty certainty = listed == null ? Certainty.ASSERTED : listed.certainty();
        ClaimType type = listed == null ? ClaimType.STATEMENT : listed.type();
        Span cueSpan = span(tokens, cue[0], cue[1]);
        boolean nested = false;
        for (Span q : a.quotes) {
            nested |= q.start() < cueSpan.start() && cueSpan.end() < q.end();
        }
        return new Attribution(sources, List.of(cueSpan), contents, null, a.sentence(cue[0]), certainty, type,
                "tagged", nested);
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.start() ? b.start() - a.end() : a.start() >= b.end() ? a.start() - b.end() : 0;
    }

    private static Span span(List<Token> tokens, int first, int last) {
        return new Span(tokens.get(first).start(), tokens.get(last).end());
    }
}
