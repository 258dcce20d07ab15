package org.herodotus.claims;

import static org.herodotus.claims.Phrases.trimmed;

import java.util.List;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * "Esper: I suspect Iran is behind attacks" and "A military source: The perpetrators are ...": a
 * short name or source word at the start of a line, a colon, and what follows as content. Kind
 * "colon".
 */
final class HeadlineColonPattern {

    private final ClaimLexicon lexicon;

    HeadlineColonPattern(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The attribution of sentence {@code s} if it opens with a source and a colon, else null. */
    Attribution find(String text, Sentence s) {
        List<Token> tokens = s.tokens();
        int colon = -1;
        int lineStart = 0;
        for (int i = 0; i < tokens.size() && i < 12; i++) {
            if (i > 0 && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains("\n")) {
                lineStart = i;
            }
            if (tokens.get(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon <= lineStart || colon - lineStart > 8 || tokens.size() - colon < 3) {
            return null;
        }
        int start = lineStart;
        for (int i = lineStart; i < colon; i++) {
            Token t = tokens.get(i);
            if (t.isVerb() || t.pos().equals("MD") || t.word().matches("\\d+")) {
                return null;
            }
            if (t.word().equals(",")) {
                start = i + 1;
            }
        }
        boolean named = false;
        for (int i = start; i < colon; i++) {
            Token t = tokens.get(i);
            ClaimLexicon.SourceWord w = lexicon.sourceWord(t.lemma());
            if (t.pos().startsWith("NNP") || t.pos().equals("PRP") || w != null && w.head()) {
                named = true;
            }
        }
        if (!named || start >= colon) {
            return null;
        }
        Span source = new Span(tokens.get(start).start(), tokens.get(colon - 1).end());
        Span content = trimmed(tokens, colon + 1, tokens.size() - 1);
        if (content == null) {
            return null;
        }
        Token c = tokens.get(colon);
        return new Attribution(List.of(source), List.of(new Span(c.start(), c.end())), List.of(content), null,
                s.index(), Certainty.ASSERTED, ClaimType.STATEMENT, "colon", false);
    }
}
