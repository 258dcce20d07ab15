package org.herodotus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.nlp.Entity;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * The actor-resolution algorithm. First every sentence yields candidate mentions: dictionary
 * names and countries, named entities, noun phrases headed by an agent word, pronouns; titles and
 * appositions around a name are read for its country and sector. Then one pass in text order
 * groups the mentions into actors: surnames join the full name, a definite title ("the US DoD
 * secretary") joins the person who was introduced with it, a pronoun joins the only person in
 * sight. Stateless apart from the immutable dictionary.
 */
final class ActorFinder {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "to", "near", "into", "outside", "across",
            "around", "of", "toward", "towards", "via", "through", "between", "over", "within", "inside", "on",
            "throughout", "beyond", "under");
    private static final Set<String> PLACE_HEADS = Set.of("airport", "international", "province", "city", "governorate",
            "region", "district", "neighbourhood", "neighborhood", "suburb", "street", "streets", "residents", "square",
            "university", "hospital", "embassy", "area", "base", "county", "state", "metropolitan", "stock", "office");
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
            "madam", "lord", "lady", "dame", "mister");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    private static final Set<String> TITLE_GLUE = Set.of("of", "for", "'s", "\u2019s", "(", ")", "-lrb-", "-rrb-", "-");
    /** Prepositions that say where something happens ("in Baghdad", "throughout Indonesia"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "inside", "throughout", "across", "within");
    /** Words that may stand between such a preposition and the place ("in southern Lebanon"). */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern");
    /** Prepositions after an agent phrase that join a country to it ("students throughout Indonesia"). */
    private static final Set<String> OWN_PLACE = Set.of("of", "in", "from", "throughout", "across", "inside",
            "within");
    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "PRP$", "POS", "HYPH");

    private final ActorDictionary dict;

    ActorFinder(ActorDictionary dict) {
        this.dict = dict;
    }

    // ---------------------------------------------------------------- candidates

    enum Type { COUNTRY, NAMED, PERSON, ORG, AGENT, TITLE_NP, PRONOUN }

    /** A dictionary match in one sentence. */
    record Hit(int first, int end, Object value) {
        boolean country() {
            return value instanceof CountryRef;
        }

        NamedActor named() {
            return value instanceof NamedActor n ? n : null;
        }
    }

    /** What a noun phrase (title, apposition, agent phrase) says about an actor. */
    static final class Description {
        String country;
        String sector;
        String headSector;
        boolean headGeneric;
        String modifierSector;
        boolean former;
        /** A person's title stands right before the name ("President", "Vice President"). */
        boolean personTitle;
        /** The people an ethnic group phrase names ("Turks" in "ethnic Turks"), else null. */
        String ethnonym;
        /** A word in the phrase says the actor is not presumed local ("analysts", "peacekeepers"). */
        boolean external;
        /** A word in the phrase says the actor is local ("local partners"). */
        boolean local;
        NamedActor org;
        NamedActor personInside;
        final Set<String> titles = new LinkedHashSet<>();
        AgentTerm head;
        int headToken = -1;

        boolean saysSomething() {
            return head != null || org != null;
        }

        String sector() {
            if (former) {
                return "ELI";
            }
            if (head != null && !headGeneric && headSector != null) {
                if (modifierSector != null && Set.of("REB", "UAF", "OPP").contains(modifierSector)) {
                    return modifierSector;
                }
                return headSector;
            }
            if (modifierSector != null) {
                return modifierSector;
            }
            if (headSector != null) {
                return headSector;
            }
            return org == null ? null : null;
        }
    }

    static final class Cand {
        final Type type;
        final int sentence;
        int first;
        int end;
        int start;
        int endChar;
        String nameText;
        CountryRef country;
        NamedActor named;
        Description text;
        boolean nerPerson;
        boolean definite;
        boolean plural;
        boolean absorbed;
        Cand owner;
        String key;

        Cand(Type type, int sentence, int first, int end, List<Token> tokens) {
            this.type = type;
            this.sentence = sentence;
            this.first = first;
            this.end = end;
            this.start = tokens.get(first).start();
            this.endChar = tokens.get(end - 1).end();
        }
    }

    // ---------------------------------------------------------------- entry point

    List<Actor> find(String text, Parse parse, LocalDate date) {
        return find(text, parse, date, List.of());
    }

    /**
     * The actors of a text whose places the places stage has found: a group or person the text
     * gives no country takes the country of the places around it (see {@link #localGroups}).
     */
    List<Actor> find(String text, Parse parse, LocalDate date, List<Place> gazetteerPlaces) {
        List<Cand> all = new ArrayList<>();
        Map<Integer, List<Entity>> entitiesBySentence = new HashMap<>();
        Set<String> places = new java.util.HashSet<>();
        for (Entity e : parse.entities()) {
            entitiesBySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
            if ("LOCATION".equals(e.type())) {
                places.add(PhraseIndex.fold(e.text()));
            }
        }
        // An "organisation" the recogniser calls a place elsewhere in the article is that place
        // ("Ain al-Assad"), not an actor.
        List<Entity> kept = new ArrayList<>();
        for (Entity e : parse.entities()) {
            if (!("ORGANIZATION".equals(e.type()) && places.contains(PhraseIndex.fold(e.text())))) {
                kept.add(e);
            }
        }
        entitiesBySentence.clear();
        for (Entity e : kept) {
            entitiesBySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
        }
        Map<Integer, List<String>> placesBySentence = new HashMap<>();
        Map<Integer, List<org.herodotus.nlp.TimeExpression>> timesBySentence = new HashMap<>();
        for (org.herodotus.nlp.TimeExpression t : parse.times()) {
            timesBySentence.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t);
        }
        for (Sentence s : parse.sentences()) {
            all.addAll(sentenceCandidates(text, s, entitiesBySentence.getOrDefault(s.index(), List.of()),
                    timesBySentence.getOrDefault(s.index(), List.of()), date, placesBySentence,
                    mentionsIn(s, gazetteerPlaces)));
        }
        all.sort(Comparator.comparingInt((Cand c) -> c.start).thenComparingInt(c -> -c.endChar));
        return group(text, all, date, placesBySentence);
    }

    // ---------------------------------------------------------------- per sentence

    List<Cand> sentenceCandidates(String text, Sentence s, List<Entity> entities,
                                  List<org.herodotus.nlp.TimeExpression> times, LocalDate date,
                                  Map<Integer, List<String>> placesBySentence, List<Place> gazetteerPlaces) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        List<Hit> hits = hits(text, tokens, date);
        Hit[] hitAt = new Hit[n];
        for (Hit h : hits) {
            for (int i = h.first(); i < h.end(); i++) {
                hitAt[i] = h;
            }
        }
        // A person's name inside a longer name ("al-Assad" in "Ain al-Assad") is not that person,
        // nor is an organisation's inside a place name.
        int[] len = new int[1];
        for (Hit h : hits) {
            NamedActor a = h.named();
            if (a == null || !a.person() || h.first() == 0) {
                continue;
            }
            Token before = tokens.get(h.first() - 1);
            if (before.pos().startsWith("NNP") && hitAt[h.first() - 1] == null
                    && !HONORIFICS.contains(before.word().toLowerCase(Locale.ROOT))
                    && agentEndingAt(tokens, h.first() - 1, 0, len) == null) {
                for (int k = h.first(); k < h.end(); k++) {
                    hitAt[k] = null;
                }
            }
        }
        for (Entity e : entities) {
            for (int i = e.firstToken(); i < e.endToken(); i++) {
                Hit h = hitAt[i];
                if (h == null || h.named() == null || h.first() < e.firstToken() || h.end() > e.endToken()
                        || h.first() == e.firstToken() && h.end() == e.endToken()) {
                    continue;
                }
                if (h.named().person() || "LOCATION".equals(e.type())) {
                    for (int k = h.first(); k < h.end(); k++) {
                        hitAt[k] = null;
                    }
                }
            }
        }
        List<String> places = placeCountries(tokens, hitAt, gazetteerPlaces);
        if (!places.isEmpty()) {
            placesBySentence.put(s.index(), places);
        }
        List<Cand> names = new ArrayList<>();
        Cand[] nameAt = new Cand[n];
        boolean[] nerPerson = new boolean[n];
        // Named entities the dictionaries do not know; an entity around a country name (the
        // "Kenya" of "Kenya Anti-Corruption Commission") keeps the country for itself.
        for (Entity e : entities) {
            if (!"PERSON".equals(e.type()) && !"ORGANIZATION".equals(e.type())) {
                continue;
            }
            if (allPronouns(tokens, e.firstToken(), e.endToken())) {
                continue;
            }
            if ("PERSON".equals(e.type())) {
                for (int i = e.firstToken(); i < e.endToken(); i++) {
                    nerPerson[i] = true;
                }
            }
            boolean dictionaryWins = false;
            CountryRef inner = null;
            for (int i = e.firstToken(); i < e.endToken(); i++) {
                Hit h = hitAt[i];
                if (h == null) {
                    continue;
                }
                if (h.first() <= e.firstToken() && h.end() >= e.endToken() || !h.country()) {
                    dictionaryWins = true;
                } else if (h.first() < e.firstToken() || h.end() > e.endToken()) {
                    dictionaryWins = true;
                } else {
                    inner = inner == null ? (CountryRef) h.value() : inner;
                }
            }
            if (dictionaryWins) {
                continue;
            }
            for (int i = e.firstToken(); i < e.endToken(); i++) {
                hitAt[i] = null; // the entity wins over the country names inside it
            }
            Type type = "PERSON".equals(e.type()) ? Type.PERSON : Type.ORG;
            Cand c = new Cand(type, s.index(), e.firstToken(), e.endToken(), tokens);
            c.nameText = text.substring(c.start, c.endChar);
            c.nerPerson = type == Type.PERSON;
            if (inner != null && type == Type.ORG) {
                c.text = new Description();
                c.text.country = inner.code();
            }
            if (type == Type.ORG) {
                describeOwnWords(tokens, c);
            }
            names.add(c);
        }
        for (int i = 0; i < n; i++) {
            Hit h = hitAt[i];
            if (h != null && h.first() == i && h.named() != null) {
                Cand c = new Cand(Type.NAMED, s.index(), h.first(), h.end(), tokens);
                c.named = h.named();
                c.nameText = text.substring(c.start, c.endChar);
                c.nerPerson = nerPerson[i];
                names.add(c);
            }
        }
        for (Cand c : names) {
            for (int i = c.first; i < c.end; i++) {
                nameAt[i] = c;
            }
        }
        boolean[] taken = new boolean[n];
        // "On Monday a group of students": a time expression is no part of an actor's name.
        for (org.herodotus.nlp.TimeExpression t : times) {
            for (int i = 0; i < n; i++) {
                taken[i] |= tokens.get(i).start() >= t.start() && tokens.get(i).end() <= t.end();
            }
        }
        List<Cand> out = new ArrayList<>(names);
        // Titles before a name and appositions after it; persons first, as their titles may
        // hold organisation names ("US Secretary of Defense (DoD), Mark Esper").
        List<Cand> ordered = new ArrayList<>(names);
        ordered.sort(Comparator.comparing((Cand c) -> !isPerson(c)));
        for (Cand c : ordered) {
            if (c.absorbed) {
                continue;
            }
            titleBefore(tokens, hitAt, nameAt, taken, c);
            Cand acronym = acronymAfter(s.index(), tokens, taken, nameAt, c);
            if (acronym != null) {
                out.add(acronym);
            }
            Cand appos = appositionAfter(tokens, hitAt, nameAt, taken, acronym != null ? acronym.end : c.end, c);
            if (appos != null) {
                out.add(appos);
            }
        }
        out.addAll(agentPhrases(text, s.index(), tokens, hitAt, nameAt, taken));
        // Countries left on their own.
        for (Hit h : hits) {
            if (!h.country() || hitAt[h.first()] != h || taken[h.first()] || nameAt[h.first()] != null) {
                continue;
            }
            CountryRef ref = (CountryRef) h.value();
            if (ref.kind() == CountryRef.Kind.METONYM && locative(tokens, h.first(), h.end())) {
                continue;
            }
            if (ethnic(tokens, h)) {
                out.add(ethnicGroup(text, s.index(), tokens, hitAt, h));
                continue;
            }
            Cand c = new Cand(Type.COUNTRY, s.index(), h.first(), h.end(), tokens);
            c.country = ref;
            out.add(c);
        }
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!taken[i] && nameAt[i] == null && (t.pos().equals("PRP") || t.pos().equals("PRP$"))
                    && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
                out.add(new Cand(Type.PRONOUN, s.index(), i, i + 1, tokens));
            }
        }
        out.removeIf(c -> c.absorbed);
        return out;
    }

    private static boolean isPerson(Cand c) {
        return c.type == Type.PERSON || c.type == Type.NAMED && c.named.person();
    }

    private static boolean allPronouns(List<Token> tokens, int first, int end) {
        for (int i = first; i < end; i++) {
            String pos = tokens.get(i).pos();
            if (!pos.equals("PRP") && !pos.equals("PRP$")) {
                return false;
            }
        }
        return true;
    }

    /** Longest dictionary matches, left to right, without overlaps. */
    List<Hit> hits(String text, List<Token> tokens, LocalDate date) {
        List<Hit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseIndex.Match<Object> m = dict.names().longestAt(text, tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            out.add(new Hit(m.first(), m.end(), choose(m.values(), date)));
            i = m.end();
        }
        return out;
    }

    /** Among values named by one phrase: named actors first, the one in office on the date. */
    private static Object choose(List<Object> values, LocalDate date) {
        NamedActor bestNamed = null;
        for (Object v : values) {
            if (v instanceof NamedActor a) {
                if (bestNamed == null) {
                    bestNamed = a;
                } else if (date != null && a.roles().stream().anyMatch(r -> r.holds(date))
                        && bestNamed.roles().stream().noneMatch(r -> r.holds(date))) {
                    bestNamed = a;
                } else if (date == null && latestStart(a).isAfter(latestStart(bestNamed))) {
                    bestNamed = a;
                }
            }
        }
        return bestNamed != null ? bestNamed : values.get(0);
    }

    private static LocalDate latestStart(NamedActor a) {
        LocalDate best = LocalDate.MIN;
        for (NamedActor.Role r : a.roles()) {
            if (r.from() != null && r.from().isAfter(best)) {
                best = r.from();
            }
        }
        return best;
    }

    /** Whether a capital is used as a place ("in Baghdad", "Baghdad airport") rather than for its government. */
    private static boolean locative(List<Token> tokens, int first, int end) {
        int before = first - 1;
        if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
            before--;
        }
        if (before >= 0 && LOCATIVE.contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (end < tokens.size() && PLACE_HEADS.contains(tokens.get(end).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return end < tokens.size() && tokens.get(end).word().equals(",") && end + 1 < tokens.size()
                && tokens.get(end + 1).ner().equals("LOCATION");
    }

    /** The places of {@code places} with a country, one per mention inside {@code s}. */
    private static List<Place> mentionsIn(Sentence s, List<Place> places) {
        List<Place> out = new ArrayList<>();
        for (Place p : places) {
            if (p.country() == null) {
                continue;
            }
            for (Span m : p.mentions()) {
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    out.add(p.at(m));
                }
            }
        }
        return out;
    }

    /**
     * The countries of the places a sentence locates things in, in text order: a country or city
     * of the country table after "in", "inside", "throughout", "across" or "within" ("in Baghdad",
     * "in southern Lebanon", "throughout Indonesia"; "in US custody" names no place), and any
     * other place the places stage found in it ("Chicago police", "a school in Soweto"). A country
     * name without such a preposition is left out: "Iran denied" names an actor, not a place.
     */
    static List<String> placeCountries(List<Token> tokens, Hit[] hitAt, List<Place> gazetteerPlaces) {
        List<String> out = new ArrayList<>();
        List<Place> others = new ArrayList<>(gazetteerPlaces);
        others.removeIf(p -> countryHitWithin(tokens, hitAt, p));
        others.sort(Comparator.comparingInt(Place::start));
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (next < others.size() && others.get(next).start() < tokens.get(i).end()) {
                out.add(others.get(next++).country());
            }
            Hit h = hitAt[i];
            if (h == null || h.first() != i || !h.country()) {
                continue;
            }
            CountryRef ref = (CountryRef) h.value();
            if (ref.kind() != CountryRef.Kind.NAME && ref.kind() != CountryRef.Kind.METONYM) {
                continue;
            }
            int b = i - 1;
            while (b >= 0 && (tokens.get(b).pos().equals("DT") || tokens.get(b).pos().startsWith("JJ")
                    || COMPASS.contains(tokens.get(b).word().toLowerCase(Locale.ROOT)))) {
                b--;
            }
            if (b < 0 || !PLACE_PREPOSITIONS.contains(tokens.get(b).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int after = h.end();
            if (after < tokens.size()) {
                Token t = tokens.get(after);
                if ((t.pos().startsWith("NN") || t.pos().equals("POS"))
                        && !PLACE_HEADS.contains(t.word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
            }
            out.add(ref.code());
        }
        while (next < others.size()) {
            out.add(others.get(next++).country());
        }
        return out;
    }

    /** Whether a country-table entry covers one of the place's words (the table's reading wins). */
    private static boolean countryHitWithin(List<Token> tokens, Hit[] hitAt, Place p) {
        for (Token t : tokens) {
            if (t.end() > p.start() && t.start() < p.end() && hitAt[t.index()] != null && hitAt[t.index()].country()) {
                return true;
            }
        }
        return false;
    }

    /** The agent term that ends at token {@code last}, trying the longest first; its length in {@code len[0]}. */
    AgentTerm agentEndingAt(List<Token> tokens, int last, int floor, int[] len) {
        for (int l = Math.min(dict.longestAgent(), last - floor + 1); l >= 1; l--) {
            StringBuilder lemmas = new StringBuilder();
            StringBuilder words = new StringBuilder();
            for (int i = last - l + 1; i <= last; i++) {
                if (lemmas.length() > 0) {
                    lemmas.append(' ');
                    words.append(' ');
                }
                Token t = tokens.get(i);
                lemmas.append((t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT));
                words.append(t.word().toLowerCase(Locale.ROOT));
            }
            AgentTerm a = dict.agent(lemmas.toString());
            if (a == null) {
                a = dict.agent(words.toString());
            }
            if (a != null) {
                len[0] = l;
                return a;
            }
        }
        return null;
    }

    /** "ethnic Albanians", "ethnic Turkish guerrillas": the demonym says who they are, not their state. */
    private static boolean ethnic(List<Token> tokens, Hit h) {
        return h.country() && ((CountryRef) h.value()).kind() == CountryRef.Kind.DEMONYM && h.first() > 0
                && tokens.get(h.first() - 1).word().equalsIgnoreCase("ethnic");
    }

    /**
     * An ethnic group ("ethnic Turks"): civilians whose country is where they live, said after
     * them ("ethnic Albanians in south Serbia") or left to the context.
     */
    private static Cand ethnicGroup(String text, int sentence, List<Token> tokens, Hit[] hitAt, Hit h) {
        Cand c = new Cand(Type.AGENT, sentence, h.first() - 1, h.end(), tokens);
        c.nameText = text.substring(c.start, c.endChar);
        c.plural = true;
        Description d = new Description();
        d.headSector = "CVL";
        d.ethnonym = PhraseIndex.fold(text.substring(tokens.get(h.first()).start(), tokens.get(h.end() - 1).end()));
        int k = h.end();
        if (k < tokens.size() && OWN_PLACE.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            k++;
            while (k < tokens.size() && (tokens.get(k).pos().equals("DT")
                    || COMPASS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT)))) {
                k++;
            }
            if (k < tokens.size() && hitAt[k] != null && hitAt[k].first() == k && hitAt[k].country()) {
                d.country = ((CountryRef) hitAt[k].value()).code();
            }
        }
        c.text = d;
        return c;
    }

    /** Whether the noun phrase from {@code from} on is headed by a relational noun ("militia ally"). */
    private boolean relationalAfter(List<Token> tokens, int from) {
        int last = -1;
        for (int k = from; k < tokens.size() && NP_TAGS.contains(tokens.get(k).pos()); k++) {
            last = k;
        }
        if (last < 0) {
            return false;
        }
        AgentTerm a = agentEndingAt(tokens, last, from, new int[1]);
        return a != null && a.kinds().contains(AgentTerm.Kind.RELATIONAL);
    }

    /** Reads the words of an unknown organisation's own name for its sector ("Workers' Union" → LAB). */
    private void describeOwnWords(List<Token> tokens, Cand c) {
        int[] len = new int[1];
        for (int i = c.end - 1; i >= c.first; i--) {
            AgentTerm a = agentEndingAt(tokens, i, c.first, len);
            if (a != null && a.heads() && a.sector() != null) {
                if (c.text == null) {
                    c.text = new Description();
                }
                c.text.head = a;
                c.text.headSector = a.sector();
                return;
            }
        }
    }

    /** "US Defense Secretary Mark Esper", "Baghdad's premier: Adil Abdul-Mahdi". */
    private void titleBefore(List<Token> tokens, Hit[] hitAt, Cand[] nameAt, boolean[] taken, Cand c) {
        int i = c.first - 1;
        if (i >= 0 && (tokens.get(i).word().equals(":") || tokens.get(i).word().equals(","))) {
            i--;
        }
        Description d = new Description();
        int leftmost = -1;
        int[] len = new int[1];
        List<Cand> inside = new ArrayList<>();
        while (i >= 0 && c.first - i <= 12 && !taken[i]) {
            Token t = tokens.get(i);
            Cand other = nameAt[i];
            if (other != null && other != c) {
                if (isPerson(other)) {
                    break;
                }
                if (other.type == Type.NAMED && d.org == null) {
                    d.org = other.named;
                }
                if (other.text != null && other.text.country != null && d.country == null) {
                    d.country = other.text.country;
                }
                // An unknown organisation inside a title is usually its department ("Defense").
                inside.add(other);
                leftmost = other.first;
                i = other.first - 1;
                continue;
            }
            Hit h = hitAt[i];
            if (h != null && h.country()) {
                if (d.country == null) {
                    d.country = ((CountryRef) h.value()).code();
                }
                leftmost = h.first();
                i = h.first() - 1;
                continue;
            }
            AgentTerm a = agentEndingAt(tokens, i, 0, len);
            if (a != null) {
                note(d, a, i);
                // "Vice President Moody Awori": a name right after a person's title is a person's
                d.personTitle |= i == c.first - 1 && a.kinds().contains(AgentTerm.Kind.TITLE);
                leftmost = i - len[0] + 1;
                i -= len[0];
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("the")) {
                leftmost = i;
                break;
            }
            boolean joinsNames = (w.equals("and") || w.equals("&")) && i > 0 && tokens.get(i - 1).pos().startsWith("NNP")
                    && hitAt[i - 1] == null && nameAt[i - 1] == null;
            if (joinsNames || TITLE_GLUE.contains(w) || t.pos().equals("POS") || t.pos().startsWith("NNP")
                    || t.pos().startsWith("JJ")) {
                leftmost = i;
                i--;
                continue;
            }
            break;
        }
        if (leftmost < 0 || d.head == null) {
            return;
        }
        while (leftmost < c.first && (TITLE_GLUE.contains(tokens.get(leftmost).word().toLowerCase(Locale.ROOT))
                || tokens.get(leftmost).word().equalsIgnoreCase("the"))) {
            leftmost++;
        }
        if (d.country == null && d.org != null) {
            d.country = d.org.roleOn(null).country();
        }
        for (int k = leftmost; k < c.first; k++) {
            taken[k] = true;
            if (nameAt[k] != null && nameAt[k] != c && !isPerson(nameAt[k])) {
                nameAt[k].absorbed = true;
            }
        }
        for (Cand o : inside) {
            o.absorbed = true;
        }
        c.start = tokens.get(leftmost).start();
        c.text = merge(c.text, d);
    }

    private static Description merge(Description old, Description d) {
        if (old == null) {
            return d;
        }
        if (d.country == null) {
            d.country = old.country;
        }
        if (d.head == null && old.head != null) {
            d.head = old.head;
            d.headSector = old.headSector;
        }
        return d;
    }

    private static void note(Description d, AgentTerm a, int token) {
        d.external |= a.kinds().contains(AgentTerm.Kind.EXTERNAL);
        d.local |= a.kinds().contains(AgentTerm.Kind.LOCAL);
        if (a.kinds().contains(AgentTerm.Kind.FORMER)) {
            d.former = true;
            return;
        }
        boolean titleOrHead = a.heads() || a.kinds().contains(AgentTerm.Kind.TITLE);
        if (d.head == null && titleOrHead) {
            d.head = a;
            d.headToken = token;
            d.headSector = a.sector();
            d.headGeneric = !a.kinds().contains(AgentTerm.Kind.AGENT) && !a.kinds().contains(AgentTerm.Kind.TITLE)
                    || a.kinds().contains(AgentTerm.Kind.GENERIC);
            if (d.country == null && a.country() != null) {
                d.country = a.country();
            }
        } else if (a.kinds().contains(AgentTerm.Kind.MODIFIER) || titleOrHead) {
            if (d.modifierSector == null && a.sector() != null && !a.heads()) {
                d.modifierSector = a.sector();
            } else if (d.modifierSector == null && a.kinds().contains(AgentTerm.Kind.MODIFIER)) {
                d.modifierSector = a.sector();
            }
        }
        if (a.kinds().contains(AgentTerm.Kind.TITLE) || a.heads()) {
            d.titles.add(a.term());
            String[] words = a.term().split(" ");
            d.titles.add(words[words.length - 1]);
        }
    }

    /** "Popular Mobilization Forces (PMF)": the acronym becomes a mention of the same actor. */
    private Cand acronymAfter(int sentence, List<Token> tokens, boolean[] taken, Cand[] nameAt, Cand c) {
        int j = c.end;
        if (j + 2 < tokens.size() && isOpen(tokens.get(j)) && isClose(tokens.get(j + 2)) && !taken[j + 1]) {
            Token t = tokens.get(j + 1);
            String w = t.word();
            if (w.length() >= 2 && w.length() <= 8 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && w.chars().anyMatch(Character::isLetter)) {
                Cand a = new Cand(c.type, sentence, j + 1, j + 2, tokens);
                a.owner = c;
                a.nameText = w;
                a.named = c.named;
                taken[j + 1] = true;
                if (nameAt[j + 1] != null && nameAt[j + 1] != c) {
                    nameAt[j + 1].absorbed = true;
                }
                return a;
            }
        }
        return null;
    }

    private static boolean isOpen(Token t) {
        return t.word().equals("(") || t.word().equalsIgnoreCase("-LRB-");
    }

    private static boolean isClose(Token t) {
        return t.word().equals(")") || t.word().equalsIgnoreCase("-RRB-");
    }

    /** "Kataib Hezbollah, a militia sponsored by Tehran": the phrase describes the name before it. */
    private Cand appositionAfter(List<Token> tokens, Hit[] hitAt, Cand[] nameAt, boolean[] taken, int after, Cand c) {
        int j = after;
        if (j >= tokens.size() || !tokens.get(j).word().equals(",")) {
            return null;
        }
        int k = j + 1;
        int limit = Math.min(tokens.size(), k + 10);
        int last = -1;
        while (k < limit && !taken[k] && (NP_TAGS.contains(tokens.get(k).pos()) || hitAt[k] != null)
                && (nameAt[k] == null || !isPerson(nameAt[k]))) {
            last = k;
            k++;
        }
        if (last < 0) {
            return null;
        }
        Description d = describe(tokens, hitAt, j + 1, last + 1);
        if (d.head == null || d.headToken != last) {
            return null;
        }
        if (c.text == null || c.text.head == null) {
            c.text = merge(c.text, d);
        }
        Cand a = new Cand(c.type, c.sentence, j + 1, last + 1, tokens);
        a.owner = c;
        a.named = c.named;
        for (int i = j + 1; i <= last; i++) {
            taken[i] = true;
            if (nameAt[i] != null && nameAt[i] != c) {
                nameAt[i].absorbed = true;
            }
        }
        return a;
    }

    /** What the words of {@code [first, end)} say: country, organisation, head, modifiers. */
    Description describe(List<Token> tokens, Hit[] hitAt, int first, int end) {
        Description d = new Description();
        int[] len = new int[1];
        int i = end - 1;
        while (i >= first) {
            Hit h = hitAt == null ? null : hitAt[i];
            if (h != null) {
                if (h.country()) {
                    if (!(d.head != null && d.head.kinds().contains(AgentTerm.Kind.RELATIONAL)) && !ethnic(tokens, h)) {
                        d.country = ((CountryRef) h.value()).code();
                    }
                } else if (h.named().person()) {
                    d.personInside = h.named();
                } else {
                    d.org = h.named();
                }
                i = h.first() - 1;
                continue;
            }
            AgentTerm a = agentEndingAt(tokens, i, first, len);
            if (a != null) {
                note(d, a, i);
                i -= len[0];
                continue;
            }
            i--;
        }
        if (d.country == null && d.org != null) {
            d.country = d.org.roleOn(null).country();
        }
        if (d.country == null && d.personInside != null) {
            d.country = d.personInside.roleOn(null).country();
        }
        return d;
    }

    /** Noun phrases headed by an agent word: "Iraqi forces", "a military source", "the US DoD secretary". */
    private List<Cand> agentPhrases(String text, int sentence, List<Token> tokens, Hit[] hitAt, Cand[] nameAt,
                                    boolean[] taken) {
        List<Cand> out = new ArrayList<>();
        int n = tokens.size();
        int[] len = new int[1];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (taken[i] || !t.pos().startsWith("NN") || hitAt[i] != null || nameAt[i] != null) {
                continue;
            }
            if (i + 1 < n && tokens.get(i + 1).pos().startsWith("NN") && !taken[i + 1]) {
                continue; // not the head: the noun phrase goes on
            }
            AgentTerm head = agentEndingAt(tokens, i, 0, len);
            if (head == null || !head.heads()) {
                continue;
            }
            int headFirst = i - len[0] + 1;
            boolean blocked = false;
            for (int k = headFirst; k <= i; k++) {
                blocked |= taken[k] || hitAt[k] != null || nameAt[k] != null;
            }
            if (blocked) {
                continue;
            }
            int first = headFirst;
            while (first > 0 && !taken[first - 1]
                    && (NP_TAGS.contains(tokens.get(first - 1).pos()) || hitAt[first - 1] != null)
                    && (nameAt[first - 1] == null || !isPerson(nameAt[first - 1]) || first == headFirst)) {
                // A person's name right before the head modifies it ("the Bush administration").
                first = nameAt[first - 1] != null ? nameAt[first - 1].first : first - 1;
            }
            int end = i + 1;
            // "militiamen of Kataib Hezbollah", "rebels in Darfur", "forces from Jordan"
            boolean hasCountry = false;
            for (int k = first; k < headFirst; k++) {
                hasCountry |= hitAt[k] != null && (hitAt[k].country()
                        || !hitAt[k].named().person() && hitAt[k].named().roleOn(null).sector() == null);
            }
            String ownerCountry = null;
            boolean facility = head.kinds().contains(AgentTerm.Kind.FACILITY);
            // "bases in Iraq" are where they are, not whose: a facility's owner stands before it
            // "a spokesman for the Houthis", "an envoy for the UN": a title's "for" says whose too
            String after = end + 1 < n ? tokens.get(end).word().toLowerCase(Locale.ROOT) : "";
            if (!hasCountry && !facility && end + 1 < n
                    && (OWN_PLACE.contains(after) || after.equals("for") && head.kinds().contains(AgentTerm.Kind.TITLE))) {
                int k = end + 1;
                if (k < n && tokens.get(k).word().equalsIgnoreCase("the")) {
                    k++;
                }
                if (k < n && hitAt[k] != null && hitAt[k].first() == k && !taken[k]
                        && (hitAt[k].country() || !hitAt[k].named().person())) {
                    if (!(hitAt[k].end() < n && tokens.get(hitAt[k].end()).pos().equals("POS"))) {
                        end = hitAt[k].end();
                    } else if (hitAt[k].country() && tokens.get(end).word().equalsIgnoreCase("of")
                            && !relationalAfter(tokens, hitAt[k].end() + 1)) {
                        // "leaders of Romania's new government": Romania's, though not part of the
                        // mention; but the chief of Israel's ally is not Israeli
                        ownerCountry = ((CountryRef) hitAt[k].value()).code();
                    }
                }
            }
            Description d = describe(tokens, hitAt, first, end);
            if (d.country == null) {
                d.country = ownerCountry;
            }
            if (facility && d.country == null && d.org == null) {
                continue;  // "the base": a place, and nothing says whose
            }
            for (int k = first; k + 1 < headFirst; k++) {
                // "Quatar's emir": a name the dictionaries do not know says whose it is
                if (tokens.get(k).pos().startsWith("NNP") && hitAt[k] == null
                        && tokens.get(k + 1).pos().equals("POS")) {
                    d.external = true;
                }
            }
            Type type = Type.AGENT;
            Token headToken = tokens.get(i);
            boolean definite = false;
            for (int k = first; k < headFirst; k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                String pos = tokens.get(k).pos();
                definite |= w.equals("the") || pos.equals("PRP$") || pos.equals("POS") || hitAt[k] != null;
            }
            boolean singular = headToken.pos().equals("NN") || headToken.pos().equals("NNP");
            if (head.kinds().contains(AgentTerm.Kind.TITLE) && singular && definite) {
                type = Type.TITLE_NP;
            }
            int mentionFirst = first;
            // A possessive ending whose owner is another mention ("the government's information
            // ministry") does not start a name either.
            while (mentionFirst < headFirst && (tokens.get(mentionFirst).pos().equals("DT")
                    || tokens.get(mentionFirst).pos().equals("PDT") || tokens.get(mentionFirst).pos().equals("POS"))) {
                mentionFirst++;
            }
            Cand c = new Cand(type, sentence, mentionFirst, end, tokens);
            c.text = d;
            c.definite = definite;
            c.plural = !singular;
            // "Hezbollah guerrillas" are Hezbollah; "Arnor police" (a dictionary entry with a
            // country but no sector) are police of that country.
            if (type == Type.AGENT && d.org != null && d.org.roleOn(null).sector() != null) {
                c.named = d.org;
            }
            c.nameText = text.substring(c.start, c.endChar);
            for (int k = first; k < end; k++) {
                taken[k] = true;
                if (type == Type.TITLE_NP && nameAt[k] != null) {
                    nameAt[k].absorbed = true;
                }
            }
            out.add(c);
        }
        return out;
    }

    // ---------------------------------------------------------------- grouping

    private static final class Acc {
        final String key;
        String name;
        String country;
        String sector;
        boolean person;
        /** A group named by what it is ("students", "the police"), not by a name. */
        boolean generic;
        boolean external;
        boolean local;
        int firstSentence = Integer.MAX_VALUE;
        Cand firstCand;
        final Set<String> titles = new LinkedHashSet<>();
        final List<Span> mentions = new ArrayList<>();
        int firstStart = Integer.MAX_VALUE;
        int lastStart = -1;

        Acc(String key) {
            this.key = key;
        }
    }

    private List<Actor> group(String text, List<Cand> cands, LocalDate date,
                              Map<Integer, List<String>> placesBySentence) {
        Map<String, Acc> actors = new LinkedHashMap<>();
        Map<String, Set<String>> surnames = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        for (Cand c : cands) {
            if ((c.type == Type.PERSON || c.type == Type.NAMED && c.named.person()) && c.owner == null) {
                String[] words = c.nameText.trim().split("\\s+");
                if (words.length >= 2) {
                    surnames.computeIfAbsent(PhraseIndex.fold(words[words.length - 1]), k -> new LinkedHashSet<>())
                            .add(personKey(c));
                }
            }
        }
        for (Cand c : cands) {
            String key = switch (c.type) {
                case COUNTRY -> "C:" + c.country.code();
                case NAMED -> {
                    if (c.owner != null) {
                        yield c.owner.key;
                    }
                    // "Blair" after "Jonathan P. Blair" is that man, not the office holder of the
                    // dictionary whose surname it also is
                    String[] words = c.nameText == null ? new String[0] : c.nameText.trim().split("\\s+");
                    Set<String> keys = c.named.person() && words.length == 1 ? surnames.get(PhraseIndex.fold(words[0])) : null;
                    String own = "N:" + c.named.name();
                    yield keys != null && keys.size() == 1 && !keys.contains(own) ? keys.iterator().next() : own;
                }
                case PERSON -> {
                    if (c.owner != null) {
                        yield c.owner.key;
                    }
                    String[] words = c.nameText.trim().split("\\s+");
                    Set<String> keys = words.length == 1 ? surnames.get(PhraseIndex.fold(words[0])) : null;
                    yield keys != null && keys.size() == 1 ? keys.iterator().next() : personKey(c);
                }
                case ORG -> {
                    if (c.owner != null) {
                        yield c.owner.key;
                    }
                    String k = acronyms.get(c.nameText);
                    yield k != null ? k : "O:" + PhraseIndex.fold(c.nameText);
                }
                case TITLE_NP -> {
                    String k = titleReferent(c, actors);
                    yield k != null ? k : agentKey(c);
                }
                case PRONOUN -> pronounReferent(c, cands, actors);
                case AGENT -> {
                    if (c.named != null) {
                        yield "N:" + c.named.name();
                    }
                    String k = groupReferent(c, cands, actors);
                    yield k != null ? k : agentKey(c);
                }
            };
            if (key == null) {
                continue;
            }
            c.key = key;
            if (c.owner != null && c.endChar - c.start <= 8 && c.type != Type.COUNTRY) {
                acronyms.put(text.substring(c.start, c.endChar), key);
            }
            Acc a = actors.computeIfAbsent(key, Acc::new);
            absorb(a, c, date);
            if ((c.type == Type.AGENT || c.type == Type.TITLE_NP) && key.startsWith("G:")) {
                a.generic = true;
                a.external |= c.text != null && c.text.external;
                a.local |= c.text != null && c.text.local;
            }
            if (a.firstCand == null || c.start < a.firstCand.start) {
                a.firstCand = c;
                a.firstSentence = c.sentence;
            }
            a.mentions.add(new Span(c.start, c.endChar));
            a.firstStart = Math.min(a.firstStart, c.start);
            a.lastStart = Math.max(a.lastStart, c.start);
        }
        // An office holder introduced without a country ("President Omar El Bashir") belongs to
        // the article's country when the article names exactly one.
        Set<String> countries = new LinkedHashSet<>();
        for (Acc a : actors.values()) {
            if (a.country != null && a.country.length() == 3 && dict.countryName(a.country) != null) {
                countries.add(a.country);
            }
        }
        if (countries.size() == 1) {
            for (Acc a : actors.values()) {
                if (a.person && a.country == null && !a.titles.isEmpty()) {
                    a.country = countries.iterator().next();
                }
            }
        }
        // A person or an organisation the text gives no country at all ("Zuma appeared in a Durban
        // court", "Big Machine denied …") is taken to be of the country where the article's events
        // happen, as a reader of a local story would; news media are left out, since a wire story
        // is reported from anywhere.
        String articlePlace = dominant(placesBySentence);
        if (articlePlace == null) {
            articlePlace = mostNamed(actors.values());
        }
        if (articlePlace != null) {
            for (Acc a : actors.values()) {
                boolean organisation = a.key.startsWith("O:") && !"JRN".equals(a.sector);
                if ((a.person || organisation) && a.country == null && !a.external) {
                    a.country = articlePlace;
                }
            }
        }
        localGroups(text, cands, actors, placesBySentence, countries);
        List<Acc> ordered = new ArrayList<>(actors.values());
        ordered.sort(Comparator.comparingInt(a -> a.firstStart));
        List<Actor> out = new ArrayList<>();
        int id = 1;
        for (Acc a : ordered) {
            List<Span> mentions = new ArrayList<>(new LinkedHashSet<>(a.mentions));
            mentions.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
            out.add(new Actor("a" + id++, a.name, a.country, a.sector, mentions, a.generic));
        }
        return out;
    }

    /**
     * A group the text names only by what it is ("students", "the police", "demonstrators", "local
     * partners") belongs, when nothing in its own phrase says otherwise, to the country where the
     * sentence's events take place ("in Baghdad"), else to the country of the nearest actor of the
     * sentence that has one ("Egyptian police dispersed demonstrators"), else to where the
     * article's events take place, else to the article's only country, else to the country its
     * actors belong to most often. Groups that are not presumed
     * local ("analysts", "peacekeepers") keep no country; "local partners" take a place's only.
     */
    private void localGroups(String text, List<Cand> cands, Map<String, Acc> actors,
                             Map<Integer, List<String>> placesBySentence, Set<String> articleCountries) {
        Map<Integer, List<Cand>> bySentence = new HashMap<>();
        for (Cand c : cands) {
            Acc a = c.key == null ? null : actors.get(c.key);
            // the news outlet that reports the sentence ("the Washington Post said") says nothing
            // about where its events happen
            if (a != null && isState(a.country) && !"JRN".equals(a.sector)) {
                bySentence.computeIfAbsent(c.sentence, k -> new ArrayList<>()).add(c);
            }
        }
        String articlePlace = dominant(placesBySentence);
        for (Acc a : actors.values()) {
            if (!a.generic || a.person || a.external || a.country != null || a.firstCand == null) {
                continue;
            }
            String shared = sharedPlace(text, cands, a.firstCand, actors);
            if (shared != null) {
                a.country = shared;
                continue;
            }
            List<String> places = placesBySentence.getOrDefault(a.firstSentence, List.of());
            Cand nearest = null;
            int best = Integer.MAX_VALUE;
            for (Cand c : bySentence.getOrDefault(a.firstSentence, List.of())) {
                int gap = c.first >= a.firstCand.end ? c.first - a.firstCand.end : a.firstCand.first - c.end;
                if (gap >= 0 && gap < best) {
                    best = gap;
                    nearest = c;
                }
            }
            if (!places.isEmpty()) {
                a.country = places.get(0);
            } else if (a.local) {
                a.country = articlePlace;
            } else if (nearest != null) {
                a.country = actors.get(nearest.key).country;
            } else if (articlePlace != null) {
                a.country = articlePlace;
            } else if (articleCountries.size() == 1) {
                a.country = articleCountries.iterator().next();
            } else {
                a.country = mostNamed(actors.values());
            }
        }
    }

    /**
     * "Lawmakers and officials in Fornost": the place after the second of two coordinated groups
     * is the first one's too.
     */
    private static String sharedPlace(String text, List<Cand> cands, Cand c, Map<String, Acc> actors) {
        for (Cand o : cands) {
            if (o.sentence != c.sentence || o.start <= c.endChar || o.type != Type.AGENT || o.text == null
                    || o.text.headToken < 0 || o.text.headToken >= o.end - 1 || o.key == null) {
                continue;
            }
            String between = text.substring(c.endChar, o.start).strip();
            if (between.equals("and") || between.equals("or")) {
                Acc a = actors.get(o.key);
                return a == null ? null : a.country;
            }
        }
        return null;
    }

    private boolean isState(String code) {
        return code != null && code.length() == 3 && dict.countryName(code) != null;
    }

    /**
     * The country named most often among the sentences' places, or null when none is; on a tie, the one
     * named first, as a news lead names where its story happens ("talks in eastern Congo …" before
     * "mediators from Angola").
     */
    private static String dominant(Map<Integer, List<String>> placesBySentence) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (Map.Entry<Integer, List<String>> e : new java.util.TreeMap<>(placesBySentence).entrySet()) {
            for (String c : e.getValue()) {
                counts.merge(c, 1, Integer::sum);
                first.putIfAbsent(c, e.getKey());
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && first.get(e.getKey()) < first.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * The state the article's actors belong to most often, counting mentions (news media left
     * out: "CNN" says nothing of where a story happens); null when no actor has one.
     */
    private String mostNamed(java.util.Collection<Acc> actors) {
        Map<String, Integer> counts = new LinkedHashMap<>(); // first named wins a tie
        for (Acc a : actors) {
            if (isState(a.country) && !"JRN".equals(a.sector)) {
                counts.merge(a.country, a.mentions.size(), Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static String personKey(Cand c) {
        return c.type == Type.NAMED ? "N:" + c.named.name() : "P:" + PhraseIndex.fold(c.nameText);
    }

    private static String agentKey(Cand c) {
        Description d = c.text;
        String head = d.head == null ? "" : d.head.term();
        if (d.ethnonym != null) {
            return "G:E:" + d.ethnonym.replaceAll("s$", "");
        }
        if (d.country != null) {
            return "G:" + d.country + ":" + d.sector();
        }
        return "G:-:" + d.sector() + ":" + head.replaceAll("s$", "");
    }

    /** The person introduced earlier with this title, of a compatible country. */
    private static String titleReferent(Cand c, Map<String, Acc> actors) {
        Description d = c.text;
        String word = d.head.term();
        String[] parts = word.split(" ");
        String last = parts[parts.length - 1];
        Acc best = null;
        for (Acc a : actors.values()) {
            if (!a.person || !(a.titles.contains(word) || a.titles.contains(last))) {
                continue;
            }
            if (d.country != null && a.country != null && !d.country.equals(a.country)) {
                continue;
            }
            if (best == null || a.lastStart > best.lastStart) {
                best = a;
            }
        }
        return best == null ? null : best.key;
    }

    /**
     * The group a definite anaphor ("the group", "the militia") refers back to: the named group
     * (not a person, not a country) mentioned last before it, in its sentence or the three
     * before; null when the phrase says more (a country, another group), when none is named, or
     * when a phrase with the same head came after the name ("a group of students").
     */
    private static String groupReferent(Cand c, List<Cand> cands, Map<String, Acc> actors) {
        Description d = c.text;
        if (!c.definite || d == null || d.head == null || !d.head.kinds().contains(AgentTerm.Kind.ANAPHOR)
                || d.country != null || d.org != null || d.personInside != null) {
            return null;
        }
        for (String w : c.nameText.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return null; // "the Kurdish militia" names whose it is, even when no table knows
            }
        }
        String best = null;
        int bestStart = -1;
        int described = -1;
        for (Cand other : cands) {
            if (other.key == null || other.start >= c.start || other.sentence < c.sentence - 3) {
                continue;
            }
            if (other.type == Type.AGENT && other.text != null && other.text.head != null
                    && other.text.head.term().equals(d.head.term())) {
                described = Math.max(described, other.start); // "a group of students ... the group"
            }
            if (!(other.key.startsWith("N:") || other.key.startsWith("O:"))) {
                continue;
            }
            Acc a = actors.get(other.key);
            if (a != null && !a.person && other.start > bestStart) {
                best = other.key;
                bestStart = other.start;
            }
        }
        return described > bestStart ? null : best;
    }

    /**
     * The only person mentioned earlier in the sentence, or else in the nearest of the two
     * sentences before that mentions any ("Zuma appeared in court. The charges stem from an arms
     * deal. He is accused of …").
     */
    private static String pronounReferent(Cand p, List<Cand> cands, Map<String, Acc> actors) {
        for (int sentence = p.sentence; sentence >= Math.max(0, p.sentence - 2); sentence--) {
            Set<String> persons = new LinkedHashSet<>();
            for (Cand c : cands) {
                if (c.sentence != sentence || c.key == null || c.start >= p.start) {
                    continue;
                }
                Acc a = actors.get(c.key);
                if (a != null && a.person) {
                    persons.add(c.key);
                }
            }
            if (persons.size() == 1) {
                return persons.iterator().next();
            }
            if (persons.size() > 1) {
                return null;
            }
        }
        return null;
    }

    /** Adds what a mention says about its actor; text knowledge first, then the dictionaries. */
    private void absorb(Acc a, Cand c, LocalDate date) {
        Description d = c.text;
        switch (c.type) {
            case COUNTRY -> {
                if (a.name == null) {
                    String name = dict.countryName(c.country.code());
                    a.name = name != null ? name : c.country.code();
                    a.country = c.country.code();
                }
                if (c.country.kind() == CountryRef.Kind.METONYM && c.country.sector() != null && a.sector == null) {
                    a.sector = c.country.sector();
                }
            }
            case NAMED -> {
                if (a.name == null) {
                    NamedActor.Role role = c.named.roleOn(date);
                    a.name = c.named.name();
                    a.country = role.country();
                    a.sector = role.sector();
                    a.person = c.named.person() || c.nerPerson;
                }
                textKnowledge(a, d);
            }
            case PERSON, ORG -> {
                a.person |= c.type == Type.PERSON || d != null && d.personTitle;
                if (a.name == null || c.owner == null && c.nameText.length() > a.name.length()) {
                    a.name = c.nameText;
                }
                textKnowledge(a, d);
            }
            case TITLE_NP, AGENT -> {
                if (a.name == null && c.named != null) {
                    // "representatives of the M23", "Hezbollah guerrillas": the group, coded as the
                    // group, whatever the members' word ("representatives" alone would be GOV).
                    NamedActor.Role role = c.named.roleOn(date);
                    a.name = c.named.name();
                    a.country = d != null && d.country != null ? d.country : role.country();
                    a.sector = role.sector();
                } else if (a.name == null) {
                    a.name = c.nameText;
                    if (d != null) {
                        a.country = d.country;
                        a.sector = d.sector();
                    }
                }
            }
            case PRONOUN -> {
            }
        }
    }

    private static void textKnowledge(Acc a, Description d) {
        if (d == null) {
            return;
        }
        if (d.country != null) {
            a.country = d.country;
        }
        String sector = d.sector();
        if (sector != null) {
            a.sector = sector;
        } else if (d.org != null && a.sector == null) {
            a.sector = d.org.roleOn(null).sector();
        }
        a.titles.addAll(d.titles);
    }
}
