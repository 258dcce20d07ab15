package org.herodotus.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How place names are compared: the one normalisation shared by the gazetteer builder (which
 * indexes names) and the resolver (which looks them up), so the two always agree.
 *
 * <p>Three levels, tried in order by the resolver:
 * <ol>
 *   <li>{@link #normalize}: diacritics folded, case folded, apostrophes and ʿayn/hamza marks
 *       dropped, hyphens and punctuation turned into single spaces ("Al-Qayyārah" → "al qayyarah",
 *       "U.S." → "us");</li>
 *   <li>{@link #stripArticle}: a leading Arabic article removed ("al qayyarah" → "qayyarah",
 *       "ar rutbah" → "rutbah");</li>
 *   <li>{@link #skeleton}: common transliteration variants merged ("ain al assad" and "ayn al asad"
 *       → "ain asad"): doubled letters collapsed, q/k, ou/u, ee/i, final -h after a vowel, and
 *       Ain/Ayn/Ein as one word.</li>
 * </ol>
 *
 * <p>Not part of the library API; used by herodotus-gazetteer, which builds the gazetteer with the
 * same normalisation.
 */
public final class Names {

    /** Marker put before skeleton keys in the index so they never collide with plain names. */
    public static final char SKELETON_MARK = '~';

    private static final Set<String> ARTICLES = PlaceWords.of("arabic-articles");

    private Names() {
    }

    /**
     * The comparison form of {@code name}: lower case ASCII letters and digits separated by single
     * spaces. Returns "" for a name with no Latin letter or digit (e.g. Arabic or Chinese script).
     */
    public static String normalize(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String d = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(d.length());
        boolean space = true;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            String mapped = fold(c);
            if (mapped == null) {
                continue;
            }
            if (mapped.isEmpty()) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            for (int k = 0; k < mapped.length(); k++) {
                char m = mapped.charAt(k);
                if ((m >= 'a' && m <= 'z') || (m >= '0' && m <= '9')) {
                    sb.append(m);
                    space = false;
                } else {
                    // a letter of another script: the name cannot be compared as Latin text
                    return "";
                }
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    /**
     * One source character → its folded form: null to drop it (combining marks, apostrophes,
     * periods inside abbreviations), "" for a word break, else lower-case ASCII.
     */
    private static String fold(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return String.valueOf(c);
        }
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf((char) (c + 32));
        }
        switch (c) {
            case '\'': case '\u2019': case '\u2018': case '\u02BF': case '\u02BE': case '\u02BC':
            case '`': case '\u00B4': case '.': case '\u02BB':
                return null;
            case ' ': case '-': case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014':
            case ',': case '/': case '(': case ')': case '\t': case '\n': case '\u00A0': case '_': case '&':
            case ';': case ':': case '"': case '\u201C': case '\u201D': case '!': case '?': case '+':
                return "";
            case '\u0131': return "i";
            case '\u00F8': case '\u00D8': return "o";
            case '\u0142': case '\u0141': return "l";
            case '\u00DF': return "ss";
            case '\u00E6': case '\u00C6': return "ae";
            case '\u0153': case '\u0152': return "oe";
            case '\u0111': case '\u0110': case '\u00F0': case '\u00D0': return "d";
            case '\u00FE': case '\u00DE': return "th";
            case '\u0127': case '\u0126': return "h";
            default:
                break;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return null;
        }
        if (Character.isLetter(c)) {
            String lower = String.valueOf(Character.toLowerCase(c));
            return lower.chars().allMatch(x -> x >= 'a' && x <= 'z') ? lower : "\u0000";
        }
        if (Character.isDigit(c)) {
            return "\u0000";
        }
        return "";
    }

    /** {@code normalized} without a leading Arabic article ("al qayyarah" → "qayyarah"); unchanged if none. */
    public static String stripArticle(String normalized) {
        int sp = normalized.indexOf(' ');
        if (sp > 0 && ARTICLES.contains(normalized.substring(0, sp))) {
            return normalized.substring(sp + 1);
        }
        return normalized;
    }

    /**
     * The transliteration-tolerant form of a normalised name: articles removed everywhere,
     * Ain/Ayn/Ein unified, q→k, ou→u, ee→i, ph→f, a final h after a vowel dropped, doubled letters
     * collapsed ("ain al assad" → "ain asad", "qayyarah" → "kayara").
     */
    public static String skeleton(String normalized) {
        if (normalized.isEmpty()) {
            return "";
        }
        String[] words = normalized.split(" ");
        List<String> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (ARTICLES.contains(w) && i < words.length - 1) {
                continue;
            }
            if (w.equals("ayn") || w.equals("ein") || w.equals("ayin") || w.equals("ayun")) {
                w = "ain";
            }
            w = w.replace("ou", "u").replace("ee", "i").replace("ph", "f").replace('q', 'k');
            if (w.length() > 3 && w.endsWith("h") && isVowel(w.charAt(w.length() - 2))) {
                w = w.substring(0, w.length() - 1);
            }
            StringBuilder sb = new StringBuilder(w.length());
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (k == 0 || c != w.charAt(k - 1)) {
                    sb.append(c);
                }
            }
            out.add(sb.toString());
        }
        return String.join(" ", out);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Every index key for one written name: the normalised form, the form without a leading
     * article, and the skeleton (marked with {@link #SKELETON_MARK}). Empty when the name has no
     * Latin letters.
     */
    public static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>(4);
        String n = normalize(name);
        if (n.isEmpty()) {
            return keys;
        }
        keys.add(n);
        String s = stripArticle(n);
        keys.add(s);
        String sk = skeleton(n);
        if (!sk.isEmpty()) {
            keys.add(SKELETON_MARK + sk);
        }
        return keys;
    }

    /**
     * Levenshtein distance between {@code a} and {@code b}, or {@code max + 1} as soon as it is
     * known to exceed {@code max}.
     */
    public static int boundedDistance(String a, String b, int max) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > max) {
            return max + 1;
        }
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= lb; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                cur[j] = v;
                if (v < rowMin) {
                    rowMin = v;
                }
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[lb];
    }
}
