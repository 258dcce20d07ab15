package org.herodotus.actors;

import java.util.Set;
import org.herodotus.lexicon.WordClasses;

/**
 * The closed word classes the actor mention rules read: prepositions, place heads, honorifics,
 * read once from {@code words.txt} (format and what each class is for in that file); and the
 * noun-phrase tags, which are the parser's tag set, not words.
 */
final class PhraseWords {

    private static final WordClasses WORDS = WordClasses.load(PhraseWords.class, "/org/herodotus/actors/words.txt");

    /** Words after a country name that make it a place ("Baghdad airport", "Basra province"). */
    static final Set<String> PLACE_HEADS = of("place-heads");
    /** Words that may stand between a preposition and the place ("in southern Lebanon"). */
    static final Set<String> COMPASS = of("compass");
    /** Prepositions after an agent phrase that join a country to it ("students throughout Indonesia"). */
    static final Set<String> OWN_PLACE = of("own-place");
    /** The part-of-speech tags a noun phrase is made of: the parser's (Penn Treebank) tags, so code, not a word list. */
    static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "PRP$", "POS", "HYPH");

    private PhraseWords() {
    }

    /** The words of class {@code name} of {@code words.txt}; fails naming the file when there is no such class. */
    static Set<String> of(String name) {
        return WORDS.get(name);
    }
}
