package org.herodotus.events;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;

/**
 * CAMEO event codes to PLOVER 0.8 event types. The shipped table maps by cue category (the PLOVER
 * codebook's translation table); a finer table can be read from a CAMEO-to-PLOVER file whose lines
 * read {@code CODE: TYPE, mode, context # description}. Immutable.
 */
public final class CameoMapping {

    /** What {@link #plover} returns for a code PLOVER codes no event for (CAMEO 01, 02). */
    public static final String NO_EVENT = "";

    private static final String NONE = "-";
    private static final String RESOURCE = "cameo-cues.tsv";
    private static final Pattern FILE_LINE = Pattern.compile("^(\\d{2,5})\\s*:\\s*([A-Za-z]*)");
    private static final Pattern TRAILING_LETTERS = Pattern.compile("(?<=\\d)[A-Za-z]+$");

    private final Map<String, String> table;

    private CameoMapping(Map<String, String> table) {
        this.table = Map.copyOf(table);
    }

    /** The cue-category table shipped with Herodotus. */
    public static CameoMapping builtin() {
        Map<String, String> table = new HashMap<>();
        for (LexiconLine line : LexiconFile.resource(CameoMapping.class, RESOURCE).lines()) {
            String s = PloverCodebook.stripComment(line.text());
            if (!s.isEmpty()) {
                String[] f = s.split("\\s+");
                if (f.length < 2) {
                    throw line.error("expected a CAMEO code and a PLOVER type");
                }
                table.put(f[0], f[1]);
            }
        }
        return new CameoMapping(table);
    }

    /**
     * Reads a CAMEO-to-PLOVER file ({@code CODE: TYPE, mode, context # description}); the first
     * definition of a code wins. Codes 01 and 02 (and their sub-codes) map to no event.
     *
     * @throws IOException when the file cannot be read
     */
    public static CameoMapping load(Path file) throws IOException {
        Map<String, String> table = new HashMap<>();
        table.put("01", NONE);
        table.put("02", NONE);
        List<LexiconLine> lines;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = LexiconFile.read(file.toString(), r).lines();
        }
        for (LexiconLine line : lines) {
            String s = PloverCodebook.stripComment(line.text());
            Matcher m = FILE_LINE.matcher(s);
            if (m.find() && !m.group(2).isEmpty()) {
                table.putIfAbsent(m.group(1), m.group(2).toUpperCase());
            }
        }
        return new CameoMapping(table);
    }

    /**
     * The PLOVER type of a CAMEO code: the full code is looked up, then its 4-, 3- and 2-digit
     * prefixes (a trailing letter, as in "174K", is dropped). {@link #NO_EVENT} when PLOVER codes
     * no event for it (CAMEO 01 and 02); null when the code is unknown (not a CAMEO code).
     */
    public String plover(String cameo) {
        if (cameo == null) {
            return null;
        }
        String code = TRAILING_LETTERS.matcher(cameo.strip()).replaceAll("");
        if (code.length() < 2 || !code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        if (code.startsWith("01") || code.startsWith("02")) {
            return NO_EVENT;
        }
        for (int len = code.length(); len >= 2; len--) {
            if (len < code.length() && len > 4) {
                continue;
            }
            String t = table.get(code.substring(0, len));
            if (t != null) {
                return t.equals(NONE) ? NO_EVENT : t;
            }
        }
        return null;
    }
}
