package org.herodotus.claims;

import java.util.Locale;

/**
 * How sure a claim is, from the strongest commitment to the content to the strongest rejection
 * of it. The order matters: combining two certainties keeps the weaker ({@link #weaker}).
 */
enum Certainty {
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

    private final double factuality;

    Certainty(double factuality) {
        this.factuality = factuality;
    }

    /** The label used in the Analysis JSON ("asserted", "probable", …). */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The value on the factuality scale of the research literature, from +3 (certainly so) to -3
     * (certainly not), used when scoring against factuality benchmarks.
     */
    double factuality() {
        return factuality;
    }

    /** The weaker of this and {@code other}: a hedge can only lower certainty, never raise it. */
    Certainty weaker(Certainty other) {
        return other == null || other.ordinal() <= ordinal() ? this : other;
    }

    /** Parses a label as written in the lexicon files ("asserted", …). */
    static Certainty of(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
