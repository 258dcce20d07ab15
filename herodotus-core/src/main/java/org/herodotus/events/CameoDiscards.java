package org.herodotus.events;

import java.util.List;
import java.util.Locale;
import org.herodotus.nlp.Token;

/**
 * The phrases of a CAMEO discard list that make a sentence, or a whole story, uncodable
 * ("YEARS LATER", "+MANCHESTER UNITED"); each phrase a sequence of upper-case words, matched
 * against the tokens as written.
 *
 * @param sentence phrases that rule out the sentence they are in
 * @param story    phrases that rule out the whole story
 */
record CameoDiscards(List<List<String>> sentence, List<List<String>> story) {

    /** No discards. */
    static final CameoDiscards NONE = new CameoDiscards(List.of(), List.of());

    CameoDiscards {
        sentence = List.copyOf(sentence);
        story = List.copyOf(story);
    }

    /** Whether a story phrase occurs in {@code tokens}. */
    boolean discardsStory(List<Token> tokens) {
        return containsAny(tokens, story);
    }

    /** Whether a sentence phrase occurs in {@code tokens}. */
    boolean discardsSentence(List<Token> tokens) {
        return containsAny(tokens, sentence);
    }

    private static boolean containsAny(List<Token> tokens, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            for (int i = 0; i + p.size() <= tokens.size(); i++) {
                boolean all = true;
                for (int k = 0; k < p.size() && all; k++) {
                    all = upper(tokens.get(i + k).word()).equals(p.get(k));
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }
}
