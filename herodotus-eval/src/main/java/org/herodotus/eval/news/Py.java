package org.herodotus.eval.news;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The few Python value rules the reference news scorer relies on, so the Java scorer reaches the
 * same figures on odd input: truthiness, {@code dict.get} returning None for a missing or null
 * field, and string slicing by code points with Python's clamping of out-of-range indices.
 */
final class Py {

    private Py() {
    }

    /** Python's {@code bool(value)} for a JSON value ({@code null} is a missing field). */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** {@code d.get(field)}: the field, or {@code null} when it is missing or JSON null. */
    static JsonNode get(JsonNode d, String field) {
        if (d == null || !d.isObject()) {
            return null;
        }
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /**
     * A JSON value as a key for equality: strings as {@link String}, null as {@code null}, any
     * other value as its node (never equal to a string, as in Python).
     */
    static Object value(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isTextual() ? v.textValue() : v;
    }

    /** {@code a or b} for JSON values. */
    static JsonNode or(JsonNode a, JsonNode b) {
        return truthy(a) ? a : b;
    }

    /** {@code (value or "")} as a string; a non-string truthy value gives its text. */
    static String str(JsonNode v) {
        if (!truthy(v)) {
            return "";
        }
        return v.isTextual() ? v.textValue() : v.toString();
    }

    /** {@code s.lower()}. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@code len(s)}: code points. */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python's {@code isinstance(v, int)} for a JSON value. */
    static boolean isInt(JsonNode v) {
        return v != null && (v.isIntegralNumber() || v.isBoolean());
    }

    /**
     * {@code text[start:end]} with Python's rules: indices count code points, a negative index
     * counts from the end, indices out of range are clamped, and {@code null} (None) is open.
     */
    static String slice(String text, JsonNode start, JsonNode end) {
        int n = len(text);
        int s = start == null || start.isNull() ? 0 : clamp(start.asLong(), n);
        int e = end == null || end.isNull() ? n : clamp(end.asLong(), n);
        if (e <= s) {
            return "";
        }
        int from = text.offsetByCodePoints(0, s);
        return text.substring(from, text.offsetByCodePoints(from, e - s));
    }

    private static int clamp(long i, int n) {
        if (i < 0) {
            i += n;
        }
        return (int) Math.max(0, Math.min(n, i));
    }
}
