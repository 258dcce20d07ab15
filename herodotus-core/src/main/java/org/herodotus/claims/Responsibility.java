package org.herodotus.claims;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;
import org.herodotus.nlp.Token;

/**
 * Finds who a claim says did it: matches the responsibility patterns of the lexicon
 * ("{A} be behind", "be the work of {A}", "the perpetrator be {A}") against the tokens of a
 * claim's content and picks the name inside the matched noun phrase.
 */
final class Responsibility {

    /**
     * A match: the claim type the pattern gives and the words naming the perpetrator; {@code self}
     * when the pattern's slot is the speaker ({@code {S}}: "they had targeted …"), whose words
     * then claim the deed for the speaker if they name the speaker.
     */
    record Match(ClaimType type, Span perpetrator, boolean self) {
    }

    private static final String SLOT = "{a}";
    private static final String SPEAKER = "{s}";
    private static final String DEED = "{e}";
    private static final int MAX_NP = 10;
    private static final Set<String> NP_WORDS = ClaimWords.of("np-words");

    private final List<ClaimLexicon.Pattern> patterns;

    Responsibility(ClaimLexicon lexicon) {
        this.patterns = lexicon.patterns();
    }

    /** The first pattern match in {@code tokens} (the content's tokens, in order), or null. */
    Match find(List<Token> tokens) {
        for (ClaimLexicon.Pattern p : patterns) {
            for (int i = 0; i < tokens.size(); i++) {
                int[] np = match(p.items(), 0, tokens, i, null);
                if (np != null && p.items().contains(SPEAKER)) {
                    return new Match(p.type(), new Span(tokens.get(np[0]).start(), tokens.get(np[1] - 1).end()), true);
                }
                if (np != null) {
                    Span who = name(tokens, np[0], np[1]);
                    if (who != null) {
                        return new Match(p.type(), who, false);
                    }
                }
            }
        }
        return null;
    }

    /** The name in the noun phrase the tokens start with ("Hezbollah for the bombing" gives Hezbollah), or null. */
    Span leadingName(List<Token> tokens) {
        int end = 0;
        while (end < tokens.size() && end < MAX_NP && isNpToken(tokens.get(end))) {
            end++;
        }
        return end == 0 ? null : name(tokens, 0, end);
    }

    /** Matches items[k..] at token {@code at}; returns the slot's token range [from, to) or null. */
    private static int[] match(List<String> items, int k, List<Token> tokens, int at, int[] slot) {
        if (k == items.size()) {
            return slot == null ? new int[] {at, at} : slot;
        }
        String item = items.get(k);
        if (item.equals(SPEAKER)) {
            // The speaker's own words for itself: a personal pronoun ("they", "we", "it") or a noun phrase.
            if (at < tokens.size() && tokens.get(at).pos().equals("PRP")) {
                int[] r = match(items, k + 1, tokens, at + 1, new int[] {at, at + 1});
                if (r != null) {
                    return r;
                }
            }
            item = SLOT;
        }
        if (item.equals(SLOT) || item.equals(DEED)) {
            for (int len = 1; len <= MAX_NP && at + len <= tokens.size(); len++) {
                if (!isNpToken(tokens.get(at + len - 1))) {
                    break;
                }
                int[] r = match(items, k + 1, tokens, at + len, item.equals(SLOT) ? new int[] {at, at + len} : slot);
                if (r != null) {
                    return r;
                }
            }
            // A slot at the end takes the longest noun phrase there is.
            return null;
        }
        if (at < tokens.size() && k > 0 && !ClaimLexicon.matches(tokens.get(at), item)
                && (tokens.get(at).pos().equals("MD") && !items.contains(SPEAKER) || tokens.get(at).pos().startsWith("RB")
                || tokens.get(at).pos().startsWith("VB") && ClaimLexicon.matches(tokens.get(at), "have"))) {
            // "there may be Iran behind", "is also behind", "had targeted": modals, adverbs and
            // the perfect's "have" may come between.
            return match(items, k, tokens, at + 1, slot);
        }
        if (at >= tokens.size() || !ClaimLexicon.matches(tokens.get(at), item)) {
            return null;
        }
        if (k + 1 < items.size() && items.get(k + 1).equals(SLOT) && k + 2 == items.size()) {
            int end = at + 1;
            while (end < tokens.size() && end - at - 1 < MAX_NP && isNpToken(tokens.get(end))) {
                end++;
            }
            return end > at + 1 ? new int[] {at + 1, end} : null;
        }
        return match(items, k + 1, tokens, at + 1, slot);
    }

    private static boolean isNpToken(Token t) {
        String pos = t.pos();
        return pos.startsWith("NN") || pos.equals("DT") || pos.equals("JJ") || pos.equals("CD") || pos.equals("POS")
                || pos.equals("PRP$") || pos.equals("HYPH") || pos.equals("CC")
                || NP_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * The name inside a noun phrase: the first run of proper nouns not preceded by "not" ("Iran
     * and not Isis" gives Iran; "the militiamen of Kataib Hezbollah" gives Kataib Hezbollah), or
     * else the phrase's last noun ("pro-Iran militias").
     */
    private static Span name(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).pos().startsWith("NNP") && !(i > from && tokens.get(i - 1).word().equalsIgnoreCase("not"))) {
                int j = i;
                while (j + 1 < to && (tokens.get(j + 1).pos().startsWith("NNP")
                        || tokens.get(j + 1).pos().equals("HYPH") && j + 2 < to && tokens.get(j + 2).pos().startsWith("NNP"))) {
                    j++;
                }
                return new Span(tokens.get(i).start(), tokens.get(j).end());
            }
        }
        for (int i = to - 1; i >= from; i--) {
            Token t = tokens.get(i);
            if (t.pos().startsWith("NN")) {
                int j = i;
                while (j - 1 >= from && (tokens.get(j - 1).pos().startsWith("NN") || tokens.get(j - 1).pos().equals("JJ"))) {
                    j--;
                }
                return new Span(tokens.get(j).start(), t.end());
            }
        }
        return null;
    }
}
