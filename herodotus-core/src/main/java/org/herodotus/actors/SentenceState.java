package org.herodotus.actors;

import java.util.List;
import org.herodotus.nlp.Token;

/**
 * What the mention rules of one sentence share while they read it: per token, the dictionary hit
 * and the name mention covering it, and whether a mention has already taken it.
 */
final class SentenceState {
    final String text;
    final int index;
    final List<Token> tokens;
    final DictionaryHit[] hitAt;
    final Mention[] nameAt;
    final boolean[] taken;

    SentenceState(String text, int index, List<Token> tokens, DictionaryHit[] hitAt) {
        this.text = text;
        this.index = index;
        this.tokens = tokens;
        this.hitAt = hitAt;
        this.nameAt = new Mention[tokens.size()];
        this.taken = new boolean[tokens.size()];
    }
}
