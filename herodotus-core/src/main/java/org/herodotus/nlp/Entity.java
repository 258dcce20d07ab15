package org.herodotus.nlp;

/**
 * A named-entity mention found by the recogniser.
 *
 * @param sentence   index of its sentence
 * @param firstToken index of its first token in the sentence
 * @param endToken   index after its last token
 * @param start      start offset in the article text
 * @param end        end offset (exclusive)
 * @param type       PERSON, ORGANIZATION, LOCATION, MISC, …
 * @param text       the mention as written
 */
public record Entity(int sentence, int firstToken, int endToken, int start, int end, String type, String text) {
}
