package org.herodotus.places;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;

/**
 * The locative words ("in", "near", "north", …) of every rule that asks whether a name or phrase
 * is a place, read once from {@code locatives.tsv} (format in that file), each word with the rules
 * that take it. Immutable, so one instance serves all threads.
 *
 * <p>Not part of the library API; used by the actors and events stages, which read the same
 * locative words.
 */
public final class Locatives {

    /** The rules that read locative words; the file's names for them are the lower-case names. */
    public enum Use {
        /** Events: a preposition by which an event's "where" argument hangs on the trigger. */
        WHERE,
        /** Actors: a preposition that locates what a sentence tells of in a place's country. */
        COUNTRY,
        /** Places: a preposition that ties an event to where it happened. */
        EVENT,
        /** Actors: a word that makes a capital after it the place rather than its government. */
        CAPITAL,
        /** Places: a word after which a capitalised word is likely a place. */
        TOPONYM
    }

    private static final String RESOURCE = "/org/herodotus/places/locatives.tsv";
    private static final Locatives DEFAULTS = load();

    private final Map<Use, Set<String>> words;

    private Locatives(Map<Use, Set<String>> words) {
        this.words = words;
    }

    /** The bundled list. */
    public static Locatives defaults() {
        return DEFAULTS;
    }

    /** The words {@code use} takes, lower case, in the file's order (which the "where" rules try them in). */
    public Set<String> words(Use use) {
        return words.get(use);
    }

    private static Locatives load() {
        Map<Use, Set<String>> out = new EnumMap<>(Use.class);
        for (Use use : Use.values()) {
            out.put(use, new LinkedHashSet<>());
        }
        for (LexiconLine line : LexiconFile.resource(Locatives.class, RESOURCE).entries()) {
            String[] f = line.columns();
            if (f.length != 2 || !f[0].equals(f[0].strip().toLowerCase(Locale.ROOT)) || f[0].contains(" ")) {
                throw line.error("expected a lower-case WORD, a tab and its USES in '" + line.text() + "'");
            }
            for (String name : f[1].strip().split(" +")) {
                Use use;
                try {
                    use = Use.valueOf(name.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw line.error("unknown use '" + name + "' (known: where, country, event, capital, toponym)");
                }
                if (!out.get(use).add(f[0])) {
                    throw line.error("'" + f[0] + "' is listed twice for " + name);
                }
            }
        }
        out.replaceAll((use, set) -> Collections.unmodifiableSet(set));
        return new Locatives(out);
    }
}
