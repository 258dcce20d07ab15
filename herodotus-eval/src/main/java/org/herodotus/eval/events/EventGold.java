package org.herodotus.eval.events;

import org.herodotus.eval.JsonLines;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.events.CameoMapping;

/**
 * Reads event gold files (JSON Lines) of the two shapes the benchmark uses: CAMEO-coded sentences
 * ({@code "expected": [{"source", "target", "event"}]}, the PETRARCH unit tests) and PLOVER records
 * ({@code "event", "source": [{"code"}], "target": [...]}). The counting rules follow the
 * benchmark's scorer: CAMEO codes map to PLOVER with the given table and 01/02 mean no event; a
 * code with no mapping, {@code sentence="false"} and input-format tests leave the sentence
 * unscored; old PLOVER names are renamed.
 */
public final class EventGold {

    /** The PLOVER 0.8 event types. */
    public static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT");
    private static final Map<String, String> OLD_NAMES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT", "SACTION", "SANCTION");
    private static final Map<String, String> COUNTRY_ALIAS = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
    private static final Set<String> SKIP_ERRORS = Set.of("dateline", "bad_input_parse");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{3}");

    private EventGold() {
    }

    /**
     * Reads a gold file ({@code .gz} accepted).
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming file and line of a line that is not JSON
     */
    public static List<GoldSentence> read(Path file, CameoMapping mapping) throws IOException {
        List<GoldSentence> out = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(file)) {
            out.add(unit(line.json(), mapping));
        }
        return out;
    }


    static GoldSentence unit(JsonNode rec, CameoMapping mapping) {
        String id = rec.path("id").asText();
        String text = rec.path("text").asText("");
        LocalDate date = date(rec.path("date").asText(null));
        if (rec.has("expected")) {
            return cameoUnit(rec, id, text, date, mapping);
        }
        String ev = eventName(rec.path("event").asText(""));
        if (!PLOVER_TYPES.contains(ev)) {
            return new GoldSentence(id, text, date, false, "not a PLOVER type", Set.of(), Set.of());
        }
        JsonNode src = rec.get("source");
        JsonNode tgt = rec.get("target");
        boolean srcList = src != null && src.isArray();
        boolean tgtList = tgt != null && tgt.isArray();
        if (!srcList && !tgtList) {
            return new GoldSentence(id, text, date, true, "", Set.of(ev), null);
        }
        Set<Triple> triples = new LinkedHashSet<>();
        for (String a : countries(srcList ? src : null)) {
            for (String b : countries(tgtList ? tgt : null)) {
                triples.add(new Triple(a, b, ev));
            }
        }
        return new GoldSentence(id, text, date, true, "", Set.of(ev), triples);
    }

    private static GoldSentence cameoUnit(JsonNode rec, String id, String text, LocalDate date, CameoMapping mapping) {
        if (rec.path("sentence").asText("true").equalsIgnoreCase("false")) {
            return new GoldSentence(id, text, date, false, "sentence=false", Set.of(), Set.of());
        }
        if (SKIP_ERRORS.contains(rec.path("error").asText(""))) {
            return new GoldSentence(id, text, date, false, "input-format test", Set.of(), Set.of());
        }
        if (rec.path("evaluate").asText("true").equalsIgnoreCase("false")) {
            return new GoldSentence(id, text, date, false, "evaluate=false", Set.of(), Set.of());
        }
        Set<String> types = new LinkedHashSet<>();
        Set<Triple> triples = new LinkedHashSet<>();
        for (JsonNode e : rec.path("expected")) {
            String ev = mapping.plover(e.path("event").asText(""));
            if (ev == null) {
                return new GoldSentence(id, text, date, false, "unmapped CAMEO code", Set.of(), Set.of());
            }
            if (ev.equals(CameoMapping.NO_EVENT)) {
                continue;
            }
            types.add(ev);
            triples.add(new Triple(country(e.path("source").asText("")), country(e.path("target").asText("")), ev));
        }
        return new GoldSentence(id, text, date, true, "", types, triples);
    }

    /** An event name in upper case with the old PLOVER names renamed. */
    public static String eventName(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return OLD_NAMES.getOrDefault(n, n);
    }

    /** The country of an actor code: its first three letters when those are A-Z, else "". */
    public static String country(String code) {
        String c = code == null ? "" : code.strip();
        c = c.replaceAll("^\"+|\"+$", "").strip();
        Matcher m = COUNTRY.matcher(c);
        if (!m.find()) {
            return "";
        }
        return COUNTRY_ALIAS.getOrDefault(m.group(), m.group());
    }

    /** Countries of a PLOVER actor list ([{"code": …}]) or of null: never empty ("" for unknown). */
    static List<String> countries(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (JsonNode v : list) {
                String code = v.isObject() ? first(v.path("country").asText(""), v.path("code").asText("")) : v.asText("");
                out.add(country(code));
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            if (s.matches("\\d{8}")) {
                return LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
            }
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
