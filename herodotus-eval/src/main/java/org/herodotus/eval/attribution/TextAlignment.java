package org.herodotus.eval.attribution;

/**
 * Maps offsets of a text the pipeline analysed to offsets of the gold text it was made from.
 * Reading an article may change its text a little without changing its words: line-end spaces
 * and repeated blank lines dropped, a blank line put between headline and body, boilerplate lines
 * left out, characters composed (NFC). The two texts are walked together; white space may differ
 * freely, and where the words differ the walk picks up again where the next words of the analysed
 * text occur in the gold text. Identical texts map every offset to itself.
 */
final class TextAlignment {

    /** How many characters of the analysed text must recur in the gold text to pick the walk up there. */
    private static final int ANCHOR = 24;

    /** For each character of the analysed text, the gold offset it stands at. */
    private final int[] at;
    private final int goldLength;

    private TextAlignment(int[] at, int goldLength) {
        this.at = at;
        this.goldLength = goldLength;
    }

    /** The alignment of {@code analysed} to {@code gold}. */
    static TextAlignment of(String analysed, String gold) {
        int[] at = new int[analysed.length()];
        if (analysed.equals(gold)) {
            for (int i = 0; i < at.length; i++) {
                at[i] = i;
            }
            return new TextAlignment(at, gold.length());
        }
        int i = 0;
        int j = 0;
        while (i < analysed.length()) {
            char a = analysed.charAt(i);
            char g = j < gold.length() ? gold.charAt(j) : 0;
            boolean aSpace = AttributionScorer.isSpace(a);
            boolean gSpace = j < gold.length() && AttributionScorer.isSpace(g);
            if (j < gold.length() && (a == g || aSpace && gSpace)) {
                at[i++] = j++;
            } else if (gSpace) {
                j++;
            } else if (aSpace || j >= gold.length()) {
                at[i++] = Math.min(j, gold.length());
            } else {
                String next = analysed.substring(i, Math.min(analysed.length(), i + ANCHOR));
                int found = gold.indexOf(next, j);
                if (found > j) {
                    j = found;
                } else {
                    // A character of its own (a composed accent): stands where the gold walk is.
                    at[i++] = j;
                }
            }
        }
        return new TextAlignment(at, gold.length());
    }

    /** The gold offset of the analysed start offset {@code start}. */
    int start(int start) {
        if (at.length == 0) {
            return 0;
        }
        return start >= at.length ? goldLength : at[Math.max(0, start)];
    }

    /** The gold offset of the analysed end offset (exclusive) {@code end}. */
    int end(int end) {
        if (end <= 0 || at.length == 0) {
            return 0;
        }
        return Math.min(goldLength, at[Math.min(end, at.length) - 1] + 1);
    }
}
