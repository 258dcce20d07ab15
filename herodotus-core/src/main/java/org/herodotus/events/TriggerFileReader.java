package org.herodotus.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;

/**
 * Reads trigger files ({@code triggers.txt} and users' files in its format, described in its header
 * and in docs/events.md) into the entries and directives an {@link EventLexicon} is made of. A
 * later file adds to the earlier ones; its {@code @remove} lines take entries out. Errors name the
 * file and line.
 */
final class TriggerFileReader {

    final PloverCodebook codebook;
    final ModalityLexicon modality;
    final List<TriggerEntry> entries = new ArrayList<>();
    final Map<String, List<String>> actorDefaults = new LinkedHashMap<>();
    final Map<String, List<String>> recipientDefaults = new LinkedHashMap<>();
    final Set<String> support = new HashSet<>();
    final Set<String> quantity = new HashSet<>();
    final Set<String> outcome = new HashSet<>();
    final Set<String> accusing = new HashSet<>();
    final Set<String> authority = new HashSet<>();

    TriggerFileReader(PloverCodebook codebook, ModalityLexicon modality) {
        this.codebook = codebook;
        this.modality = modality;
    }

    /** Adds the entries and directives of {@code file}. */
    void read(LexiconFile file) {
        for (LexiconLine line : file.lines()) {
            String s = PloverCodebook.stripComment(line.text());
            if (s.isEmpty()) {
                continue;
            }
            String where = line.where();
            String[] f = s.split("\\s+");
            switch (f[0]) {
                case "@roles" -> roles(f, where);
                case "@support" -> support.addAll(Arrays.asList(f).subList(1, f.length));
                case "@quantity" -> quantity.addAll(Arrays.asList(f).subList(1, f.length));
                case "@outcome" -> outcome.addAll(Arrays.asList(f).subList(1, f.length));
                case "@accusing" -> accusing.addAll(Arrays.asList(f).subList(1, f.length));
                case "@authority" -> authority(f, where);
                case "@remove" -> remove(f, where);
                default -> entries.add(entry(f, where));
            }
        }
    }

    private void roles(String[] f, String where) {
        if (f.length < 3 || !(f[2].equals("V") || f[2].equals("N"))) {
            throw new IllegalArgumentException(where + ": expected @roles TYPE V|N actor=… recipient=…");
        }
        if (!f[1].equals("*") && !codebook.isType(f[1])) {
            throw new IllegalArgumentException(where + ": unknown PLOVER type " + f[1]);
        }
        String key = f[1] + " " + f[2];
        for (int i = 3; i < f.length; i++) {
            if (f[i].startsWith("actor=")) {
                actorDefaults.put(key, roleList(f[i].substring(6), where));
            } else if (f[i].startsWith("recipient=")) {
                recipientDefaults.put(key, roleList(f[i].substring(10), where));
            } else {
                throw new IllegalArgumentException(where + ": unknown @roles option " + f[i]);
            }
        }
    }

    private void authority(String[] f, String where) {
        for (int i = 1; i < f.length; i++) {
            String type = f[i].contains("/") ? f[i].substring(0, f[i].indexOf('/')) : f[i];
            if (!codebook.isType(type)) {
                throw new IllegalArgumentException(where + ": unknown PLOVER type " + type);
            }
            authority.add(f[i]);
        }
    }

    private void remove(String[] f, String where) {
        if (f.length < 3) {
            throw new IllegalArgumentException(where + ": expected @remove V|N word …");
        }
        boolean verb = pos(f[1], where);
        List<String> words = new ArrayList<>();
        for (int i = 2; i < f.length; i++) {
            words.add(f[i].replace("^", "").toLowerCase(Locale.ROOT));
        }
        entries.removeIf(e -> e.verb() == verb && e.words().equals(words));
    }

    private static boolean pos(String p, String where) {
        return switch (p) {
            case "V" -> true;
            case "N" -> false;
            default -> throw new IllegalArgumentException(where + ": POS must be V or N, not " + p);
        };
    }

    private TriggerEntry entry(String[] f, String where) {
        if (f.length < 3) {
            throw new IllegalArgumentException(where + ": expected TYPE[/mode] V|N word …");
        }
        String type = f[0];
        String mode = null;
        int slash = type.indexOf('/');
        if (slash >= 0) {
            mode = type.substring(slash + 1);
            type = type.substring(0, slash);
        }
        PloverCodebook.Type t = codebook.type(type);
        if (t == null) {
            throw new IllegalArgumentException(where + ": unknown PLOVER type " + type);
        }
        if (mode != null && !t.modes().contains(mode)) {
            throw new IllegalArgumentException(where + ": " + type + " has no mode " + mode);
        }
        boolean verb = pos(f[1], where);
        List<String> words = new ArrayList<>();
        int head = -1;
        List<TriggerEntry.Need> needs = new ArrayList<>();
        List<TriggerEntry.Need> withouts = new ArrayList<>();
        List<String> actorRoles = null;
        List<String> recipientRoles = null;
        boolean symmetric = false;
        for (int i = 2; i < f.length; i++) {
            String tok = f[i];
            if (tok.startsWith("need=")) {
                needs.add(need(tok.substring(5), where));
            } else if (tok.startsWith("without=")) {
                withouts.add(need(tok.substring(8), where));
            } else if (tok.startsWith("actor=")) {
                actorRoles = roleList(tok.substring(6), where);
            } else if (tok.startsWith("recipient=")) {
                recipientRoles = roleList(tok.substring(10), where);
            } else if (tok.equals("symmetric")) {
                symmetric = true;
            } else if (tok.contains("=")) {
                throw new IllegalArgumentException(where + ": unknown option " + tok);
            } else {
                if (tok.startsWith("^")) {
                    head = words.size();
                    tok = tok.substring(1);
                }
                words.add(tok.toLowerCase(Locale.ROOT));
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException(where + ": entry has no words");
        }
        if (head < 0) {
            head = verb ? 0 : words.size() - 1;
        }
        return new TriggerEntry(type, mode, verb, words, head, needs, withouts, actorRoles, recipientRoles,
                symmetric, where);
    }

    private static TriggerEntry.Need need(String spec, String where) {
        List<TriggerEntry.Alt> alts = new ArrayList<>();
        for (String alt : spec.split(",")) {
            if (alt.isEmpty()) {
                throw new IllegalArgumentException(where + ": empty alternative in " + spec);
            }
            int colon = alt.indexOf(':');
            String role = colon < 0 ? alt : alt.substring(0, colon);
            checkRole(role, where);
            Set<String> lemmas = new HashSet<>();
            if (colon >= 0) {
                for (String w : alt.substring(colon + 1).split("\\|")) {
                    // upper case names a named-entity type ("PERSON"), anything else a lemma
                    lemmas.add(EventLexicon.isNerType(w) ? w : w.toLowerCase(Locale.ROOT));
                }
            }
            alts.add(new TriggerEntry.Alt(role, lemmas));
        }
        return new TriggerEntry.Need(alts);
    }

    private static List<String> roleList(String spec, String where) {
        List<String> roles = new ArrayList<>();
        for (String r : spec.split(",")) {
            if (!r.isEmpty()) {
                checkRole(r, where);
                roles.add(r);
            }
        }
        return roles;
    }

    private static void checkRole(String role, String where) {
        if (!role.matches("[a-z_-]+")) {
            throw new IllegalArgumentException(where + ": bad argument role " + role);
        }
    }
}
