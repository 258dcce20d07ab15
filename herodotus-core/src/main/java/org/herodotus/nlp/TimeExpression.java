package org.herodotus.nlp;

/**
 * A time expression and its normalised value, relative to the publication date when there is one.
 *
 * @param sentence index of its sentence
 * @param start    start offset in the article text
 * @param end      end offset (exclusive)
 * @param text     the expression as written ("last Tuesday")
 * @param value    normalised ISO 8601 value ("2019-12-10", "2019-12", "2019-W50"), null when it
 *                 cannot be pinned down
 */
public record TimeExpression(int sentence, int start, int end, String text, String value) {
}
