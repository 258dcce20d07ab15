package org.herodotus.extract;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Identifies the language of a text as an ISO 639-1 code, with Lingua. The shared instance runs
 * Lingua in low-accuracy mode over all its 75 languages on at most {@value #SAMPLE_CHARS}
 * characters of the body: on article bodies (hundreds of characters and more) it agrees with
 * high-accuracy mode on nearly every page while loading about 80 MB of models instead of about
 * a gigabyte, and is several times faster (see {@code herodotus bench extraction} and
 * docs/extraction.md). Thread-safe.
 */
public final class LanguageIdentifier {

    /** Characters of text looked at; more adds time, not accuracy, on article bodies. */
    public static final int SAMPLE_CHARS = 1000;

    private static final class Holder {
        static final LanguageIdentifier SHARED = new LanguageIdentifier(true);
    }

    private final LanguageDetector detector;

    /** A detector over all Lingua languages; low accuracy mode when {@code lowAccuracy}. */
    public LanguageIdentifier(boolean lowAccuracy) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels();
        if (lowAccuracy) {
            builder = builder.withLowAccuracyMode();
        }
        this.detector = builder.build();
    }

    /** The shared low-accuracy detector; models load on first use (about 2 s). */
    public static LanguageIdentifier shared() {
        return Holder.SHARED;
    }

    /** The ISO 639-1 code of {@code text}'s language, or null when it cannot be told. */
    public String identify(String text) {
        if (text == null) {
            return null;
        }
        String sample = sample(text);
        if (sample.codePoints().filter(Character::isLetter).count() < 3) {
            return null;
        }
        Language language = detector.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return null;
        }
        IsoCode639_1 iso = language.getIsoCode639_1();
        return iso == null || iso == IsoCode639_1.NONE ? null : iso.name().toLowerCase(Locale.ROOT);
    }

    /** Up to {@link #SAMPLE_CHARS} characters, cut at a space so no word is split. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }
}
