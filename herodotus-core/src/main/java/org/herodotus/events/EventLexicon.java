package org.herodotus.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * The event trigger lexicon: which words name which PLOVER event, with which arguments. Loaded
 * once from data files ({@code triggers.txt} in this package, plus any user files in the same
 * format, see docs/events.md) into an immutable object that threads share.
 *
 * <p>Longer than most classes because its builder, which reads the file format line by line, fills
 * the lexicon's own tables (entries, roles, directives) and nothing else; the reader and the tables
 * change together whenever the format does.
 */
public final class EventLexicon {

    private static final String RESOURCE = "triggers.txt";

    /** Roles an entry may name, besides prepositions and particles. */
    static final Set<String> CORE_ROLES = Set.of("subj", "obj", "iobj", "poss", "by", "mod", "comp",
            "compsubj", "compaux", "comprecipient", "targeting");

    private final PloverCodebook codebook;
    private final ModalityLexicon modality;
    private final Map<String, List<TriggerEntry>> verbs;
    private final Map<String, List<TriggerEntry>> nouns;
    private final Map<String, List<String>> actorDefaults;
    private final Map<String, List<String>> recipientDefaults;
    private final Set<String> support;
    private final Set<String> quantity;
    private final Set<String> outcome;
    private final Set<String> accusing;
    private final Set<String> authority;

    private EventLexicon(TriggerFileReader b) {
        this.codebook = b.codebook;
        this.modality = b.modality;
        this.verbs = freeze(b.entries, true);
        this.nouns = freeze(b.entries, false);
        this.actorDefaults = Map.copyOf(b.actorDefaults);
        this.recipientDefaults = Map.copyOf(b.recipientDefaults);
        this.support = Set.copyOf(b.support);
        this.quantity = Set.copyOf(b.quantity);
        this.outcome = Set.copyOf(b.outcome);
        this.accusing = Set.copyOf(b.accusing);
        this.authority = Set.copyOf(b.authority);
    }

