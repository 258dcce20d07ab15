package org.herodotus.claims;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * The features the {@link AttributionTagger} reads. For the cue chain, at each token of the
 * article: the word and its neighbours, quotation and paragraph position, the lexicon's verdict on
 * the lemma, the token's place in the dependency tree relative to the nearest reporting word
 * above it, and what the rule finder (in broad mode, without any trained filter) proposes around
 * it. For the argument chain, at each token of a window around one cue: the word features plus
 * where the token stands relative to that cue (distance, sentence, dependency path, the cue's
 * argument it lies in, the rule finder's source and content for the same cue). The same code
 * computes them for training and for tagging, so the two cannot drift apart. The per-article
 * precomputation is {@link TaggerArticle}, the chains' features {@link CueFeatures} and {@link
 * ArgumentFeatures}.
 *
 * <p>Not part of the library API; used by herodotus-eval's tagger trainer.
 */
public final class TaggerFeatures {

    /** How far up the dependency tree the features look for a reporting word or a common ancestor. */
    static final int MAX_CLIMB = 12;

    private final ClaimLexicon lexicon;
    private final AttributionFinder rules;

    /** Features computed with {@code lexicon}'s cues and the rule finder over the same lexicon. */
    public TaggerFeatures(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
        this.rules = new AttributionFinder(lexicon, null, true);
    }

    /** The tokens of {@code parse} in text order, as one sequence over the whole article. */
    public static List<Token> tokens(Parse parse) {
        List<Token> out = new ArrayList<>();
        for (Sentence s : parse.sentences()) {
            out.addAll(s.tokens());
        }
        return out;
    }

    /** The per-article precomputation both chains start from. */
    public TaggerArticle article(String text, Parse parse) {
        return new TaggerArticle(text, parse, lexicon, rules);
    }

    /** One feature list per token of the article, for the cue chain. */
    public List<List<String>> cueFeatures(TaggerArticle a) {
        return CueFeatures.of(a);
    }

    /** The tokens {@code [from, to)} whose roles are decided for the cue {@code [cueFirst, cueLast]}: see {@link ArgumentFeatures#window}. */
    public static int[] window(TaggerArticle a, int cueFirst, int cueLast) {
        return ArgumentFeatures.window(a, cueFirst, cueLast);
    }

    /** One feature list per token of {@code window}, for the argument chain of the cue {@code [cueFirst, cueLast]}. */
    public List<List<String>> argumentFeatures(TaggerArticle a, int cueFirst, int cueLast, int[] window) {
        return ArgumentFeatures.of(a, cueFirst, cueLast, window);
    }

    /** The cue's head: its last verb, else its last noun, else its last token. */
    public static int cueHead(TaggerArticle a, int first, int last) {
        return ArgumentFeatures.cueHead(a, first, last);
    }

    /** The first and last of the tokens in {@code [from, to)} under token {@code top}: see {@link ArgumentFeatures#subtree}. */
    static int[] subtree(TaggerArticle a, int top, int from, int to) {
        return ArgumentFeatures.subtree(a, top, from, to);
    }
}
