package org.herodotus.model;

/**
 * How sure a claim is, from the strongest commitment to the content to the strongest rejection
 * of it. The order matters: combining two certainties keeps the weaker ({@link #weaker}). The
 * Analysis JSON writes it as its {@link #value() word} ({@code "asserted"}, …).
 */
public enum Certainty {
    /** Stated as fact ("The perpetrators are ..."). */
    ASSERTED(3.0),
    /** Believed but hedged ("I suspect", "most likely", "reportedly"). */
    PROBABLE(1.5),
    /** Put forward as one possibility ("may", "might", "difficult to pin down"). */
    POSSIBLE(0.5),
    /** The speaker says it is not so ("denied", "rejected"). */
    DENIED(-2.0),
    /** Shown or declared false ("the hypothesis ... falls", "ruled out"). */
    REFUTED(-3.0);

    private final String value = EnumWords.word(this);
    private final double factuality;

    Certainty(double factuality) {
        this.factuality = factuality;
    }

    /** The word of the Analysis JSON, of the store's columns and of the lexicon files ("asserted", …). */
    public String value() {
        return value;
    }

    /**
     * The value on the factuality scale of the research literature, from +3 (certainly so) to -3
     * (certainly not), used when scoring against factuality benchmarks.
     */
    public double factuality() {
        return factuality;
    }

    /** The weaker of this and {@code other}: a hedge can only lower certainty, never raise it. */
    public Certainty weaker(Certainty other) {
        return other == null || other.ordinal() <= ordinal() ? this : other;
    }

    /**
     * The certainty whose {@link #value() word} is {@code word}, ignoring case and surrounding
     * white space.
     *
     * @throws IllegalArgumentException naming {@code word} when no certainty has it
     */
    public static Certainty of(String word) {
        return EnumWords.of(Certainty.class, word, Certainty::value, "certainty");
    }
}
