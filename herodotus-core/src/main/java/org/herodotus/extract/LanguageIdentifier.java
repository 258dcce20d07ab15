package org.herodotus.extract;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * Identifies the language of a text as an ISO 639-1 code: the language whose function words
 * stand out among the text's first words ({@link FunctionWords}); when none does, Lingua decides.
 * The shared instance runs Lingua in low-accuracy mode over the languages of
 * {@code languages.rules} on the first {@value #SAMPLE_CHARS} characters of the body. Lingua's cost grows with text length and with
 * the number of candidate languages, and it dominated extraction time when run over all 75
 * languages on a thousand characters; on article bodies the restricted, shorter setting agrees
 * with high-accuracy mode over all languages and whole texts on about 99% of pages (see
 * docs/extraction.md and {@code herodotus bench extraction --languages}). Low-accuracy mode
 * loads a few tens of MB of models instead of about a gigabyte. Thread-safe.
 */
public final class LanguageIdentifier {

    /** Characters of text looked at; more adds time, hardly accuracy, on article bodies. */
    public static final int SAMPLE_CHARS = 150;
    /** Fewer letters than this tell nothing reliable about a language ("Menu", "Home"). */
    static final int MIN_LETTERS = 20;

    private static final class Holder {
        static final LanguageIdentifier SHARED = new LanguageIdentifier(configured(), true, SAMPLE_CHARS);
        static final LanguageIdentifier STATISTICAL = new LanguageIdentifier(configured(), true, SAMPLE_CHARS, false);
    }

    /** Old or macro-language codes pages declare, and the code Lingua gives for the same language. */
    private static final java.util.Map<String, String> DECLARED_ALIASES = java.util.Map.of(
            "no", "nb", "iw", "he", "in", "id", "ji", "yi");

    private final LanguageDetector detector;
    private final int sampleChars;
    private final FunctionWords functionWords;

    /**
     * A detector over {@code languages} (empty for all of Lingua's), in low-accuracy mode when
     * {@code lowAccuracy}, looking at the first {@code sampleChars} characters of a text.
     */
    public LanguageIdentifier(java.util.Collection<Language> languages, boolean lowAccuracy, int sampleChars) {
        this(languages, lowAccuracy, sampleChars, true);
    }

    /**
     * As {@link #LanguageIdentifier(java.util.Collection, boolean, int)}; when
     * {@code readFunctionWords} is false function words are not read at all, and Lingua reads
     * every text.
     */
    public LanguageIdentifier(java.util.Collection<Language> languages, boolean lowAccuracy, int sampleChars,
                              boolean readFunctionWords) {
        LanguageDetectorBuilder builder = languages.isEmpty()
                ? LanguageDetectorBuilder.fromAllLanguages()
                : LanguageDetectorBuilder.fromLanguages(languages.toArray(new Language[0]));
        builder = builder.withPreloadedLanguageModels();
        if (lowAccuracy) {
            builder = builder.withLowAccuracyMode();
        }
        this.detector = builder.build();
        this.sampleChars = sampleChars;
        this.functionWords = readFunctionWords
                ? new FunctionWords(RuleFile.resource("languages.rules").section("function-words"))
                : null;
    }

    /** The shared detector: the configured languages, low accuracy; models load on first use. */
    public static LanguageIdentifier shared() {
        return Holder.SHARED;
    }

    /** The shared detector's settings with Lingua reading every text, function words unread (for comparisons). */
    public static LanguageIdentifier statisticalOnly() {
        return Holder.STATISTICAL;
    }

    /** The languages named in {@code languages.rules}; empty means all. */
    public static java.util.List<Language> configured() {
        java.util.List<Language> out = new java.util.ArrayList<>();
        for (String name : RuleFile.resource("languages.rules").section("languages")) {
            if (name.equalsIgnoreCase("ALL")) {
                return java.util.List.of();
            }
            try {
                out.add(Language.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("languages.rules: unknown Lingua language " + name, e);
            }
        }
        return java.util.List.copyOf(out);
    }

    /**
     * The ISO 639-1 code of {@code text}'s language, or null when it cannot be told: the language
     * whose function words stand out among the text's first words; only when none does, Lingua
     * decides. Function words over eighty words are both cheaper and surer than Lingua's look at
     * the first {@value #SAMPLE_CHARS} characters, which a headline full of names can mislead (an
     * English report on a concert in Copenhagen read as Danish). A language the page declares is
     * not read here, being wrong on some pages (a German article declared English); the extractor
     * falls back on it when this gives null.
     */
    public String identify(String text) {
        if (functionWords != null) {
            String read = functionWords.dominant(text);
            if (read != null) {
                return read;
            }
        }
        return lingua(text);
    }

    /**
     * A declared language tag ("de-AT", "no") as the ISO 639-1 code Lingua would give, or null
     * when it is not a two-letter code with an optional region ("deu", "x-klingon").
     */
    public static String normalizeDeclared(String declared) {
        if (declared == null || declared.length() < 2) {
            return null;
        }
        String code = declared.substring(0, 2).toLowerCase(Locale.ROOT);
        if (declared.length() > 2 && Character.isLetter(declared.charAt(2))) {
            return null;
        }
        return DECLARED_ALIASES.getOrDefault(code, code);
    }

    /** The ISO 639-1 code of {@code text}'s language by Lingua alone, or null when it cannot be told. */
    private String lingua(String text) {
        if (text == null) {
            return null;
        }
        String sample = sample(text, sampleChars);
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        Language language = detector.detectLanguageOf(sample);
        if (language == Language.UNKNOWN) {
            return null;
        }
        IsoCode639_1 iso = language.getIsoCode639_1();
        return iso == null || iso == IsoCode639_1.NONE ? null : iso.name().toLowerCase(Locale.ROOT);
    }

    /** Up to {@code max} characters, cut at a space so no word is split. */
    static String sample(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max);
    }
}
