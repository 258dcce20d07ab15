package org.herodotus.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * The claims stage's word lists, loaded once from the data files under
 * {@code org/herodotus/claims/} (formats in their header comments and in docs/claims.md):
 * reporting cues, hedges, responsibility patterns and anonymous-source words. Immutable and
 * shared by all threads.
 */
public final class ClaimLexicon {

    /** A reporting cue: a verb, noun or phrase that introduces a claim. */
    record Cue(List<String> lemmas, String pos, Certainty certainty, ClaimType type) {
        Cue {
            lemmas = List.copyOf(lemmas);
        }

        /** The first (head) lemma. */
        String head() {
            return lemmas.get(0);
        }
    }

    /**
     * A hedge: words that lower certainty. {@code after} is non-empty for "x ... y" patterns.
     * {@code reporter} marks the reporter's own doubt about a claim's authenticity ("allegedly",
     * "reportedly"): it lowers how sure the article is that an event it narrates happened, never a
     * claim's certainty, since the claim is still asserted by whoever makes it.
     */
    record Hedge(List<String> before, List<String> after, Certainty certainty, boolean reporter) {
        Hedge {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** A responsibility pattern; items are lemmas or the slots "{A}", "{E}" and "{S}". */
    record Pattern(List<String> items, ClaimType type) {
        Pattern {
            items = List.copyOf(items);
        }
    }

    /**
     * A word that marks an anonymous source: a head noun or a modifier giving the sector, and
     * the most its claims can be (analysts and experts assess, so their claims are at most
     * probable; null: no limit).
     */
    record SourceWord(String lemma, boolean head, String sector, Certainty atMost) {
    }

    private static final Set<String> MODALS = ClaimWords.of("modal-hedges");
    private static final String BASE = "/org/herodotus/claims/";

    private final Map<String, Cue> verbCues;
    private final Map<String, Cue> nounCues;
    private final Map<String, Cue> inNouns;
    private final List<Cue> phraseCues;
    private final List<Hedge> hedges;
    private final List<Pattern> patterns;
    private final Map<String, SourceWord> sourceWords;
    private final List<List<String>> announcers;
    private final List<List<String>> partMarkers;

    private ClaimLexicon(Map<String, Cue> verbCues, Map<String, Cue> nounCues, Map<String, Cue> inNouns,
                         List<Cue> phraseCues, List<Hedge> hedges, List<Pattern> patterns,
                         Map<String, SourceWord> sourceWords, List<List<String>> announcers,
                         List<List<String>> partMarkers) {
        this.verbCues = Map.copyOf(verbCues);
        this.nounCues = Map.copyOf(nounCues);
        this.inNouns = Map.copyOf(inNouns);
        this.phraseCues = List.copyOf(phraseCues);
        this.hedges = List.copyOf(hedges);
        this.patterns = List.copyOf(patterns);
        this.sourceWords = Map.copyOf(sourceWords);
        this.announcers = List.copyOf(announcers);
        this.partMarkers = List.copyOf(partMarkers);
    }

    /** The lexicon shipped with Herodotus, loaded once per JVM (it is immutable). */
    public static ClaimLexicon defaults() {
        return Defaults.INSTANCE;
    }

    private static final class Defaults {
        static final ClaimLexicon INSTANCE = load();
    }

    /** Loads the lexicon files from the class path. */
    public static ClaimLexicon load() {
        Map<String, Cue> verbs = new HashMap<>();
        Map<String, Cue> nouns = new HashMap<>();
        Map<String, Cue> inNouns = new HashMap<>();
        List<Cue> phrases = new ArrayList<>();
        for (LexiconLine line : rows("cues.tsv")) {
            String[] row = line.columns(4);
            Cue cue = new Cue(words(row[0]), row[1], certainty(line, row[2]), type(line, row[3]));
            switch (cue.pos()) {
                case "verb" -> verbs.put(cue.head(), cue);
                case "noun" -> nouns.put(cue.head(), cue);
                case "phrase" -> phrases.add(cue);
                case "in-noun" -> inNouns.put(cue.head(), cue);
                default -> throw line.error("unknown pos " + cue.pos());
            }
        }
        List<Hedge> hedges = new ArrayList<>();
        for (LexiconLine line : rows("hedges.tsv")) {
            String[] row = line.columns(2);
            String phrase = row[0].trim().toLowerCase(Locale.ROOT);
            int gap = phrase.indexOf("...");
            List<String> before = words(gap < 0 ? phrase : phrase.substring(0, gap));
            List<String> after = gap < 0 ? List.of() : words(phrase.substring(gap + 3));
            boolean reporter = row.length > 2 && row[2].trim().equals("reporter");
            if (row.length > 2 && !reporter) {
                throw line.error("third column must be 'reporter' or absent, got '" + row[2] + "'");
            }
            hedges.add(new Hedge(before, after, certainty(line, row[1]), reporter));
        }
        List<Pattern> patterns = new ArrayList<>();
        for (LexiconLine line : rows("responsibility.tsv")) {
            String[] row = line.columns(2);
            patterns.add(new Pattern(words(row[0]), type(line, row[1])));
        }
        Map<String, SourceWord> sources = new HashMap<>();
        for (LexiconLine line : rows("sources.tsv")) {
            String[] row = line.columns(3);
            String lemma = row[0].trim().toLowerCase(Locale.ROOT);
            sources.put(lemma, new SourceWord(lemma, row[1].trim().equals("head"),
                    row[2].trim().equals("-") ? null : row[2].trim(),
                    row.length > 3 && !row[3].trim().equals("-") ? certainty(line, row[3]) : null));
        }
        List<List<String>> announcers = new ArrayList<>();
        List<List<String>> parts = new ArrayList<>();
        for (LexiconLine line : rows("continuations.tsv")) {
            String[] row = line.columns(2);
            switch (row[1].trim()) {
                case "announce" -> announcers.add(words(row[0]));
                case "part" -> parts.add(words(row[0]));
                default -> throw line.error("unknown role " + row[1].trim());
            }
        }
        return new ClaimLexicon(verbs, nouns, inNouns, phrases, hedges, patterns, sources, announcers, parts);
    }

    private static List<String> words(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private static Certainty certainty(LexiconLine line, String label) {
        try {
            return Certainty.of(label);
        } catch (IllegalArgumentException e) {
            throw line.error("unknown certainty '" + label.trim() + "'");
        }
    }

    private static ClaimType type(LexiconLine line, String label) {
        try {
            return ClaimType.of(label);
        } catch (IllegalArgumentException e) {
            throw line.error("unknown claim type '" + label.trim() + "'");
        }
    }

    private static List<LexiconLine> rows(String file) {
        return LexiconFile.resource(ClaimLexicon.class, BASE + file).entries();
    }

    /** The verb cue with this lemma, or null. */
    Cue verbCue(String lemma) {
        return verbCues.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The noun cue with this lemma, or null. */
    Cue nounCue(String lemma) {
        return nounCues.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The noun that names a source after "in" ("In a CNN poll, ..."), or null. */
    Cue inNoun(String lemma) {
        return inNouns.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The multi-word cues ("according to", "claim responsibility", …). */
    List<Cue> phraseCues() {
        return phraseCues;
    }

    /** The hedges. */
    List<Hedge> hedges() {
        return hedges;
    }

    /** The responsibility patterns, in file order. */
    List<Pattern> patterns() {
        return patterns;
    }

    /**
     * The weakest certainty among the hedges found in {@code tokens} (in text order), or
     * {@link Certainty#ASSERTED} when there is none.
     */
    Certainty hedgeCertainty(List<Token> tokens) {
        return hedgeCertainty(tokens, false);
    }

    /**
     * As {@link #hedgeCertainty(List)}, for a claim when {@code claim}: the reporter's hedges
     * ("allegedly") then leave it as sure as its claimant is.
     */
    Certainty hedgeCertainty(List<Token> tokens, boolean claim) {
        Certainty c = Certainty.ASSERTED;
        for (ClaimLexicon.Hedge h : hedges) {
            if (claim && h.reporter()) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (!ClaimLexicon.matchesAt(tokens, i, h.before())) {
                    continue;
                }
                if (h.before().size() == 1 && MODALS.contains(h.before().get(0)) && !tokens.get(i).pos().equals("MD")) {
                    continue; // "May" the month
                }
                if (h.after().isEmpty()) {
                    c = c.weaker(h.certainty());
                    break;
                }
                int from = i + h.before().size();
                for (int j = from; j < tokens.size() && j <= from + 8; j++) {
                    if (ClaimLexicon.matchesAt(tokens, j, h.after())) {
                        c = c.weaker(h.certainty());
                        break;
                    }
                }
            }
        }
        return c;
    }

    /** The anonymous-source word with this lemma, or null. */
    SourceWord sourceWord(String lemma) {
        return sourceWords.get(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Which sentences may hold a claim and so need a dependency parse: those with a reporting
     * verb or noun, a colon or "according to". The nlp stage skips the parse elsewhere. A
     * quotation mark alone is no reason: the quoted sentences after the one that names the speaker
     * are read without a parse, and on BBC news 4 in 127 sentences parsed for their quotation
     * marks alone yielded a claim.
     */
    ParseFilter parseFilter() {
        return this::mayHoldClaim;
    }

    /** Whether {@code sentence} has any of the signs of reported speech. */
    boolean mayHoldClaim(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String lemma = lower(t.lemma());
            String word = t.word();
            if (word.equals(":")) {
                return true;
            }
            if (t.isVerb() && verbCues.containsKey(lemma)) {
                return true;
            }
            if (t.isNoun() && nounCues.containsKey(lemma)) {
                return true;
            }
            for (Cue c : phraseCues) {
                if (matchesAt(tokens, i, c.lemmas())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code tokens} hold a phrase saying that parts follow ("twofold", "two reasons"). */
    boolean announcesParts(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> phrase : announcers) {
                if (matchesAt(tokens, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code sentence} opens with the marker of one part and a comma ("On the other, …"). */
    boolean opensPart(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        for (List<String> phrase : partMarkers) {
            if (matchesAt(tokens, 0, phrase) && tokens.size() > phrase.size()
                    && tokens.get(phrase.size()).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words (or lemmas) of {@code tokens} from {@code i} are {@code words}. */
    static boolean matchesAt(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!matches(tokens.get(i + k), words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token's lower-cased word or lemma is {@code w}. */
    static boolean matches(Token t, String w) {
        return w.equals(lower(t.lemma())) || w.equals(t.word().toLowerCase(Locale.ROOT));
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
