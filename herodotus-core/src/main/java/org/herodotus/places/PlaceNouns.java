package org.herodotus.places;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;
import org.herodotus.nlp.Token;

/**
 * The nouns that end a place's name ("Idlib province", "Insein prison", "Seventh Street"), read
 * from {@code place-nouns.tsv} (format in that file), and what the name before them says about
 * where the place is. Immutable, so one instance serves all threads.
 */
final class PlaceNouns {

    /** Where a place whose name ends in such a noun lies. */
    public enum Kind {
        /** The name before the noun is the region itself ("Borno State"). */
        ADMIN,
        /** The name before the noun is the town or place it stands at ("Tripoli airport"). */
        AT,
        /** The name before the noun is only a name ("Green Square"): it has no point of its own. */
        NAMED
    }

    /** A place noun found after a name: how many tokens it spans and its kind. */
    public record Match(int tokens, Kind kind) {
    }

    private record Entry(Kind kind, boolean anyCase) {
    }

    private static final String RESOURCE = "/org/herodotus/places/place-nouns.tsv";
    private static final PlaceNouns DEFAULTS = load();

    private final Map<String, Entry> entries;

    private PlaceNouns(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The bundled list. */
    public static PlaceNouns defaults() {
        return DEFAULTS;
    }

    /** The place noun starting at token {@code i}, or null: two-word nouns first ("police station"). */
    public Match at(List<Token> tokens, int i) {
        for (int len = 2; len >= 1; len--) {
            if (i + len > tokens.size()) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < i + len; k++) {
                sb.append(k > i ? " " : "").append(tokens.get(k).word());
            }
            // the tokenizer may split "St." into "St" and "."
            String words = sb.toString();
            int span = len;
            Entry e = entries.get(words.toLowerCase(Locale.ROOT));
            if (e == null && i + len < tokens.size() && tokens.get(i + len).word().equals(".")) {
                e = entries.get(words.toLowerCase(Locale.ROOT) + ".");
                span = len + 1;
            }
            if (e != null && (e.anyCase || Character.isUpperCase(words.charAt(0)))) {
                return new Match(span, e.kind);
            }
        }
        return null;
    }

    /** The kind of place a name ending in one of these nouns is ("Idlib province" → ADMIN), or null. */
    public Kind kindOfName(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            String noun = e.getKey();
            if (lower.endsWith(" " + noun) && (e.getValue().anyCase
                    || Character.isUpperCase(name.charAt(name.length() - noun.length())))) {
                return e.getValue().kind;
            }
        }
        return null;
    }

    /** {@code name} without its final place noun ("Idlib province" → "Idlib"), or itself. */
    public String anchor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = name;
        for (String noun : entries.keySet()) {
            if (lower.endsWith(" " + noun) && name.length() - noun.length() - 1 < best.length()) {
                best = name.substring(0, name.length() - noun.length() - 1).strip();
            }
        }
        return best;
    }

    private static PlaceNouns load() {
        Map<String, Entry> out = new HashMap<>();
        for (LexiconLine line : LexiconFile.resource(PlaceNouns.class, RESOURCE).entries()) {
            String[] f = line.columns();
            if (f.length != 3) {
                throw line.error("expected NOUN, KIND and CASE in '" + line.text() + "'");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown kind '" + f[1] + "'");
            }
            out.put(f[0].toLowerCase(Locale.ROOT), new Entry(kind, f[2].equals("any")));
        }
        return new PlaceNouns(out);
    }
}