    private static Map<String, List<TriggerEntry>> freeze(List<TriggerEntry> entries, boolean verb) {
        Map<String, List<TriggerEntry>> map = new HashMap<>();
        for (TriggerEntry e : entries) {
            if (e.verb() == verb) {
                map.computeIfAbsent(e.headWord(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<TriggerEntry>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** The lexicon shipped with Herodotus. */
    public static EventLexicon builtin() {
        return load(List.of());
    }

    /**
     * The shipped lexicon extended with user files in the same format, read in order: their
     * entries add to the shipped ones, and their {@code @remove} lines take shipped ones out.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    public static EventLexicon load(List<Path> files) {
        TriggerFileReader reader = new TriggerFileReader(PloverCodebook.builtin(), ModalityLexicon.builtin());
        reader.read(LexiconFile.resource(EventLexicon.class, RESOURCE));
        for (Path p : files) {
            reader.read(LexiconFile.of(p));
        }
        return new EventLexicon(reader);
    }

    /**
     * Says which sentences may hold an event, so that the nlp stage parses only those: a sentence
     * qualifies when it contains the words of at least one trigger entry (its head and other
     * words, and for requirements on named lemmas, one of those lemmas).
     */
    public ParseFilter parseFilter() {
        List<TriggerEntry> all = new ArrayList<>();
        verbs.values().forEach(all::addAll);
        nouns.values().forEach(all::addAll);
        Map<String, List<TriggerEntry>> byHead = new HashMap<>();
        for (TriggerEntry e : all) {
            byHead.computeIfAbsent(e.headWord(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<TriggerEntry>> index = Map.copyOf(byHead);
        return sentence -> {
            Set<String> lemmas = lemmas(sentence);
            Set<String> heads = heads(sentence);
            for (String l : lemmas) {
                List<TriggerEntry> entries = index.get(l);
                if (entries != null) {
                    for (TriggerEntry e : entries) {
                        if (heads.contains((e.verb() ? "v:" : "n:") + e.headWord()) && mayMatch(e, lemmas)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        };
    }

    /**
     * The words and lemmas that can head a verb trigger ("v:attack") or a noun trigger
     * ("n:attack") by their part of speech, as the trigger finder reads them: a verb is tagged as
     * one, or as a common noun the parse may show to be a verb; a noun is a common noun or a
     * gerund; a name never heads a trigger. "Back" as an adverb or "March" the month then costs no
     * parse.
     */
    static Set<String> heads(Sentence sentence) {
        Set<String> heads = new HashSet<>();
        for (Token t : sentence.tokens()) {
            String pos = t.pos() == null ? "" : t.pos();
            boolean common = pos.equals("NN") || pos.equals("NNS");
            boolean verb = pos.startsWith("VB") || common;
            boolean noun = common || pos.equals("VBG");
            for (String w : new String[] {t.lemma(), t.word()}) {
                if (w == null) {
                    continue;
                }
                String l = w.toLowerCase(Locale.ROOT);
                if (verb) {
                    heads.add("v:" + l);
                }
                if (noun) {
                    heads.add("n:" + l);
                }
            }
        }
        return heads;
    }

    /**
     * The sentence's words and lemmas in lower case, and its tokens' named-entity types as they
     * are ("LOCATION"), which a requirement such as {@code need=obj:LOCATION} asks for; without
     * any type (a configuration without named-entity recognition), {@link #ANY_TYPE} stands for
     * them all.
     */
    static Set<String> lemmas(Sentence sentence) {
        Set<String> lemmas = new HashSet<>();
        boolean typed = false;
        for (Token t : sentence.tokens()) {
            if (t.lemma() != null) {
                lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
            }
            lemmas.add(t.word().toLowerCase(Locale.ROOT));
            if (t.ner() != null) {
                lemmas.add(t.ner());
                typed = true;
            }
        }
        if (!typed) {
            lemmas.add(ANY_TYPE);
        }
        return lemmas;
    }

    /** The named-entity types the recogniser tags; other upper-case words ("ACTOR") only the parse can check. */
    private static final Set<String> RECOGNISED_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");
    /** Stands in the word set of a sentence without named-entity types: any type may be there. */
    private static final String ANY_TYPE = "*ANY_TYPE*";

    private static boolean mayMatch(TriggerEntry e, Set<String> lemmas) {
        for (String w : e.words()) {
            if (!lemmas.contains(w)) {
                return false;
            }
        }
        for (TriggerEntry.Need n : e.needs()) {
            boolean possible = false;
            for (TriggerEntry.Alt a : n.alts()) {
                if (a.lemmas().isEmpty() || a.lemmas().stream().anyMatch(l -> lemmas.contains(l)
                        || isNerType(l) && (!RECOGNISED_TYPES.contains(l) || lemmas.contains(ANY_TYPE)))) {
                    possible = true;
                    break;
                }
            }
            if (!possible) {
                return false;
            }
        }
        return true;
    }

    /** Whether a requirement word names a named-entity type ("PERSON"), which only the parse can check. */
    static boolean isNerType(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '_');
    }

    /** The PLOVER codebook the lexicon codes into. */
    public PloverCodebook codebook() {
        return codebook;
    }

    ModalityLexicon modality() {
        return modality;
    }

    /** Verb entries whose head is {@code lemma}. */
    List<TriggerEntry> verbEntries(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    /** Noun entries whose head is {@code lemma}. */
    List<TriggerEntry> nounEntries(String lemma) {
        return nouns.getOrDefault(lemma, List.of());
    }

    /** Where the actor of {@code e} is found. */
    List<String> actorRoles(TriggerEntry e) {
        return e.actorRoles() != null ? e.actorRoles() : defaults(actorDefaults, e);
    }

    /** Where the recipient of {@code e} is found. */
    List<String> recipientRoles(TriggerEntry e) {
        return e.recipientRoles() != null ? e.recipientRoles() : defaults(recipientDefaults, e);
    }

    private static List<String> defaults(Map<String, List<String>> map, TriggerEntry e) {
        String pos = e.verb() ? "V" : "N";
        List<String> r = map.get(e.type() + " " + pos);
        if (r == null) {
            r = map.get("* " + pos);
        }
        return r == null ? List.of() : r;
    }

    /** Whether {@code lemma} is a support verb ("launch", "hold", "carry_out"). */
    boolean isSupport(String lemma) {
        return support.contains(lemma);
    }

    /** Whether {@code lemma} is a quantity noun looked through ("wave", "column"). */
    boolean isQuantity(String lemma) {
        return quantity.contains(lemma);
    }

    /**
     * Whether {@code lemma} says its object (the subject of its passive) did the deed its of-, with-
     * or for-phrase names: "accused X of rape", "was charged with murder", "arrested for assault".
     */
    boolean isAccusing(String lemma) {
        return accusing.contains(lemma);
    }

    /** Whether {@code lemma} reports the toll of an attack ("killed", "wounded") rather than the attack. */
    boolean isOutcome(String lemma) {
        return outcome.contains(lemma);
    }

    /**
     * Whether an event of {@code type} and {@code mode} is an act of the authorities ("was
     * arrested", "was sentenced", "was released"), done by the state when the text names no one.
     */
    boolean byAuthority(String type, String mode) {
        return authority.contains(type) || (mode != null && authority.contains(type + "/" + mode));
    }

    /** Number of trigger entries. */
    public int size() {
        int n = 0;
        for (List<TriggerEntry> l : verbs.values()) {
            n += l.size();
        }
        for (List<TriggerEntry> l : nouns.values()) {
            n += l.size();
        }
        return n;
    }
}
