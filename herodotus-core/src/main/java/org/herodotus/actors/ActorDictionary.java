package org.herodotus.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;

/**
 * Everything the actors stage knows before reading an article: countries (names, demonyms,
 * capitals), the agents lexicon and the named actors, from the bundled data files plus any the
 * user adds (in the Herodotus formats or as CAMEO/PETRARCH dictionaries). Immutable once built and
 * safe to share between threads.
 *
 * <pre>{@code
 * ActorDictionary dict = ActorDictionary.builder()
 *         .addDefaults()
 *         .addCameoActors(Path.of("PETR.Validate.actors.txt"))
 *         .addCameoAgents(Path.of("PETR.Validate.agents.txt"))
 *         .build();
 * }</pre>
 */
public final class ActorDictionary {

    private static final String BASE = "/org/herodotus/actors/";

    private final Map<String, String> countryNames;
    private final PhraseIndex<Object> names;
    private final Map<String, AgentTerm> agents;
    private final int longestAgent;
    private final int namedActorCount;

    private ActorDictionary(Builder b) {
        this.countryNames = Map.copyOf(b.countryNames);
        this.agents = Map.copyOf(b.agents);
        this.longestAgent = b.agents.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.names = new PhraseIndex<>();
        for (Map.Entry<String, List<CountryRef>> e : b.countryPhrases.entrySet()) {
            for (CountryRef r : e.getValue()) {
                names.add(e.getKey(), r);
            }
        }
        for (NamedActor a : b.named.values()) {
            names.add(a.name(), a);
            for (String alias : a.aliases()) {
                names.add(alias, a);
            }
        }
        this.namedActorCount = b.named.size();
    }

    /** The bundled dictionaries only. */
    public static ActorDictionary defaults() {
        return builder().addDefaults().build();
    }

