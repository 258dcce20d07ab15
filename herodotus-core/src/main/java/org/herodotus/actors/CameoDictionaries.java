package org.herodotus.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads CAMEO actor and agent dictionaries in the PETRARCH formats, so users can bring the
 * dictionaries they already maintain. A CAMEO code becomes a country (its first three letters:
 * "ARNGOV" → ARN) and a PLOVER sector (the first known role code after it: GOV; CAMEO's MED, media,
 * becomes JRN and HLH, health, becomes MED). Prefer {@link ActorDictionary.Builder#addCameoActors}
 * and {@link ActorDictionary.Builder#addCameoAgents}; these methods are the readers behind them.
 */
final class CameoDictionaries {

    /** CAMEO role codes and the PLOVER sector each becomes. */
    private static final Map<String, String> SECTORS = Map.ofEntries(
            Map.entry("GOV", "GOV"), Map.entry("MIL", "MIL"), Map.entry("REB", "REB"), Map.entry("OPP", "OPP"),
            Map.entry("PTY", "PTY"), Map.entry("COP", "COP"), Map.entry("JUD", "JUD"), Map.entry("SPY", "SPY"),
            Map.entry("MED", "JRN"), Map.entry("EDU", "EDU"), Map.entry("BUS", "BUS"), Map.entry("CRM", "CRM"),
            Map.entry("CVL", "CVL"), Map.entry("REL", "REL"), Map.entry("CHR", "REL"), Map.entry("MOS", "REL"),
            Map.entry("JEW", "REL"), Map.entry("BUD", "REL"), Map.entry("HIN", "REL"), Map.entry("MUS", "REL"),
            Map.entry("LAB", "LAB"), Map.entry("REF", "REF"), Map.entry("HLH", "MED"), Map.entry("HRI", "HRI"),
            Map.entry("AGR", "AGR"), Map.entry("ENV", "ENV"), Map.entry("ELI", "ELI"), Map.entry("LEG", "LEG"),
            Map.entry("UAF", "UAF"), Map.entry("SEP", "REB"), Map.entry("INS", "REB"), Map.entry("MNC", "BUS"));

    private static final Pattern CODE_BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
    // whole digit runs, so that a mistyped date ("9008223") is reported rather than read in part
    private static final Pattern DATE_RANGE = Pattern.compile("(?<!\\d)(\\d+)\\s*-\\s*(\\d+)(?!\\d)");
    private static final Pattern BEFORE = Pattern.compile("<\\s*(\\d+)(?!\\d)");
    private static final Pattern AFTER = Pattern.compile(">\\s*(\\d+)(?!\\d)");
    private static final Pattern PLURALS = Pattern.compile("\\{([^}]*)\\}");

    private static final Logger LOG = LoggerFactory.getLogger(CameoDictionaries.class);

    private CameoDictionaries() {
    }

    /** The country and PLOVER sector a CAMEO code stands for; null parts when it says nothing. */
    public static NamedActor.Role roleOf(String cameoCode) {
        String code = cameoCode.trim().toUpperCase(Locale.ROOT);
        int slash = code.indexOf('/');
        if (slash >= 0) {
            code = code.substring(0, slash);
        }
        if (code.length() < 3 || !code.substring(0, 3).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return new NamedActor.Role(null, null, null, null, cameoCode);
        }
        String country = code.substring(0, 3);
        if (SECTORS.containsKey(country)) {
            // A code that starts with a role ("GOV") names no country.
            return new NamedActor.Role(null, SECTORS.get(country), null, null, cameoCode);
        }
        return new NamedActor.Role(country, sectorIn(code.substring(3)), null, null, cameoCode);
    }

    /** The PLOVER sector of the first CAMEO role code in {@code rest} (3-letter groups), or null. */
    static String sectorIn(String rest) {
        String religion = null;
        for (int i = 0; i + 3 <= rest.length(); i += 3) {
            String group = rest.substring(i, i + 3);
            String s = SECTORS.get(group);
            if (s != null) {
                if (!RELIGIONS.contains(group)) {
                    return s;
                }
                religion = religion == null ? s : religion;
            }
        }
        // A religion code qualifies a role ("MUSUAF" is an armed Muslim group): the role wins.
        return religion;
    }

    // CAMEO's religion codes: the dictionaries' notation, so code, not a word list.
    private static final java.util.Set<String> RELIGIONS = java.util.Set.of("CHR", "MOS", "JEW", "BUD", "HIN", "MUS");

    /**
     * Reads a PETRARCH actor dictionary: records of a primary phrase (optionally with a default
     * {@code [CODE]}), synonym lines starting with {@code +}, and date restrictions on indented lines
     * ({@code [CODE <date]}, {@code [CODE >date]}, {@code [CODE date-date]}, {@code [CODE]}).
     * A restriction whose date is not a YYYYMMDD or YYMMDD calendar date (real dictionaries have a
     * few typos, such as "9008223") is skipped with a warning naming {@code source} and the line.
     */
    public static List<NamedActor> readActors(BufferedReader reader, String source) throws IOException {
        List<NamedActor> out = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<NamedActor.Role> roles = new ArrayList<>();
        NamedActor.Role fallback = null;
        boolean inComment = false;
        for (LexiconLine numbered : LexiconFile.read(source, reader).lines()) {
            String line = numbered.text();
            String where = numbered.where();
            if (inComment) {
                if (line.contains("-->")) {
                    inComment = false;
                }
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.startsWith("<!") || trimmed.startsWith("<")) {
                inComment = !trimmed.contains(">") || (trimmed.startsWith("<!--") && !trimmed.contains("-->"));
                continue;
            }
            String content = stripComment(trimmed);
            if (content.isEmpty()) {
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (indented && content.startsWith("[")) {
                Matcher m = CODE_BLOCK.matcher(content);
                if (m.find()) {
                    NamedActor.Role r = dated(m.group(1), where);
                    if (r != null) {
                        roles.add(r);
                    }
                }
            } else if (content.startsWith("+")) {
                phrases.add(phrase(content.substring(1)));
                fallback = codeOf(content, fallback, where);
            } else {
                flush(out, phrases, roles, fallback);
                phrases = new ArrayList<>();
                roles = new ArrayList<>();
                fallback = null;
                phrases.add(phrase(content));
                fallback = codeOf(content, null, where);
            }
        }
        flush(out, phrases, roles, fallback);
        return out;
    }

    /**
     * Reads a PETRARCH agent dictionary: {@code PHRASE {plurals} [~CODE]} lines (or {@code [CODE~]}),
     * substitution sets {@code !NAME! = A, B}, and regular plurals made automatically.
     */
    public static List<AgentTerm> readAgents(BufferedReader reader, String source) throws IOException {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<AgentTerm> out = new ArrayList<>();
        for (LexiconLine line : LexiconFile.read(source, reader).lines()) {
            String content = stripComment(line.text().strip());
            if (content.isEmpty() || content.startsWith("<")) {
                continue;
            }
            if (content.startsWith("!") && content.contains("=")) {
                String name = content.substring(0, content.indexOf('=')).trim();
                List<String> values = new ArrayList<>();
                for (String v : content.substring(content.indexOf('=') + 1).split(",")) {
                    values.add(v.trim());
                }
                substitutions.put(name, values);
                continue;
            }
            Matcher code = CODE_BLOCK.matcher(content);
            if (!code.find()) {
                continue;
            }
            String agentCode = code.group(1).trim();
            String head = content.substring(0, code.start());
            Matcher pl = PLURALS.matcher(head);
            List<String> plurals = null;
            if (pl.find()) {
                plurals = new ArrayList<>();
                for (String p : pl.group(1).trim().split("\\s+")) {
                    if (!p.isBlank()) {
                        plurals.add(p);
                    }
                }
                head = head.substring(0, pl.start());
            }
            String sector;
            String country = null;
            if (agentCode.endsWith("~")) {
                // "NGO~": the code goes before the actor's, so it names the kind of body.
                country = agentCode.substring(0, agentCode.length() - 1).trim().toUpperCase(Locale.ROOT);
                sector = null;
            } else {
                String c = agentCode.replace("~", "").trim().toUpperCase(Locale.ROOT);
                sector = sectorIn(c);
            }
            boolean substituted = head.contains("!");
            for (String form : expand(head.trim(), substitutions)) {
                String singular = phrase(form).toLowerCase(Locale.ROOT);
                add(out, singular, sector, country);
                if (plurals == null) {
                    if (substituted) {
                        continue; // substitution sets list their plurals themselves
                    }
                    add(out, plural(singular), sector, country);
                } else {
                    for (String p : plurals) {
                        add(out, phrase(p).toLowerCase(Locale.ROOT), sector, country);
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<AgentTerm> out, String term, String sector, String country) {
        if (!term.isBlank()) {
            out.add(new AgentTerm(term, sector, country, EnumSet.of(AgentTerm.Kind.AGENT, AgentTerm.Kind.TITLE)));
        }
    }

    private static List<String> expand(String head, Map<String, List<String>> substitutions) {
        for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
            if (head.contains(s.getKey())) {
                List<String> out = new ArrayList<>();
                for (String v : s.getValue()) {
                    out.addAll(expand(head.replace(s.getKey(), v), substitutions));
                }
                return out;
            }
        }
        return List.of(head);
    }

    private static String plural(String word) {
        if (word.endsWith("ss")) {
            return word + "es";
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    private static void flush(List<NamedActor> out, List<String> phrases, List<NamedActor.Role> roles,
                              NamedActor.Role fallback) {
        if (phrases.isEmpty()) {
            return;
        }
        List<NamedActor.Role> all = new ArrayList<>(roles);
        if (fallback != null) {
            all.add(fallback);
        }
        all.removeIf(r -> r.country() == null && r.sector() == null);
        if (all.isEmpty()) {
            return; // a null code ("---"): PETRARCH ignores the phrase, and so do we
        }
        List<NamedActor.Role> dated = new ArrayList<>();
        NamedActor.Role undated = null;
        for (NamedActor.Role r : all) {
            if (r.from() == null && r.to() == null) {
                undated = undated == null ? r : undated;
            } else {
                dated.add(r);
            }
        }
        if (undated != null) {
            // The default applies outside every dated restriction; earlier restrictions win inside.
            dated.add(undated);
        }
        String name = display(phrases.get(0));
        out.add(new NamedActor("org", name, phrases.subList(1, phrases.size()), dated));
    }

    private static NamedActor.Role codeOf(String content, NamedActor.Role current, String where) {
        Matcher m = CODE_BLOCK.matcher(content);
        if (m.find()) {
            NamedActor.Role r = dated(m.group(1), where);
            return r == null ? current : r;
        }
        return current;
    }

    /** The role a code block gives, or null for none (an empty block, or a restriction that cannot be read). */
    private static NamedActor.Role dated(String block, String where) {
        String b = block.trim();
        if (b.isEmpty()) {
            return null;
        }
        String[] parts = b.split("\\s+", 2);
        String code = parts[0];
        String restriction = parts.length > 1 ? parts[1] : "";
        if (code.startsWith("<") || code.startsWith(">") || Character.isDigit(code.charAt(0))) {
            return null; // a restriction without a code
        }
        NamedActor.Role base = roleOf(code);
        LocalDate from = null;
        LocalDate to = null;
        Matcher range = DATE_RANGE.matcher(restriction);
        Matcher before = BEFORE.matcher(restriction);
        Matcher after = AFTER.matcher(restriction);
        try {
            if (range.find()) {
                from = cameoDate(range.group(1));
                to = cameoDate(range.group(2));
            } else if (before.find()) {
                to = cameoDate(before.group(1)).minusDays(1);
            } else if (after.find()) {
                from = cameoDate(after.group(1)).plusDays(1);
            }
        } catch (IllegalArgumentException e) {
            LOG.warn("{}: [{}]: {}; this restriction is skipped", where, b, e.getMessage());
            return null;
        }
        return new NamedActor.Role(base.country(), base.sector(), from, to, code);
    }

    /**
     * YYYYMMDD, or YYMMDD with years 30–99 in the 1900s and 00–29 in the 2000s.
     *
     * @throws IllegalArgumentException when {@code digits} has another length or is no calendar date
     */
    static LocalDate cameoDate(String digits) {
        if (digits.length() != 8 && digits.length() != 6) {
            throw new IllegalArgumentException("date " + digits + " is not YYYYMMDD or YYMMDD");
        }
        try {
            if (digits.length() == 8) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            }
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.of(yy >= 30 ? 1900 + yy : 2000 + yy, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date " + digits + " is not a calendar date", e);
        }
    }


    /** A dictionary phrase as text: underscores and blanks become single spaces; a code block is cut off. */
    static String phrase(String raw) {
        String s = raw;
        int bracket = s.indexOf('[');
        if (bracket >= 0) {
            s = s.substring(0, bracket);
        }
        int brace = s.indexOf('{');
        if (brace >= 0) {
            s = s.substring(0, brace);
        }
        return s.replace('_', ' ').trim().replaceAll("\\s+", " ");
    }

    /** "DAGOLATH" → "Dagolath", "RUFUS T. FIREFLY" → "Rufus T. Firefly": dictionaries shout, names do not. */
    static String display(String phrase) {
        if (!phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
            return phrase;
        }
        StringBuilder out = new StringBuilder(phrase.length());
        boolean start = true;
        for (char ch : phrase.toCharArray()) {
            out.append(start ? ch : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return out.toString();
    }

    private static String stripComment(String s) {
        int hash = s.indexOf('#');
        int semi = s.indexOf(';');
        int cut = hash < 0 ? semi : semi < 0 ? hash : Math.min(hash, semi);
        String out = cut >= 0 ? s.substring(0, cut) : s;
        int xml = out.indexOf("<!--");
        if (xml >= 0) {
            out = out.substring(0, xml);
        }
        return out.strip();
    }
}
