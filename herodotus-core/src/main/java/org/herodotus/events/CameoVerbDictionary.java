package org.herodotus.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.nlp.Token;

/**
 * A CAMEO verb dictionary in the TABARI/PETRARCH format, imported so that a corpus can be coded
 * with the verbs and patterns its users already maintain: synonym sets ({@code &NAME} + {@code
 * +phrase} lines), verb blocks ({@code --- NAME [code] ---}, verb lines with optional irregular
 * forms and code), and patterns ({@code - words * words [code]}, where {@code *} is the verb,
 * {@code $} the source, {@code +} the target, {@code %} a compound actor, {@code ^} a skipped
 * phrase, and {@code _} joins words that must be adjacent). CAMEO codes map to PLOVER with a
 * {@link CameoMapping}; a code the mapping does not know codes nothing. An optional discard list
 * names phrases that make a sentence (or, with a leading {@code +}, a whole story) uncodable.
 * Immutable once read.
 */
public final class CameoVerbDictionary {

    /** One element of a pattern. */
    enum Kind { WORDS, SOURCE, TARGET, COMPOUND, SKIP }

    /**
     * A pattern element: a set of alternative word sequences, or a position marker.
     *
     * @param kind     what it is
     * @param phrases  for WORDS, the alternatives (each a sequence of upper-case words)
     * @param adjacent whether it must touch the element on its verb side (joined by {@code _})
     * @param plurals  whether regular plurals of the words match too (synonym sets)
     */
    record Element(Kind kind, List<List<String>> phrases, boolean adjacent, boolean plurals) {
    }

    /**
     * A pattern of a verb block.
     *
     * @param lower    elements before the verb, in text order
     * @param upper    elements after the verb, in text order
     * @param code     the CAMEO code ("064", "032:033", "---")
     * @param words    number of word elements, for ordering: longer patterns are tried first
     * @param origin   file and line
     */
    record VerbPattern(List<Element> lower, List<Element> upper, String code, int words, String origin) {
    }

    /**
     * A verb of a block: its words (the head marked) and its own code.
     *
     * @param words  upper-case words of a compound verb ("WIRE", "TAP"), or one word
     * @param head   index of the verb word proper
     * @param forms  irregular forms given in braces
     * @param code   the verb's own code, else the block's
     * @param patterns the block's patterns, longest first
     */
    record Verb(List<String> words, int head, List<String> forms, String code, List<VerbPattern> patterns) {
    }

    /**
     * A match in a sentence.
     *
     * @param verb     index of the verb token
     * @param first    first token of the verb (compound verbs span several)
     * @param last     last token of the verb
     * @param code     the CAMEO code matched
     * @param source   token index where a {@code $} marker matched, -1 when none
     * @param target   token index where a {@code +} marker matched, -1 when none
     * @param compound whether the pattern codes a compound actor ({@code %})
     * @param context  tokens the pattern's words matched before the verb
     */
    record Match(int verb, int first, int last, String code, int source, int target, boolean compound,
                 List<Integer> context) {
    }

    private static final Pattern BLOCK = Pattern.compile("^---\\s*(.*?)\\s*(\\[[^\\]]*\\])?.*---\\s*$");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern FORMS = Pattern.compile("\\{([^}]*)\\}");

    private final Map<String, List<Verb>> byWord;
    private final CameoMapping mapping;
    private final List<List<String>> sentenceDiscards;
    private final List<List<String>> storyDiscards;

    private CameoVerbDictionary(Map<String, List<Verb>> byWord, CameoMapping mapping, List<List<String>> sentenceDiscards,
                                List<List<String>> storyDiscards) {
        Map<String, List<Verb>> frozen = new HashMap<>();
        byWord.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.byWord = Map.copyOf(frozen);
        this.mapping = mapping;
        this.sentenceDiscards = List.copyOf(sentenceDiscards);
        this.storyDiscards = List.copyOf(storyDiscards);
    }

    /**
     * Reads a verb dictionary, and optionally a discard list.
     *
     * @param verbs    the {@code .verbs} file
     * @param discards the discard list, or null
     * @param mapping  CAMEO to PLOVER
     * @throws IOException when a file cannot be read
     */
    public static CameoVerbDictionary read(Path verbs, Path discards, CameoMapping mapping) throws IOException {
        Map<String, List<Verb>> byWord;
        try (Reader r = Files.newBufferedReader(verbs, StandardCharsets.ISO_8859_1)) {
            byWord = parseVerbs(r, verbs.toString());
        }
        List<List<String>> sentence = new ArrayList<>();
        List<List<String>> story = new ArrayList<>();
        if (discards != null) {
            for (String line : stripComments(Files.readAllLines(discards, StandardCharsets.ISO_8859_1))) {
                String s = line.strip();
                if (s.isEmpty()) {
                    continue;
                }
                boolean wholeStory = s.startsWith("+");
                List<String> words = words(wholeStory ? s.substring(1) : s);
                (wholeStory ? story : sentence).add(words);
            }
        }
        return new CameoVerbDictionary(byWord, mapping, sentence, story);
    }

