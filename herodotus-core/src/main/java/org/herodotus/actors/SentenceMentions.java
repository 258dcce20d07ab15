package org.herodotus.actors;

import static org.herodotus.actors.PhraseWords.PLACE_HEADS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Place;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Entity;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.TimeExpression;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Token;
import org.herodotus.places.Locatives;

/**
 * The candidate mentions of one sentence, in the order they are read: dictionary names and
 * countries, named entities the dictionaries do not know, the titles, acronyms and appositions
 * around each name, phrases headed by an agent word, countries left on their own, and pronouns.
 * Also reads where the sentence locates things ({@link PlaceCountries#inSentence}).
 */
final class SentenceMentions {

    /** Words before a capital that make it a place ("in Baghdad") rather than its government. */
    private static final Set<String> LOCATIVE = Locatives.defaults().words(Locatives.Use.CAPITAL);
    private static final Set<String> HONORIFICS = PhraseWords.of("honorifics");
    private static final Set<String> PRONOUNS = PhraseWords.of("person-pronouns");

    /**
     * What one sentence yields.
     *
     * @param mentions       its candidate mentions
     * @param placeCountries the countries of the places it locates things in, in text order
     */
    record Reading(List<Mention> mentions, List<String> placeCountries) {
    }

    private final DictionaryHits dictionaryHits;
    private final PhraseDescriber describer;
    private final TitlesAndAppositions surroundings;
    private final AgentPhrases agentPhrases;

    SentenceMentions(DictionaryHits dictionaryHits, PhraseDescriber describer) {
        this.dictionaryHits = dictionaryHits;
        this.describer = describer;
        this.surroundings = new TitlesAndAppositions(describer);
        this.agentPhrases = new AgentPhrases(describer);
    }

    /**
     * Reads sentence {@code s}: {@code entities} and {@code times} are the recogniser's in it,
     * {@code gazetteerPlaces} the places stage's (one per mention, see {@link PlaceCountries#mentionsIn}).
     */
    Reading read(String text, Sentence s, List<Entity> entities, List<TimeExpression> times, LocalDate date,
                 List<Place> gazetteerPlaces) {
        List<Token> tokens = s.tokens();
        int n = tokens.size();
        List<DictionaryHit> hits = dictionaryHits.find(text, tokens, date);
        DictionaryHit[] hitAt = DictionaryHits.byToken(hits, n);
        // A person's name inside a longer name ("al-Assad" in "Ain al-Assad") is not that person,
        // nor is an organisation's inside a place name.
        int[] len = new int[1];
        for (DictionaryHit h : hits) {
            NamedActor a = h.named();
            if (a == null || !a.person() || h.first() == 0) {
                continue;
            }
            Token before = tokens.get(h.first() - 1);
            if (before.pos().startsWith("NNP") && hitAt[h.first() - 1] == null
                    && !HONORIFICS.contains(before.word().toLowerCase(Locale.ROOT))
                    && describer.agentEndingAt(tokens, h.first() - 1, 0, len) == null) {
                for (int k = h.first(); k < h.end(); k++) {
                    hitAt[k] = null;
                }
            }
        }
        for (Entity e : entities) {
            for (int i = e.firstToken(); i < e.endToken(); i++) {
                DictionaryHit h = hitAt[i];
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
        List<String> places = PlaceCountries.inSentence(tokens, hitAt, gazetteerPlaces);
        SentenceState state = new SentenceState(text, s.index(), tokens, hitAt);
        List<Mention> names = names(state, entities);
        for (Mention c : names) {
            for (int i = c.first; i < c.end; i++) {
                state.nameAt[i] = c;
            }
        }
        // "On Monday a group of students": a time expression is no part of an actor's name.
        for (TimeExpression t : times) {
            for (int i = 0; i < n; i++) {
                state.taken[i] |= tokens.get(i).start() >= t.start() && tokens.get(i).end() <= t.end();
            }
        }
        List<Mention> out = new ArrayList<>(names);
        // Titles before a name and appositions after it; persons first, as their titles may
        // hold organisation names ("US Secretary of Defense (DoD), Mark Esper").
        List<Mention> ordered = new ArrayList<>(names);
        ordered.sort(Comparator.comparing((Mention c) -> !c.person()));
        for (Mention c : ordered) {
            if (c.absorbed) {
                continue;
            }
            surroundings.titleBefore(state, c);
            Mention acronym = surroundings.acronymAfter(state, c);
            if (acronym != null) {
                out.add(acronym);
            }
            Mention appos = surroundings.appositionAfter(state, acronym != null ? acronym.end : c.end, c);
            if (appos != null) {
                out.add(appos);
            }
        }
        out.addAll(agentPhrases.find(state));
        out.addAll(loneCountries(state, hits));
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!state.taken[i] && state.nameAt[i] == null && (t.pos().equals("PRP") || t.pos().equals("PRP$"))
                    && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
                Mention pronoun = new Mention(Mention.Kind.PRONOUN, s.index(), i, i + 1, tokens);
                pronoun.nameText = t.word();
                for (Dependency d : s.heads(i)) {
                    String rel = d.baseRelation();
                    if (rel.equals("nsubj") || rel.equals("obj") || rel.equals("iobj")) {
                        pronoun.verb = d.governor();
                        pronoun.subject = rel.equals("nsubj");
                    }
                }
                out.add(pronoun);
            }
        }
        out.removeIf(c -> c.absorbed);
        return new Reading(out, places);
    }

