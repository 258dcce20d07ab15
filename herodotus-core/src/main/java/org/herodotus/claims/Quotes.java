package org.herodotus.claims;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Span;

/**
 * Finds quotations in a text: “curly”, "straight" and ''doubled'' quotation marks, each pair
 * within one paragraph. A quotation that opens and never closes runs to the end of its paragraph,
 * as multi-paragraph quotations do in news copy.
 *
 * <p>Not part of the library API; used by herodotus-eval's attribution model trainer.
 */
public final class Quotes {

    private Quotes() {
    }

    /** The quotations of {@code text}, marks included, in order. */
    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int close = -1;
            int width = 1;
            if (c == '“' || c == '«' || c == '„') {
                close = closing(text, i + 1, c == '«' ? "»" : "”");
            } else if (c == '"') {
                close = closing(text, i + 1, "\"");
            } else if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'' ) {
                width = 2;
                close = closing(text, i + 2, "''");
            } else if (c == '`' && i + 1 < n && text.charAt(i + 1) == '`') {
                width = 2;
                close = closing(text, i + 2, "''");
            } else {
                i++;
                continue;
            }
            if (close < 0) {
                i += width;
                continue;
            }
            out.add(new Span(i, close));
            i = close;
        }
        return out;
    }

    /** The end (exclusive) of the closing mark, the paragraph end, or -1 for an empty quotation. */
    private static int closing(String text, int from, String mark) {
        int para = text.indexOf("\n\n", from);
        int limit = para < 0 ? text.length() : para;
        int at = text.indexOf(mark, from);
        if (at >= 0 && at < limit) {
            return at == from ? -1 : at + mark.length();
        }
        // Unclosed: runs to the end of the paragraph, unless the paragraph is empty.
        int end = limit;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > from ? end : -1;
    }

    /** Whether {@code c} may open a quotation (for callers outside this package). */
    public static boolean isOpeningMark(char c) {
        return isOpening(c);
    }

    /** Whether {@code c} opens a quotation. */
    static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '\'' || c == '`' || c == '«' || c == '„';
    }
}
