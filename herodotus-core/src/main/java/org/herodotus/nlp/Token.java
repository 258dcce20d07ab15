package org.herodotus.nlp;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param start start offset in the article text
 * @param end   end offset in the article text (exclusive)
 * @param word  the token as written
 * @param pos   Penn Treebank part-of-speech tag
 * @param lemma dictionary form
 * @param ner   named-entity tag (PERSON, ORGANIZATION, LOCATION, …) or "O"
 */
public record Token(int index, int start, int end, String word, String pos, String lemma, String ner) {

    /** Whether the part of speech is a verb of any form. */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** Whether the part of speech is a common or proper noun. */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
