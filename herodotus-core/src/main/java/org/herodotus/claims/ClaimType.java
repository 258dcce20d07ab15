package org.herodotus.claims;

import java.util.Locale;

/** What a claim does: names who is responsible, accuses, denies, or simply states. */
enum ClaimType {
    /** Says who did it ("Iran is behind the attacks", "X claimed responsibility"). */
    RESPONSIBILITY,
    /** Accuses or blames someone ("X blamed Y for ..."). */
    ACCUSATION,
    /** Denies or rejects something, often responsibility. */
    DENIAL,
    /** Anything else that is reported as said, written or believed. */
    STATEMENT;

    /** The label used in the Analysis JSON ("responsibility", …). */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label as written in the lexicon files. */
    static ClaimType of(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
