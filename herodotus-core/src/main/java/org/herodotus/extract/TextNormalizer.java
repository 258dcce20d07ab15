package org.herodotus.extract;

import java.text.Normalizer;

/** Unicode normalisation of extracted text, so equal text is equal code points (NFC). */
final class TextNormalizer {

    private TextNormalizer() {
    }

    /** {@code s} in Normalization Form C; null stays null. */
    static String nfc(String s) {
        if (s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
