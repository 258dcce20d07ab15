package org.herodotus.eval.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's text rules as the reference scorer applies them: {@code re.findall(r"\w+")} (Unicode
 * letters, numbers and the underscore; no combining marks) and {@code re.sub(r"\s+", " ", s).strip()}
 * (Python's whitespace set, which differs from Java's). Working on code points, as Python does.
 */
final class PyText {

    private PyText() {
    }

    /** Python's {@code str.isalnum() or c == '_'} for one code point. */
    static boolean isWordChar(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    /** Python's {@code str.isspace()} for one code point. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 || cp == 0xa0
                || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029
                || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** {@code re.findall(r"\w+", text)}. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean w = isWordChar(cp);
            if (w && start < 0) {
                start = i;
            } else if (!w && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** {@code re.sub(r"\s+", " ", text).strip()}. */
    static String squash(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean inSpace = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                inSpace = true;
            } else {
                if (inSpace && b.length() > 0) {
                    b.append(' ');
                }
                inSpace = false;
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