    /**
     * The names of the sentence: named entities the dictionaries do not know (an entity around a
     * country name, the "Kenya" of "Kenya Anti-Corruption Commission", keeps the country for
     * itself), then the named actors of the dictionaries.
     */
    private List<Mention> names(SentenceState state, List<Entity> entities) {
        List<Token> tokens = state.tokens;
        DictionaryHit[] hitAt = state.hitAt;
        int n = tokens.size();
        List<Mention> names = new ArrayList<>();
        boolean[] nerPerson = new boolean[n];
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
                DictionaryHit h = hitAt[i];
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
            Mention.Kind type = "PERSON".equals(e.type()) ? Mention.Kind.PERSON : Mention.Kind.ORG;
            Mention c = new Mention(type, state.index, e.firstToken(), e.endToken(), tokens);
            c.nameText = state.text.substring(c.start, c.endChar);
            c.nerPerson = type == Mention.Kind.PERSON;
            if (inner != null && type == Mention.Kind.ORG) {
                c.description = new PhraseDescription();
                c.description.country = inner.code();
            }
            if (type == Mention.Kind.ORG) {
                describer.describeOwnWords(tokens, c);
            }
            names.add(c);
        }
        for (int i = 0; i < n; i++) {
            DictionaryHit h = hitAt[i];
            if (h != null && h.first() == i && h.named() != null) {
                Mention c = new Mention(Mention.Kind.NAMED, state.index, h.first(), h.end(), tokens);
                c.named = h.named();
                c.nameText = state.text.substring(c.start, c.endChar);
                c.nerPerson = nerPerson[i];
                names.add(c);
            }
        }
        return names;
    }

    /** Countries no name, title or phrase has taken: "Iran denied"; not a capital used as a place. */
    private static List<Mention> loneCountries(SentenceState state, List<DictionaryHit> hits) {
        List<Mention> out = new ArrayList<>();
        for (DictionaryHit h : hits) {
            if (!h.country() || state.hitAt[h.first()] != h || state.taken[h.first()] || state.nameAt[h.first()] != null) {
                continue;
            }
            CountryRef ref = (CountryRef) h.value();
            if (ref.kind() == CountryRef.Kind.METONYM && locative(state.tokens, h.first(), h.end())) {
                continue;
            }
            if (PhraseDescriber.ethnic(state.tokens, h)) {
                out.add(AgentPhrases.ethnicGroup(state, h));
                continue;
            }
            Mention c = new Mention(Mention.Kind.COUNTRY, state.index, h.first(), h.end(), state.tokens);
            c.country = ref;
            c.national = ref.kind() == CountryRef.Kind.DEMONYM && national(state.tokens, h.first(), h.end());
            out.add(c);
        }
        return out;
    }

    /**
     * Whether a demonym is one person named by nationality: a singular noun after "the", with only
     * an age or adjectives between ("the Australian", "the 48-year-old Briton"), that no noun
     * follows ("the Australian embassy" is no person).
     */
    private static boolean national(List<Token> tokens, int first, int end) {
        if (end < tokens.size() && tokens.get(end).pos().startsWith("NN")) {
            return false;
        }
        String last = tokens.get(end - 1).word();
        if (last.endsWith("s") || last.endsWith("S")) {
            return false;  // "the Australians": a people, not one person
        }
        for (int i = first - 1; i >= 0 && i >= first - 6; i--) {
            Token t = tokens.get(i);
            if (t.word().equalsIgnoreCase("the")) {
                return true;
            }
            if (!t.pos().equals("JJ") && !t.pos().equals("CD") && !t.word().equals("-") && !t.pos().equals("HYPH")
                    && !t.word().matches("(?i)year|years|old")) {
                return false;
            }
        }
        return false;
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

    /** Whether a capital is used as a place ("in Baghdad", "Baghdad airport") rather than for its government. */
    static boolean locative(List<Token> tokens, int first, int end) {
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
}
