package org.herodotus.model;

/**
 * A stretch of the article text, as {@code [start, end)} character offsets into {@link Article#text()}.
 * Every actor mention, place, trigger and claim part points back to the text through a span, so a
 * reader can always see the words a record came from.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span and {@code other} share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Whether {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The covered text of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
