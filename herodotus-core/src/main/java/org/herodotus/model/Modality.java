package org.herodotus.model;

/**
 * Whether the text tells an event as done, or as something to come, possible or wanted. The
 * Analysis JSON writes it as its {@link #value() word} ({@code "asserted"}, …).
 */
public enum Modality {
    /** Told as happened, or happening ("rockets struck the base"). */
    ASSERTED,
    /** Announced or scheduled, not yet done ("will impose sanctions", "said it would withdraw"). */
    FUTURE,
    /** Only possible: under a condition or a hedge ("if Russia invades Ukraine", "could", "may"). */
    HYPOTHETICAL,
    /**
     * Wanted, asked for or aimed at, not done ("a campaign for sanctions", "wants talks"). The
     * events stage codes no such event; the word is part of the contract all the same.
     */
    INTENDED;

    private final String value = EnumWords.word(this);

    /** The word of the Analysis JSON and of the store's columns ("asserted", …). */
    public String value() {
        return value;
    }

    /**
     * The modality whose {@link #value() word} is {@code word}, ignoring case and surrounding
     * white space.
     *
     * @throws IllegalArgumentException naming {@code word} when no modality has it
     */
    public static Modality of(String word) {
        return EnumWords.of(Modality.class, word, Modality::value, "modality");
    }
}