    /** The CAMEO-to-PLOVER mapping the dictionary codes with. */
    public CameoMapping mapping() {
        return mapping;
    }

    /** Number of verbs (with their synonyms) in the dictionary. */
    public int size() {
        return (int) byWord.values().stream().flatMap(List::stream).distinct().count();
    }

    // ---------------------------------------------------------------- reading

    private static List<String> stripComments(List<String> lines) {
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

    private static Map<String, List<Verb>> parseVerbs(Reader reader, String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String l;
            while ((l = r.readLine()) != null) {
                lines.add(l);
            }
        }
        List<String> clean = stripComments(lines);
        Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
        // synsets first: they may be defined after use
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
        Map<String, List<Verb>> byWord = new HashMap<>();
        String blockCode = "---";
        List<String[]> blockVerbs = new ArrayList<>();   // {words, forms, code}
        List<VerbPattern> blockPatterns = new ArrayList<>();
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
                VerbPattern p = pattern(s.substring(1).strip(), synsets, name + ":" + n);
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

    private static void flush(Map<String, List<Verb>> byWord, List<String[]> verbs, List<VerbPattern> patterns,
                              String blockCode) {
        List<VerbPattern> sorted = new ArrayList<>(patterns);
        sorted.sort(Comparator.comparingInt((VerbPattern p) -> -p.words()));
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
            Verb verb = new Verb(words, head, forms, v[2] != null ? v[2] : blockCode, sorted);
            byWord.computeIfAbsent(words.get(head), k -> new ArrayList<>()).add(verb);
            for (String form : forms) {
                byWord.computeIfAbsent(form, k -> new ArrayList<>()).add(verb);
            }
        }
    }

