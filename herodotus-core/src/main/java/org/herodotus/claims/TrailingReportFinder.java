package org.herodotus.claims;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * The wire report's closing credit, read from the words alone: "Chinese police have detained
 * dissident Wang Donghai, the New York-based group Human Rights in China said on Saturday." The
 * dependency parse often hangs a long credit on the wrong word, and then neither the rules nor
 * the tagger see it; this shape is plain enough to read without one. A sentence qualifies when a
 * reporting verb of the lexicon closes it (a short adjunct without a verb may follow: "on
 * Saturday", "in a statement"), a comma stands before the speaker's noun phrase, and at least
 * three words come before that comma. Stateless and thread-safe.
 */
final class TrailingReportFinder {

    private static final int MAX_SOURCE = 14;
    private static final int MAX_ADJUNCT = 4;

    private final ClaimLexicon lexicon;

    TrailingReportFinder(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The closing credits of {@code parse}'s sentences, one attribution each, in text order. */
    List<Attribution> find(Parse parse) {
        List<Attribution> out = new ArrayList<>();
        for (Sentence s : parse.sentences()) {
            Attribution a = credit(s);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private Attribution credit(Sentence s) {
        List<Token> tokens = s.tokens();
        int end = tokens.size();
        while (end > 0 && AttributionTagger.isPunctuation(tokens.get(end - 1))) {
            end--;
        }
        // the cue: the last verb, with at most a short adjunct without a verb after it
        int cue = -1;
        for (int i = end - 1; i >= 0 && end - 1 - i <= MAX_ADJUNCT; i--) {
            Token t = tokens.get(i);
            if (t.isVerb()) {
                cue = i;
                break;
            }
            if (AttributionTagger.isPunctuation(t)) {
                return null;
            }
        }
        if (cue < 0) {
            return null;
        }
        ClaimLexicon.Cue c = lexicon.verbCue(tokens.get(cue).lemma().toLowerCase(java.util.Locale.ROOT));
        if (c == null || c.lemmas().size() > 1) {
            return null;
        }
        // the speaker: the noun phrase between the last comma and the cue
        int comma = -1;
        boolean noun = false;
        for (int i = cue - 1; i >= 0 && cue - i <= MAX_SOURCE + 1; i--) {
            Token t = tokens.get(i);
            if (t.word().equals(",")) {
                comma = i;
                break;
            }
            boolean adjectival = (t.pos().equals("VBN") || t.pos().equals("VBG")) && i + 1 < cue
                    && tokens.get(i + 1).pos().startsWith("NN"); // "the New York-based group", "US-backed forces"
            if (t.isVerb() && !adjectival
                    || AttributionTagger.isPunctuation(t) && !t.word().equals("-") && !t.word().equals("'s")) {
                return null; // a clause or a quotation, not a credit
            }
            noun |= t.pos().startsWith("NN") || t.pos().startsWith("PRP");
        }
        if (comma < 3 || !noun || comma + 1 >= cue) {
            return null;
        }
        int first = 0;
        while (first < comma && AttributionTagger.isPunctuation(tokens.get(first))) {
            first++;
        }
        int last = comma - 1;
        if (last - first < 2) {
            return null;
        }
        Span source = new Span(tokens.get(comma + 1).start(), tokens.get(cue - 1).end());
        Span cueSpan = new Span(tokens.get(cue).start(), tokens.get(cue).end());
        Span content = new Span(tokens.get(first).start(), tokens.get(last).end());
        return new Attribution(List.of(source), List.of(cueSpan), List.of(content), null, s.index(), c.certainty(),
                c.type(), "credit-clause", false);
    }
}
