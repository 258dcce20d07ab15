package org.herodotus.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the words the Analysis JSON writes for the model's enums ({@link ClaimType},
 * {@link Certainty}, {@link Modality}): each constant's name in lower case.
 */
final class EnumWords {

    private EnumWords() {
    }

    /** The word of {@code constant}: its name in lower case. */
    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant of {@code type} whose word is {@code word}, ignoring case and surrounding white
     * space.
     *
     * @throws IllegalArgumentException naming {@code word}, {@code what} it should be and the
     *     words there are, when no constant has it
     */
    static <E extends Enum<E>> E of(Class<E> type, String word, Function<E, String> value, String what) {
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (value.apply(e).equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + word + "' (expected one of "
                + Arrays.stream(type.getEnumConstants()).map(value).collect(Collectors.joining(", ")) + ")");
    }
}