    private static VerbPattern pattern(String spec, Map<String, List<List<String>>> synsets, String origin) {
        Matcher c = CODE.matcher(spec);
        if (!c.find()) {
            return null;
        }
        String code = c.group(1).strip();
        String body = spec.substring(0, c.start()).strip();
        // "_" joins neighbours that must be adjacent; make it a token of its own
        String[] toks = body.replace("_", " _ ").strip().split("\\s+");
        List<Element> lower = new ArrayList<>();
        List<Element> upper = new ArrayList<>();
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
                    Element last = lower.remove(lower.size() - 1);
                    lower.add(new Element(last.kind(), last.phrases(), true, last.plurals()));
                }
                joinNext = joinedRight;
                continue;
            }
            Element e;
            switch (t) {
                case "$" -> e = new Element(Kind.SOURCE, List.of(), false, false);
                case "+" -> e = new Element(Kind.TARGET, List.of(), false, false);
                case "%" -> e = new Element(Kind.COMPOUND, List.of(), false, false);
                case "^" -> e = new Element(Kind.SKIP, List.of(), false, false);
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
                    e = new Element(Kind.WORDS, phrases, false, t.startsWith("&"));
                }
            }
            if (!seenVerb) {
                // before the verb, "adjacent" means touching the next element toward the verb
                lower.add(new Element(e.kind(), e.phrases(), joinedRight, e.plurals()));
            } else {
                upper.add(new Element(e.kind(), e.phrases(), joinNext || joinedLeft, e.plurals()));
                joinNext = false;
            }
        }
        if (!seenVerb) {
            return null;
        }
        return new VerbPattern(lower, upper, code, words, origin);
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.replace('_', ' ').strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- matching

    /** Says which sentences hold a verb of the dictionary, so that only those are parsed. */
    public ParseFilter parseFilter() {
        return sentence -> {
            for (Token t : sentence.tokens()) {
                if (byWord.containsKey(upper(t.word())) || (t.lemma() != null && byWord.containsKey(upper(t.lemma())))) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Whether a discard phrase rules out the whole story ({@code +} entries of the discard list). */
    boolean discardsStory(List<Token> tokens) {
        return containsAny(tokens, storyDiscards);
    }

    /** Whether a discard phrase rules out this sentence. */
    boolean discardsSentence(List<Token> tokens) {
        return containsAny(tokens, sentenceDiscards);
    }

    private static boolean containsAny(List<Token> tokens, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            for (int i = 0; i + p.size() <= tokens.size(); i++) {
                boolean all = true;
                for (int k = 0; k < p.size() && all; k++) {
                    all = upper(tokens.get(i + k).word()).equals(p.get(k));
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The PLOVER type of a matched code: null when it codes no event or is not a CAMEO code. */
    String plover(String code) {
        if (code == null || code.isBlank() || code.startsWith("-")) {
            return null;
        }
        String t = mapping.plover(code);
        return t == null || t.equals(CameoMapping.NO_EVENT) ? null : t;
    }

    /** The pattern matches of a sentence's verbs. */
    List<Match> match(SentenceGraph g) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            boolean verb = t.pos().startsWith("VB") || (t.pos().startsWith("NN") && g.children(i, "cop").isEmpty()
                    && (!g.children(i, "aux").isEmpty() || !g.children(i, "nsubj").isEmpty()));
            List<Verb> verbs = new ArrayList<>();
            verbs.addAll(byWord.getOrDefault(upper(t.word()), List.of()));
            for (Verb v : byWord.getOrDefault(upper(t.lemma()), List.of())) {
                if (!verbs.contains(v)) {
                    verbs.add(v);
                }
            }
            for (Verb v : verbs) {
                int first = i - v.head();
                int last = first + v.words().size() - 1;
                if (first < 0 || last >= g.size() || !compoundFits(g, v, first, i)
                        || !(verb || v.words().size() > 1)) {
                    continue;
                }
                Match m = matchPatterns(g, v, i, first, last);
                if (m != null) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean compoundFits(SentenceGraph g, Verb v, int first, int head) {
        for (int k = 0; k < v.words().size(); k++) {
            if (first + k == head) {
                continue;
            }
            if (!verbIs(g.token(first + k), v.words().get(k))) {
                return false;
            }
        }
        return true;
    }

    private Match matchPatterns(SentenceGraph g, Verb v, int verb, int first, int last) {
        for (VerbPattern p : v.patterns()) {
            int[] markers = {-1, -1, 0};
            List<Integer> context = new ArrayList<>();
            if (matchLower(g, p.lower(), first, markers, context) && matchUpper(g, p.upper(), last, markers)) {
                return new Match(verb, first, last, p.code(), markers[0], markers[1], markers[2] == 1, context);
            }
        }
        return new Match(verb, first, last, v.code(), -1, -1, false, List.of());
    }

    /** Matches the elements before the verb, from the verb leftwards. */
    private static boolean matchLower(SentenceGraph g, List<Element> elements, int verbFirst, int[] markers,
                                      List<Integer> context) {
        int limit = verbFirst;  // exclusive: a word must end before this token
        for (int e = elements.size() - 1; e >= 0; e--) {
            Element el = elements.get(e);
            if (el.kind() != Kind.WORDS) {
                marker(el, limit - 1, markers);
                continue;
            }
            int found = -1;
            int foundStart = -1;
            for (int end = limit - 1; end >= 0 && found < 0; end--) {
                for (List<String> phrase : el.phrases()) {
                    int start = end - phrase.size() + 1;
                    if (start >= 0 && phraseAt(g, phrase, start, el.plurals())) {
                        found = end;
                        foundStart = start;
                        break;
                    }
                }
                if (el.adjacent()) {
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            for (int k = foundStart; k <= found; k++) {
                context.add(k);
            }
            limit = foundStart;
        }
        return true;
    }

    /** Matches the elements after the verb, from the verb rightwards. */
    private static boolean matchUpper(SentenceGraph g, List<Element> elements, int verbLast, int[] markers) {
        int from = verbLast + 1;
        for (Element el : elements) {
            if (el.kind() != Kind.WORDS) {
                marker(el, from, markers);
                continue;
            }
            int found = -1;
            int foundLen = 0;
            for (int start = from; start < g.size() && found < 0; start++) {
                for (List<String> phrase : el.phrases()) {
                    if (start + phrase.size() <= g.size() && phraseAt(g, phrase, start, el.plurals())) {
                        found = start;
                        foundLen = phrase.size();
                        break;
                    }
                }
                if (el.adjacent()) {
                    break;
                }
            }
            if (found < 0) {
                return false;
            }
            from = found + foundLen;
        }
        return true;
    }

    private static void marker(Element el, int position, int[] markers) {
        switch (el.kind()) {
            case SOURCE -> markers[0] = position;
            case TARGET -> markers[1] = position;
            case COMPOUND -> markers[2] = 1;
            default -> {
            }
        }
    }

    private static boolean phraseAt(SentenceGraph g, List<String> phrase, int start, boolean plurals) {
        for (int k = 0; k < phrase.size(); k++) {
            // a regular plural only for the last word of a synonym-set phrase ("golden galleons")
            if (!wordIs(g.token(start + k), phrase.get(k), plurals && k == phrase.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NEGATIVE_CONTRACTION = Set.of("N'T");

    /** A pattern word matches a token as written; synonym-set words also as regular plurals. */
    private static boolean wordIs(Token t, String word, boolean plurals) {
        String w = upper(t.word());
        if (w.equals(word)) {
            return true;
        }
        if (word.equals("NOT") && NEGATIVE_CONTRACTION.contains(w)) {
            return true;
        }
        return plurals && (w.equals(word + "S") || w.equals(word + "ES") || (word.endsWith("Y")
                && w.equals(word.substring(0, word.length() - 1) + "IES")));
    }

    /** A verb word of the dictionary matches a token as written or by lemma. */
    private static boolean verbIs(Token t, String word) {
        return upper(t.word()).equals(word) || (t.lemma() != null && upper(t.lemma()).equals(word));
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT);
    }
}
