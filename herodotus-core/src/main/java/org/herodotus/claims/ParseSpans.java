package org.herodotus.claims;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;

/** The tokens of the parse a span covers, and whether a span is only a time: read by every claims class. */
final class ParseSpans {

    private ParseSpans() {
    }

    static List<Token> tokensIn(Doc doc, Span span) {
        return tokensIn(doc.parse(), span);
    }

    static List<Token> tokensIn(Parse parse, Span span) {
        List<Token> out = new ArrayList<>();
        if (span == null) {
            return out;
        }
        for (Sentence s : parse.sentences()) {
            if (s.end() <= span.start() || s.start() >= span.end()) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.start() >= span.start() && t.end() <= span.end()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** Whether {@code span} lies within one time expression ("hours", "on Monday"). */
    static boolean isTime(Parse parse, Span span) {
        for (org.herodotus.nlp.TimeExpression x : parse.times()) {
            if (x.start() <= span.start() && span.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

}
