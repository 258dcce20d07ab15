package org.herodotus.claims;

import static org.herodotus.claims.Phrases.PUNCT;
import static org.herodotus.claims.Phrases.relayAfter;
import static org.herodotus.claims.Phrases.trimmed;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * "According to X, ..." and "..., according to X": the words up to the next punctuation are the
 * source (with a relaying outlet after it: "according to X, quoted by NPR"), the rest of the
 * sentence before or after is the content. Needs no parse. Kind "according-to".
 */
final class AccordingToPattern implements CuePattern {

    /** Words before "according to" that leave it at the start of the sentence ("But according to ..."). */
    private static final Set<String> OPENERS = ClaimWords.of("sentence-openers");

    @Override
    public boolean startsAt(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        return i + 1 < tokens.size() && tokens.get(i).word().equalsIgnoreCase("according")
                && tokens.get(i + 1).word().equalsIgnoreCase("to");
    }

    @Override
    public Attribution read(Context context, Sentence s, int i) {
        List<Token> tokens = s.tokens();
        Span cue = new Span(tokens.get(i).start(), tokens.get(i + 1).end());
        int srcStart = i + 2;
        int srcEnd = srcStart;
        while (srcEnd < tokens.size() && !PUNCT.contains(tokens.get(srcEnd).word())) {
            srcEnd++;
        }
        if (srcEnd == srcStart) {
            return null;
        }
        Span source = new Span(tokens.get(srcStart).start(), tokens.get(srcEnd - 1).end());
        Span relay = relayAfter(s, source);
        int after = srcEnd;
        if (relay != null) {
            after = s.tokenAt(relay.end() - 1).index() + 1;
        }
        Span content;
        boolean atStart = true;
        for (int k = 0; k < i; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (!(PUNCT.contains(w) || OPENERS.contains(w))) {
                atStart = false;
                break;
            }
        }
        if (atStart) {
            while (after < tokens.size() && PUNCT.contains(tokens.get(after).word())) {
                after++;
            }
            content = trimmed(tokens, after, tokens.size() - 1);
        } else {
            content = trimmed(tokens, 0, i - 1);
        }
        if (content == null) {
            return null;
        }
        return new Attribution(List.of(source), List.of(cue), List.of(content), relay, s.index(),
                Certainty.ASSERTED, ClaimType.STATEMENT, "according-to", false);
    }
}
