package org.herodotus.nlp;

/**
 * Bounds on the text the nlp stage hands to CoreNLP, so that no input, however hostile, can make
 * one article take minutes or exhaust the stack or the heap. The cost of CoreNLP's parser and of
 * the events and claims stages grows faster than linearly with sentence length (a 1,000-word
 * sentence without a full stop took half a minute; a 50,000-word one overflowed the stack in the
 * dependency graph), and the named-entity tagger holds the whole article in memory.
 *
 * <p>Both limits sit far above real news: the longest sentence in the news dev set has 73 words
 * and its longest article 948. An article within them is passed on unchanged, character for
 * character.
 *
 * <ul>
 * <li>A run of more than {@code maxSentenceWords} words with no sentence end (a line break or a word
 * ending in {@code .}, {@code !} or {@code ?}) is cut into pieces of at most that many words: the
 * white space before the cut becomes a line break, which ends a sentence. Offsets do not move. The
 * analysis records a note saying so, not an error: every word is still analysed.</li>
 * <li>Only the first {@code maxArticleWords} words of an article are analysed; the analysis
 * records an error saying so.</li>
 * </ul>
 *
 * @param maxSentenceWords most words in one sentence handed to CoreNLP
 * @param maxArticleWords  most words of one article that are analysed
 */
public record NlpLimits(int maxSentenceWords, int maxArticleWords) {

    /** 120 words per sentence, 25,000 words per article. */
    public static final NlpLimits DEFAULT = new NlpLimits(120, 25_000);

    public NlpLimits {
        if (maxSentenceWords < 1 || maxArticleWords < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * The text to analyse, with what was done to it.
     *
     * @param text      {@code text} within the limits: the same length or a prefix of it
     * @param truncated what was left unanalysed, for the analysis errors; null when nothing was
     * @param cut       how many runs of words were cut into sentences, for the analysis notes (the
     *                  text is analysed whole, in pieces); null when none was
     */
    record Bounded(String text, String truncated, String cut) {
    }

    /** Applies the limits to {@code text}; returns the very same string when it is within them. */
    Bounded bound(String text) {
        char[] cut = null;
        int sentenceWords = 0;
        int words = 0;
        int cuts = 0;
        boolean inWord = false;
        boolean sentenceEnds = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                if (inWord && sentenceEnds) {
                    sentenceWords = 0;
                }
                inWord = false;
                if (ch == '\n' || ch == '\r') {
                    sentenceWords = 0;
                }
                continue;
            }
            if (!inWord) {
                inWord = true;
                if (words == maxArticleWords) {
                    String kept = cut == null ? text : new String(cut);
                    return new Bounded(kept.substring(0, i).stripTrailing(), truncated(text, i), cut(cuts));
                }
                if (sentenceWords == maxSentenceWords && i > 0) {
                    if (cut == null) {
                        cut = text.toCharArray();
                    }
                    cut[i - 1] = '\n';
                    cuts++;
                    sentenceWords = 0;
                }
                words++;
                sentenceWords++;
            }
            sentenceEnds = ch == '.' || ch == '!' || ch == '?'
                    || sentenceEnds && (ch == '"' || ch == '\'' || ch == ')' || ch == '\u201D' || ch == '\u2019');
        }
        return cut == null ? new Bounded(text, null, null) : new Bounded(new String(cut), null, cut(cuts));
    }

    private String truncated(String text, int analysedTo) {
        return "longer than " + maxArticleWords + " words: only the first " + analysedTo + " of " + text.length()
                + " characters were analysed";
    }

    private String cut(int cuts) {
        return cuts == 0 ? null : cuts + (cuts == 1 ? " run" : " runs") + " of more than " + maxSentenceWords
                + " words without a sentence end cut into sentences of at most " + maxSentenceWords;
    }
}
