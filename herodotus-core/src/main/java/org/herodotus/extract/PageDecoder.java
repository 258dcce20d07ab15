package org.herodotus.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns page bytes into text. The charset comes from, in order: a byte order mark; the charset
 * the container declared (HTTP header of a WARC record); a {@code <meta charset>} or
 * {@code http-equiv} declaration in the first 4 KB; detection. A declaration is not trusted
 * blindly: bytes declared UTF-8 that are not valid UTF-8 are detected instead, and bytes declared
 * Latin-1 that are valid multi-byte UTF-8 are read as UTF-8 (both are common publishing slips).
 * Detection uses juniversalchardet, plus a check for Arabic windows-1256, which that library does
 * not know. Stateless and thread-safe.
 */
final class PageDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /**
     * Decoded text and how its charset was found.
     *
     * @param text     the text, without byte order mark
     * @param charset  the charset used
     * @param how      where the charset came from: bom, container, meta, detected, default
     * @param problem  what was wrong with the bytes, or null (undecodable bytes, binary data,
     *                 a declaration contradicted by the bytes)
     * @param binary   whether the bytes are not text at all
     */
    public record Decoded(String text, Charset charset, String how, String problem, boolean binary) {
    }

    /** Decodes {@code bytes}; {@code declared} is the container's charset or null. */
    public Decoded decode(byte[] bytes, String declared, boolean html) {
        if (bytes.length >= 2) {
            int b0 = bytes[0] & 0xff;
            int b1 = bytes[1] & 0xff;
            if (bytes.length >= 3 && b0 == 0xEF && b1 == 0xBB && (bytes[2] & 0xff) == 0xBF) {
                return strict(bytes, 3, StandardCharsets.UTF_8, "bom");
            }
            if (b0 == 0xFE && b1 == 0xFF) {
                return strict(bytes, 2, StandardCharsets.UTF_16BE, "bom");
            }
            if (b0 == 0xFF && b1 == 0xFE) {
                return strict(bytes, 2, StandardCharsets.UTF_16LE, "bom");
            }
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16, "detected");
        }
        if (looksBinary(bytes)) {
            return new Decoded("", StandardCharsets.ISO_8859_1, "detected", "binary data, not a text or HTML page", true);
        }
        Charset fromContainer = charset(declared);
        Charset fromMeta = html ? declaredInPage(bytes) : null;
        Charset claimed = fromContainer != null ? fromContainer : fromMeta;
        String how = fromContainer != null ? "container" : "meta";
        if (claimed == null) {
            return detect(bytes);
        }
        String asUtf8 = utf8OrNull(bytes, 0);
        if (claimed.equals(StandardCharsets.UTF_8) || claimed.equals(StandardCharsets.US_ASCII)) {
            if (asUtf8 != null) {
                return new Decoded(asUtf8, StandardCharsets.UTF_8, how, null, false);
            }
            Decoded d = detect(bytes);
            String note = "declared charset " + claimed.name() + " does not match the bytes; read as " + d.charset().name();
            return new Decoded(d.text(), d.charset(), "detected", d.problem() != null ? note + "; " + d.problem() : note, false);
        }
        if (isLatin(claimed) && asUtf8 != null && asUtf8.length() != bytes.length) {
            return new Decoded(asUtf8, StandardCharsets.UTF_8, "detected", null, false);
        }
        if (isLatin(claimed) && looksArabic1256(bytes)) {
            String note = "declared charset " + claimed.name() + " does not match the bytes; read as windows-1256";
            Decoded d = strict(bytes, 0, WINDOWS_1256, "detected");
            return new Decoded(d.text(), d.charset(), d.how(), note, false);
        }
        if (claimed.name().startsWith("UTF-16") || claimed.name().startsWith("UTF-32")) {
            // Markup we could read as ASCII is not UTF-16 without a byte order mark: a stale label.
            return detect(bytes);
        }
        return strict(bytes, 0, latin1AsWindows(claimed), how);
    }

    private Decoded detect(byte[] bytes) {
        String asUtf8 = utf8OrNull(bytes, 0);
        if (asUtf8 != null) {
            return new Decoded(asUtf8, StandardCharsets.UTF_8, asUtf8.length() != bytes.length ? "detected" : "default", null, false);
        }
        Charset guess = null;
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 18));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name != null) {
            guess = charset(name);
        }
        double arabic = arabicShare1256(bytes);
        // Nearly all high bytes reading as Arabic letters is Arabic whatever the general
        // detector guessed (it often says windows-1251); a weaker sign counts when it had no idea.
        if (arabic >= 0.9 || (guess == null || isLatin(guess)) && arabic > 0.7) {
            guess = WINDOWS_1256;
        }
        if (guess == null) {
            return strict(bytes, 0, WINDOWS_1252, "default");
        }
        return strict(bytes, 0, latin1AsWindows(guess), "detected");
    }

    /** Decodes, replacing bad sequences; notes a problem when more than a trace was replaced. */
    private static Decoded strict(byte[] bytes, int offset, Charset cs, String how) {
        if (cs.equals(StandardCharsets.UTF_8)) {
            String s = utf8OrNull(bytes, offset);
            if (s != null) {
                return new Decoded(s, cs, how, null, false);
            }
        }
        String text = new String(bytes, offset, bytes.length - offset, cs);
        long replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                replaced++;
            }
        }
        String problem = replaced > Math.max(3, text.length() / 1000)
                ? replaced + " byte sequences are not valid " + cs.name() + " and were replaced"
                : null;
        return new Decoded(text, cs, how, problem, false);
    }

    /** The charset named in a meta tag or XML declaration in the first 4 KB, or null. */
    static Charset declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher x = XML_ENCODING.matcher(head);
        if (x.find()) {
            Charset cs = charset(x.group(1));
            if (cs != null) {
                return cs;
            }
        }
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset cs = charset(m.group(1));
            if (cs != null) {
                return cs;
            }
        }
        return null;
    }

    /** The charset of that name, or null when unknown or unsupported. */
    static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return null;
        }
        if (n.equals("utf8")) {
            n = "utf-8";
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isLatin(Charset cs) {
        String n = cs.name();
        return n.equals("ISO-8859-1") || n.equals("windows-1252") || n.equals("US-ASCII") || n.equals("ISO-8859-15");
    }

    /** Browsers read ISO-8859-1 and ASCII labels as windows-1252 (HTML standard); so do we. */
    private static Charset latin1AsWindows(Charset cs) {
        return cs.name().equals("ISO-8859-1") || cs.name().equals("US-ASCII") ? WINDOWS_1252 : cs;
    }

    /**
     * The bytes as UTF-8 when they are UTF-8, else null. Decoding first and looking for the
     * replacement character is far faster than validating byte by byte, and only the rare text
     * that holds one (malformed, or a literal U+FFFD) is validated.
     */
    private static String utf8OrNull(byte[] b, int offset) {
        String s = new String(b, offset, b.length - offset, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        return isValidUtf8(b, offset) ? s : null;
    }

    static boolean isValidUtf8(byte[] b) {
        return isValidUtf8(b, 0);
    }

    private static boolean isValidUtf8(byte[] b, int from) {
        int i = from;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= n) {
                    return true; // a sequence cut off at the very end: a truncated capture, still UTF-8
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += need + 1;
        }
        return true;
    }

    /** UTF-16 without a byte order mark shows as a NUL in every other byte of ASCII markup. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 1024) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Control bytes other than tab, newline, form feed and carriage return mean binary data. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        if (n == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return control > n / 100 + 1;
    }

    /**
     * Arabic text in windows-1256 is runs of bytes 0xC1-0xFE (letters) separated by ASCII spaces,
     * where Latin text has isolated high bytes inside ASCII words. Decoded, such runs are Arabic
     * letters.
     */
    static boolean looksArabic1256(byte[] b) {
        return arabicShare1256(b) > 0.7;
    }

    /**
     * Of the non-ASCII characters the bytes give as windows-1256, the share of Arabic letters;
     * 0 when the high bytes are isolated (Latin accents) rather than in runs (words).
     */
    static double arabicShare1256(byte[] b) {
        int high = 0;
        int inRuns = 0;
        int run = 0;
        int n = Math.min(b.length, 1 << 16);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c >= 0x80) {
                high++;
                run++;
            } else {
                if (run >= 3) {
                    inRuns += run;
                }
                run = 0;
            }
        }
        if (run >= 3) {
            inRuns += run;
        }
        if (high < 20 || inRuns < high * 0.6) {
            return 0;
        }
        String s = new String(b, 0, n, WINDOWS_1256);
        int arabic = 0;
        int nonAscii = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (c >= 0x0600 && c <= 0x06FF) {
                    arabic++;
                }
            }
        }
        return nonAscii == 0 ? 0 : (double) arabic / nonAscii;
    }
}
