package org.herodotus.model;

/**
 * What a claim does: names who is responsible, accuses, denies, or simply states. The Analysis
 * JSON writes it as its {@link #value() word} ({@code "responsibility"}, …).
 */
public enum ClaimType {
    /** Says who did it ("Iran is behind the attacks", "X claimed responsibility"). */
    RESPONSIBILITY,
    /** Accuses or blames someone ("X blamed Y for ..."). */
    ACCUSATION,
    /** Denies or rejects something, often responsibility. */
    DENIAL,
    /** Anything else that is reported as said, written or believed. */
    STATEMENT;

    private final String value = EnumWords.word(this);

    /** The word of the Analysis JSON, of the store's columns and of the lexicon files ("responsibility", …). */
    public String value() {
        return value;
    }

    /**
     * The type whose {@link #value() word} is {@code word}, ignoring case and surrounding white
     * space.
     *
     * @throws IllegalArgumentException naming {@code word} when no type has it
     */
    public static ClaimType of(String word) {
        return EnumWords.of(ClaimType.class, word, ClaimType::value, "claim type");
    }
}
