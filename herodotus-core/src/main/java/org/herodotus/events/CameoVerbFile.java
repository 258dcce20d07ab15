package org.herodotus.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TABARI/PETRARCH file formats: a {@code .verbs} file (synonym sets, verb blocks,
 * verb lines and patterns; see {@link CameoVerbDictionary}) into its verbs by word, and a discard
 * list into its phrases. Comments ({@code #}, {@code ;} and {@code <!-- -->}) are dropped. A
 * pattern this reader cannot read (an undefined synonym set, a legacy form) is skipped, as
 * PETRARCH does.
 */
final class CameoVerbFile {

    private static final Pattern BLOCK = Pattern.compile("^---\\s*(.*?)\\s*(\\[[^\\]]*\\])?.*---\\s*$");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern FORMS = Pattern.compile("\\{([^}]*)\\}");

    private CameoVerbFile() {
    }

    /**
     * The verbs of a {@code .verbs} file, under each word that calls them up (the head word and
     * its irregular forms).
     *
     * @param reader the file
     * @param name   its name, for the patterns' origin
     */
    static Map<String, List<CameoVerb>> verbs(Reader reader, String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String l;
            while ((l = r.readLine()) != null) {
                lines.add(l);
            }
        }
        List<String> clean = stripComments(lines);
        Map<String, List<List<String>>> synsets = synsets(clean);
        Map<String, List<CameoVerb>> byWord = new HashMap<>();
        String blockCode = "---";
        List<String[]> blockVerbs = new ArrayList<>();   // {words, forms, code}
        List<CameoVerbPattern> blockPatterns = new ArrayList<>();
        int n = 0;
        boolean inSynset = false;
        for (String line : clean) {
            n++;
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("&")) {
                inSynset = true;
                continue;
            }
            if (s.startsWith("+") && inSynset) {
                continue;
            }
            inSynset = false;
            Matcher block = BLOCK.matcher(s);
            if (s.startsWith("---") && block.matches()) {
                flush(byWord, blockVerbs, blockPatterns, blockCode);
                blockVerbs = new ArrayList<>();
                blockPatterns = new ArrayList<>();
                Matcher code = CODE.matcher(s);
                blockCode = code.find() ? code.group(1).strip() : "---";
                continue;
            }
            if (s.startsWith("-")) {
                CameoVerbPattern p = pattern(s.substring(1).strip(), synsets, name + ":" + n);
                if (p != null) {
                    blockPatterns.add(p);
                }
                continue;
            }
            // a verb line: WORD {FORMS} [CODE]
            String code = null;
            Matcher c = CODE.matcher(s);
            if (c.find()) {
                code = c.group(1).strip();
            }
            String forms = "";
            Matcher f = FORMS.matcher(s);
            if (f.find()) {
                forms = f.group(1);
            }
            String head = s.replaceAll("\\{[^}]*\\}", " ").replaceAll("\\[[^\\]]*\\]", " ").strip();
            if (!head.isEmpty()) {
                blockVerbs.add(new String[] {head.split("\\s+")[0].replace(' ', '_'), forms, code});
            }
        }
        flush(byWord, blockVerbs, blockPatterns, blockCode);
        return byWord;
    }

    /**
     * The phrases of a discard list: a line names a phrase that makes a sentence uncodable, or,
     * with a leading {@code +}, a whole story.
     */
    static CameoDiscards discards(List<String> lines) {
        List<List<String>> sentence = new ArrayList<>();
        List<List<String>> story = new ArrayList<>();
        for (String line : stripComments(lines)) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            boolean wholeStory = s.startsWith("+");
            List<String> words = words(wholeStory ? s.substring(1) : s);
            (wholeStory ? story : sentence).add(words);
        }
        return new CameoDiscards(sentence, story);
    }

    /** The synonym sets ({@code &NAME} and its {@code +phrase} lines), read first: they may be defined after use. */
    private static Map<String, List<List<String>>> synsets(List<String> clean) {
        Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
        String current = null;
        for (String line : clean) {
            String s = line.strip();
            if (s.startsWith("&")) {
                current = s.split("\\s+")[0].substring(1).toUpperCase(Locale.ROOT);
                synsets.putIfAbsent(current, new ArrayList<>());
            } else if (s.startsWith("+") && current != null) {
                synsets.get(current).add(words(s.substring(1)));
            } else if (!s.isEmpty()) {
                current = null;
            }
        }
        return synsets;
    }

    /** The lines without comments, one out per line in (so line numbers stay right). */
    static List<String> stripComments(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean inXml = false;
        for (String raw : lines) {
            StringBuilder sb = new StringBuilder();
            String line = raw;
            while (!line.isEmpty()) {
                if (inXml) {
                    int end = line.indexOf("-->");
                    if (end < 0) {
                        line = "";
                    } else {
                        inXml = false;
                        line = line.substring(end + 3);
                    }
                } else {
                    int start = line.indexOf("<!--");
                    if (start < 0) {
                        sb.append(line);
                        line = "";
                    } else {
                        sb.append(line, 0, start);
                        inXml = true;
                        line = line.substring(start + 4);
                    }
                }
            }
            String s = sb.toString();
            int hash = s.indexOf('#');
            if (hash >= 0) {
                s = s.substring(0, hash);
            }
            int semi = s.indexOf(';');
            if (semi >= 0) {
                s = s.substring(0, semi);
            }
            out.add(s);
        }
        return out;
    }

    /** Files the verbs of a finished block under their words, each with the block's patterns, longest first. */
    private static void flush(Map<String, List<CameoVerb>> byWord, List<String[]> verbs, List<CameoVerbPattern> patterns,
                              String blockCode) {
        List<CameoVerbPattern> sorted = new ArrayList<>(patterns);
        sorted.sort(Comparator.comparingInt((CameoVerbPattern p) -> -p.words()));
        for (String[] v : verbs) {
            List<String> words = new ArrayList<>();
            int head = 0;
            String[] parts = v[0].split("_");
            for (String p : parts) {
                if (p.isEmpty()) {
                    continue;
                }
                if (p.startsWith("+")) {
                    head = words.size();
                    p = p.substring(1);
                }
                words.add(p.toUpperCase(Locale.ROOT));
            }
            if (words.isEmpty()) {
                continue;
            }
            List<String> forms = new ArrayList<>();
            for (String form : v[1].strip().split("\\s+")) {
                if (!form.isBlank()) {
                    String[] fp = form.replace("+", "").split("_");
                    forms.add(fp[Math.min(head, fp.length - 1)].toUpperCase(Locale.ROOT));
                }
            }
            CameoVerb verb = new CameoVerb(words, head, forms, v[2] != null ? v[2] : blockCode, sorted);
            byWord.computeIfAbsent(words.get(head), k -> new ArrayList<>()).add(verb);
            for (String form : forms) {
                byWord.computeIfAbsent(form, k -> new ArrayList<>()).add(verb);
            }
        }
    }

    /** A pattern line after its dash ({@code words * words [code]}), or null when it cannot be read. */
    static CameoVerbPattern pattern(String spec, Map<String, List<List<String>>> synsets, String origin) {
        Matcher c = CODE.matcher(spec);
        if (!c.find()) {
            return null;
        }
        String code = c.group(1).strip();
        String body = spec.substring(0, c.start()).strip();
        // "_" joins neighbours that must be adjacent; make it a token of its own
        String[] toks = body.replace("_", " _ ").strip().split("\\s+");
        List<CameoVerbPattern.Element> lower = new ArrayList<>();
        List<CameoVerbPattern.Element> upper = new ArrayList<>();
        boolean seenVerb = false;
        boolean joinNext = false;
        int words = 0;
        List<Object> seq = new ArrayList<>();  // tokens and "_" markers, with the verb as "*"
        for (String t : toks) {
            if (!t.isEmpty()) {
                seq.add(t);
            }
        }
        for (int i = 0; i < seq.size(); i++) {
            String t = (String) seq.get(i);
            if (t.equals("_")) {
                continue;
            }
            boolean joinedLeft = i > 0 && seq.get(i - 1).equals("_");
            boolean joinedRight = i + 1 < seq.size() && seq.get(i + 1).equals("_");
            if (t.equals("*") || t.equals("**")) {
                if (seenVerb) {
                    return null;
                }
                seenVerb = true;
                if (joinedLeft && !lower.isEmpty()) {
                    CameoVerbPattern.Element last = lower.remove(lower.size() - 1);
                    lower.add(new CameoVerbPattern.Element(last.kind(), last.phrases(), true, last.plurals()));
                }
                joinNext = joinedRight;
                continue;
            }
            CameoVerbPattern.Element e;
            switch (t) {
                case "$" -> e = marker(CameoVerbPattern.Kind.SOURCE);
                case "+" -> e = marker(CameoVerbPattern.Kind.TARGET);
                case "%" -> e = marker(CameoVerbPattern.Kind.COMPOUND);
                case "^" -> e = marker(CameoVerbPattern.Kind.SKIP);
                default -> {
                    List<List<String>> phrases;
                    if (t.startsWith("&")) {
                        phrases = synsets.get(t.substring(1).toUpperCase(Locale.ROOT));
                        if (phrases == null || phrases.isEmpty()) {
                            return null;  // an undefined synset: the pattern is skipped, as PETRARCH does
                        }
                    } else if (t.matches("[A-Za-z0-9'.,-]+")) {
                        phrases = List.of(List.of(t.toUpperCase(Locale.ROOT)));
                    } else {
                        return null;  // "+RST", "{…}" and other legacy forms are not patterns we can read
                    }
                    words++;
                    e = new CameoVerbPattern.Element(CameoVerbPattern.Kind.WORDS, phrases, false, t.startsWith("&"));
                }
            }
            if (!seenVerb) {
                // before the verb, "adjacent" means touching the next element toward the verb
                lower.add(new CameoVerbPattern.Element(e.kind(), e.phrases(), joinedRight, e.plurals()));
            } else {
                upper.add(new CameoVerbPattern.Element(e.kind(), e.phrases(), joinNext || joinedLeft, e.plurals()));
                joinNext = false;
            }
        }
        if (!seenVerb) {
            return null;
        }
        return new CameoVerbPattern(lower, upper, code, words, origin);
    }

    private static CameoVerbPattern.Element marker(CameoVerbPattern.Kind kind) {
        return new CameoVerbPattern.Element(kind, List.of(), false, false);
    }

    /** The upper-case words of a phrase, {@code _} read as a space. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.replace('_', ' ').strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }
}