    /** An empty builder; call {@link Builder#addDefaults()} to start from the bundled data. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The bundled dictionaries plus users' CAMEO/PETRARCH actor and agent dictionaries, as {@code
     * analyze --actors/--agents} reads them.
     *
     * @throws IllegalArgumentException naming the file (and line) that cannot be read or parsed
     */
    public static ActorDictionary withCameoFiles(List<Path> actors, List<Path> agents) {
        try {
            Builder dictionary = builder().addDefaults();
            actors.forEach(dictionary::addCameoActors);
            agents.forEach(dictionary::addCameoAgents);
            return dictionary.build();
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The country's common English name, or null when the code is not a country. */
    public String countryName(String code) {
        return countryNames.get(code);
    }

    /** Number of named actors (bundled and added). */
    public int namedActorCount() {
        return namedActorCount;
    }

    /** The agent term spelled {@code words} (lower case, single spaces), or null. */
    AgentTerm agent(String words) {
        return agents.get(words);
    }

    int longestAgent() {
        return longestAgent;
    }

    PhraseIndex<Object> names() {
        return names;
    }

    /** Collects dictionaries; later additions extend (and for agents, replace) earlier ones. */
    public static final class Builder {

        private final Map<String, String> countryNames = new HashMap<>();
        private final Map<String, List<CountryRef>> countryPhrases = new LinkedHashMap<>();
        private final Map<String, AgentTerm> agents = new HashMap<>();
        private final Map<String, NamedActor> named = new LinkedHashMap<>();
        private final java.util.Set<String> dependent = new java.util.HashSet<>();

        private Builder() {
        }

        /** Adds the bundled country table, country names, agents lexicon and named actors. */
        public Builder addDefaults() {
            return addCountries().addBundledAgents().addBundledNamedActors();
        }

        /** Adds the bundled country table and country names (names, demonyms, capitals, metonyms). */
        public Builder addCountries() {
            readResource("countries.tsv", this::countryTableLine);
            readResource("country-names.tsv", this::countryNameLine);
            return this;
        }

        /** Adds the bundled agents lexicon. */
        public Builder addBundledAgents() {
            readResource("agents.tsv", this::agentLine);
            return this;
        }

        /** Adds the bundled named actors (armed groups, international bodies, media, office holders). */
        public Builder addBundledNamedActors() {
            readResource("named-actors.tsv", this::namedActorLine);
            return this;
        }

        /** Adds named actors from a file in the Herodotus format (see docs/actors.md). */
        public Builder addNamedActors(Path file) {
            readFile(file, this::namedActorLine);
            return this;
        }

        /** Adds agent terms from a file in the Herodotus format (see docs/actors.md). */
        public Builder addAgents(Path file) {
            readFile(file, this::agentLine);
            return this;
        }

        /** Adds the actors of a CAMEO/PETRARCH {@code .actors} dictionary. */
        public Builder addCameoActors(Path file) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (NamedActor a : CameoDictionaries.readActors(r, file.toString())) {
                    addNamed(a);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read CAMEO actor dictionary", e);
            }
            return this;
        }

        /** Adds the agents of a CAMEO/PETRARCH {@code .agents} dictionary. */
        public Builder addCameoAgents(Path file) {
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (AgentTerm t : CameoDictionaries.readAgents(r, file.toString())) {
                    agents.put(t.term(), t);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read CAMEO agent dictionary", e);
            }
            return this;
        }

        /** Adds one named actor; a second one with the same name adds roles and aliases. */
        Builder addNamed(NamedActor actor) {
            named.merge(actor.name().toLowerCase(Locale.ROOT), actor,
                    (old, add) -> old.withRoles(add.roles(), concat(add.aliases(), List.of())));
            return this;
        }

        /** Adds one agent term, replacing any with the same words. */
        Builder addAgent(AgentTerm term) {
            agents.put(term.term(), term);
            return this;
        }

        /** Adds a phrase naming a country. */
        Builder addCountryPhrase(String phrase, CountryRef ref) {
            List<CountryRef> refs = countryPhrases.computeIfAbsent(phrase, k -> new ArrayList<>(1));
            if (!dependent.contains(ref.code())) {
                refs.removeIf(r -> dependent.contains(r.code()));
            } else if (refs.stream().anyMatch(r -> !dependent.contains(r.code()))) {
                return this;
            }
            refs.add(ref);
            return this;
        }

        /** The finished, immutable dictionary. */
        public ActorDictionary build() {
            return new ActorDictionary(this);
        }

        private void countryTableLine(LexiconLine line) {
            String[] f = line.allColumns();
            if (f.length < 7) {
                throw line.error("expected 7 TAB-separated columns (code, name, official name, other names, demonyms,"
                        + " capitals, independent), got " + f.length);
            }
            String code = f[0];
            if (!"yes".equals(f[6])) {
                // Territories come after the independent countries, and never take a name from them
                // ("American" is the United States, not American Samoa).
                dependent.add(code);
            }
            countryNames.put(code, f[1]);
            addCountryPhrase(f[1], new CountryRef(code, CountryRef.Kind.NAME, null));
            addCountryPhrase(f[2], new CountryRef(code, CountryRef.Kind.NAME, null));
            for (String other : split(f[3])) {
                if (!other.contains(",")) {
                    addCountryPhrase(other, new CountryRef(code, CountryRef.Kind.NAME, null));
                }
            }
            for (String demonym : split(f[4])) {
                addCountryPhrase(demonym, new CountryRef(code, CountryRef.Kind.DEMONYM, null));
                addCountryPhrase(demonym + "s", new CountryRef(code, CountryRef.Kind.DEMONYM, null));
            }
            if ("yes".equals(f[6])) {
                for (String capital : split(f[5])) {
                    addCountryPhrase(capital, new CountryRef(code, CountryRef.Kind.METONYM, "GOV"));
                }
            }
        }

        private void countryNameLine(LexiconLine line) {
            String[] f = line.columns(3);
            CountryRef.Kind kind = kind(line, CountryRef.Kind.class, f[2]);
            boolean government = kind == CountryRef.Kind.METONYM || kind == CountryRef.Kind.INSTITUTION;
            String sector = f.length > 3 ? dash(f[3]) : government ? "GOV" : null;
            String phrase = f[0].trim();
            // An override replaces what the generated table says about the same phrase.
            countryPhrases.remove(phrase);
            addCountryPhrase(phrase, new CountryRef(f[1].trim(), kind, sector));
        }

        private void agentLine(LexiconLine line) {
            String[] f = line.columns();
            if (f.length < 3) {
                throw line.error("expected term, sector, kinds[, country] separated by TABs, got " + f.length + " columns");
            }
            Set<AgentTerm.Kind> kinds = EnumSet.noneOf(AgentTerm.Kind.class);
            for (String k : f[2].split(",")) {
                kinds.add(kind(line, AgentTerm.Kind.class, k));
            }
            String term = f[0].trim().toLowerCase(Locale.ROOT);
            agents.put(term, new AgentTerm(term, dash(f[1]), f.length > 3 ? dash(f[3]) : null, kinds));
        }

        private void namedActorLine(LexiconLine line) {
            String[] f = line.allColumns();
            if (f.length < 7) {
                throw line.error("expected kind, name, country, sector, aliases, from, to separated by TABs, got "
                        + f.length + " columns");
            }
            try {
                NamedActor.Role role = new NamedActor.Role(dash(f[2]), dash(f[3]), date(f[5]), date(f[6]),
                        f.length > 7 ? f[7].trim() : "");
                addNamed(new NamedActor(f[0].trim(), f[1].trim(), split(dash(f[4]) == null ? "" : f[4]), List.of(role)));
            } catch (DateTimeParseException e) {
                throw line.error("bad date: " + e.getParsedString(), e);
            }
        }

        private static LocalDate date(String s) {
            String v = dash(s);
            return v == null ? null : LocalDate.parse(v);
        }

        private static String dash(String s) {
            String v = s.trim();
            return v.isEmpty() || "-".equals(v) ? null : v;
        }

        private static List<String> split(String s) {
            List<String> out = new ArrayList<>();
            for (String p : s.split("\\|")) {
                if (!p.isBlank()) {
                    out.add(p.trim());
                }
            }
            return out;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        private static <K extends Enum<K>> K kind(LexiconLine line, Class<K> kinds, String name) {
            try {
                return Enum.valueOf(kinds, name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.error("unknown kind '" + name.trim() + "' (known: "
                        + java.util.Arrays.toString(kinds.getEnumConstants()).toLowerCase(Locale.ROOT) + ")");
            }
        }

        private void readResource(String name, Consumer<LexiconLine> lines) {
            LexiconFile file = LexiconFile.optionalResource(ActorDictionary.class, BASE + name).orElseThrow(() ->
                    new IllegalStateException("missing resource " + BASE + name + " (run the Maven build, which generates it)"));
            file.entries().forEach(lines);
        }

        private void readFile(Path file, Consumer<LexiconLine> lines) {
            LexiconFile.of(file).entries().forEach(lines);
        }
    }
}
