package org.herodotus.claims;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Span;

/**
 * What the finder does with quotations once the patterns have read a text: a quotation nobody is
 * credited with continues the speaker of the quotation before it, and a content that ends a
 * quotation takes its opening mark.
 */
final class QuoteContinuation {

    private QuoteContinuation() {
    }

    /**
     * A quotation nobody is credited with, in the same or next paragraph as a quotation that
     * someone is, continues that speaker's words: it becomes another content fragment.
     */
    static List<Attribution> continueQuotes(String text, List<Attribution> found, List<Span> quotes) {
        List<Attribution> out = new ArrayList<>(found);
        for (Span q : quotes) {
            if (q.length() < 12 || covered(out, q)) {
                continue;
            }
            int best = -1;
            for (int k = 0; k < out.size(); k++) {
                Attribution a = out.get(k);
                Span c = a.contentCover();
                if (c.end() <= q.start() && isQuote(text, a.content().get(a.content().size() - 1))
                        && (best < 0 || c.end() > out.get(best).contentCover().end())) {
                    best = k;
                }
            }
            if (best < 0) {
                continue;
            }
            Attribution a = out.get(best);
            String between = text.substring(a.contentCover().end(), q.start());
            boolean sameParagraph = !between.contains("\n\n");
            boolean nextParagraph = !sameParagraph && isParagraphStart(text, q.start())
                    && between.indexOf("\n\n") == between.lastIndexOf("\n\n")
                    && between.substring(0, between.indexOf("\n\n")).length() < 100;
            if (between.length() < 150 && (sameParagraph || nextParagraph) && !hasQuoteMark(between)) {
                out.set(best, a.withContent(q));
            }
        }
        return out;
    }

    private static boolean hasQuoteMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }

    /** A content that ends a quotation begun just before it takes the opening mark too. */
    static Attribution withOpeningQuote(String text, Attribution a) {
        List<Span> content = new ArrayList<>(a.content());
        boolean changed = false;
        for (int k = 0; k < content.size(); k++) {
            Span c = content.get(k);
            int before = c.start() - 1;
            char last = text.charAt(c.end() - 1);
            if (before >= 0 && (text.charAt(before) == '“' || text.charAt(before) == '"') && (last == '”' || last == '"')
                    && text.substring(c.start(), c.end() - 1).indexOf(text.charAt(before) == '“' ? '“' : '"') < 0) {
                content.set(k, new Span(before, c.end()));
                changed = true;
            }
        }
        return changed ? new Attribution(a.source(), a.cue(), content, a.relay(), a.sentence(), a.certainty(),
                a.type(), a.kind(), a.nested()) : a;
    }

    private static boolean isParagraphStart(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static boolean isQuote(String text, Span span) {
        return Quotes.isOpening(text.charAt(span.start()));
    }

    /** Whether some attribution from outside {@code q} already claims it as content. */
    private static boolean covered(List<Attribution> found, Span q) {
        for (Attribution a : found) {
            Span cue = a.cueCover();
            if (cue != null && q.contains(cue)) {
                continue; // someone quoted inside the quotation: the quotation is still unclaimed
            }
            for (Span c : a.content()) {
                if (c.overlaps(q)) {
                    return true;
                }
            }
        }
        return false;
    }
}
