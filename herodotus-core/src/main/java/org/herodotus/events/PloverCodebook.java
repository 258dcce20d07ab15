package org.herodotus.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;

/**
 * The PLOVER 0.8 event types as data: quad class, intensity, what a coded event needs, how a
 * promise of it is coded, and the allowed modes. Loaded once from {@code plover.tsv}; immutable.
 *
 * <p>Not part of the library API; used by herodotus-eval's event evaluation and the command line's
 * {@code --type} option.
 */
public final class PloverCodebook {

    /**
     * One PLOVER event type.
     *
     * @param name          the type ("ASSAULT")
     * @param quad          1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
     * @param intensity     conflict-cooperation score, -10 … +10
     * @param needsActor    a coded event must have a resolved actor
     * @param needsRecipient a coded event must have a resolved recipient
     * @param promiseType   type used when the event is promised for the future, null to keep the type
     * @param promiseMode   mode of the promised event: a mode, "=" to keep the event's own, or null
     * @param modes         the modes the type allows
     */
    public record Type(String name, int quad, double intensity, boolean needsActor, boolean needsRecipient,
                       String promiseType, String promiseMode, Set<String> modes) {

        public Type {
            modes = Set.copyOf(modes);
        }
    }

    private static final String RESOURCE = "plover.tsv";

    private final Map<String, Type> types;

    private PloverCodebook(Map<String, Type> types) {
        this.types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** The codebook shipped with Herodotus. */
    public static PloverCodebook builtin() {
        return parse(LexiconFile.resource(PloverCodebook.class, RESOURCE));
    }

    static PloverCodebook parse(LexiconFile file) {
        Map<String, Type> types = new LinkedHashMap<>();
        for (LexiconLine line : file.lines()) {
            String s = stripComment(line.text());
            if (s.isEmpty()) {
                continue;
            }
            String[] f = s.split("\\s+");
            if (f.length != 6) {
                throw line.error("expected 6 columns, found " + f.length);
            }
            String needs = f[3];
            String promiseType = null;
            String promiseMode = null;
            if (!f[4].equals("-")) {
                int slash = f[4].indexOf('/');
                promiseType = slash < 0 ? f[4] : f[4].substring(0, slash);
                promiseMode = slash < 0 ? null : f[4].substring(slash + 1);
            }
            Set<String> modes = f[5].equals("-") ? Set.of() : new LinkedHashSet<>(Arrays.asList(f[5].split(",")));
            try {
                types.put(f[0], new Type(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                        needs.contains("actor"), needs.contains("recipient"), promiseType, promiseMode, modes));
            } catch (NumberFormatException e) {
                throw line.error("quad and intensity must be numbers: " + f[1] + " " + f[2], e);
            }
        }
        for (Type t : types.values()) {
            if (t.promiseType() != null && !types.containsKey(t.promiseType())) {
                throw new IllegalArgumentException(file.name() + ": " + t.name() + " promises unknown type " + t.promiseType());
            }
        }
        return new PloverCodebook(types);
    }

    /** A line without its comment: '#' starts one anywhere in these files. */
    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).trim();
    }

    /** The type called {@code name}, or null when PLOVER has no such type. */
    public Type type(String name) {
        return types.get(name);
    }

    /** Whether {@code name} is a PLOVER 0.8 event type. */
    public boolean isType(String name) {
        return types.containsKey(name);
    }

    /** An event type with its mode (null for none). */
    public record Coding(String type, String mode) {
    }

    /**
     * How the codebook codes an action announced or promised for the future: cooperation promised
     * as AGREE, conflict announced as THREATEN (the promise or the threat is what happened), with
     * the mode its promise column gives. A type the codebook keeps, or an unknown one, stays as it
     * is.
     */
    public Coding announced(String type, String mode) {
        Type t = types.get(type);
        if (t == null || t.promiseType() == null || !types.containsKey(t.promiseType())) {
            return new Coding(type, mode);
        }
        Type promised = types.get(t.promiseType());
        String pm = t.promiseMode();
        String m = pm == null ? null : pm.equals("=") ? (mode != null && promised.modes().contains(mode) ? mode : null) : pm;
        return new Coding(promised.name(), m);
    }

    /** All types, in codebook order. */
    public List<Type> types() {
        return new ArrayList<>(types.values());
    }
}
