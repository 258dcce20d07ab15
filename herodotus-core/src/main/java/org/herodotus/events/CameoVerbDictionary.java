package org.herodotus.events;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Immutable once read. This class is the front door: {@link CameoVerbFile} reads the files,
 * {@link CameoPatternMatcher} matches the verbs and patterns, {@link CameoDiscards} holds the
 * discard list.
 */
public final class CameoVerbDictionary {

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

    private final CameoPatternMatcher matcher;
    private final CameoMapping mapping;
    private final CameoDiscards discards;

    private CameoVerbDictionary(CameoPatternMatcher matcher, CameoMapping mapping, CameoDiscards discards) {
        this.matcher = matcher;
        this.mapping = mapping;
        this.discards = discards;
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
        CameoPatternMatcher matcher;
        try (Reader r = Files.newBufferedReader(verbs, StandardCharsets.ISO_8859_1)) {
            matcher = new CameoPatternMatcher(CameoVerbFile.verbs(r, verbs.toString()));
        }
        CameoDiscards discarded = discards == null ? CameoDiscards.NONE
                : CameoVerbFile.discards(Files.readAllLines(discards, StandardCharsets.ISO_8859_1));
        return new CameoVerbDictionary(matcher, mapping, discarded);
    }

    /** The CAMEO-to-PLOVER mapping the dictionary codes with. */
    public CameoMapping mapping() {
        return mapping;
    }

    /** Number of verbs (with their synonyms) in the dictionary. */
    public int size() {
        return matcher.size();
    }

    /** Says which sentences hold a verb of the dictionary, so that only those are parsed. */
    public ParseFilter parseFilter() {
        return matcher::holdsVerb;
    }

    /** Whether a discard phrase rules out the whole story ({@code +} entries of the discard list). */
    boolean discardsStory(List<Token> tokens) {
        return discards.discardsStory(tokens);
    }

    /** Whether a discard phrase rules out this sentence. */
    boolean discardsSentence(List<Token> tokens) {
        return discards.discardsSentence(tokens);
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
        return matcher.match(g);
    }
}
