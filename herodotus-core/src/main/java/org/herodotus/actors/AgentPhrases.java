package org.herodotus.actors;

import static org.herodotus.actors.PhraseWords.COMPASS;
import static org.herodotus.actors.PhraseWords.NP_TAGS;
import static org.herodotus.actors.PhraseWords.OWN_PLACE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herodotus.nlp.Token;

/**
 * Mentions of actors named by what they are rather than by a name: noun phrases headed by an
 * agent word ("Iraqi forces", "a military source", "the US DoD secretary", "a spokesman for the
 * Houthis") and ethnic groups ("ethnic Albanians in south Serbia").
 */
final class AgentPhrases {

    private final PhraseDescriber describer;

    AgentPhrases(PhraseDescriber describer) {
        this.describer = describer;
    }

    /** Noun phrases headed by an agent word: "Iraqi forces", "a military source", "the US DoD secretary". */
    List<Mention> find(SentenceState s) {
        String text = s.text;
        int sentence = s.index;
        List<Token> tokens = s.tokens;
        DictionaryHit[] hitAt = s.hitAt;
        Mention[] nameAt = s.nameAt;
        boolean[] taken = s.taken;
        List<Mention> out = new ArrayList<>();
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
            AgentTerm head = describer.agentEndingAt(tokens, i, 0, len);
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
                    && (nameAt[first - 1] == null || !nameAt[first - 1].person() || first == headFirst)) {
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
                            && !describer.relationalAfter(tokens, hitAt[k].end() + 1)) {
                        // "leaders of Romania's new government": Romania's, though not part of the
                        // mention; but the chief of Israel's ally is not Israeli
                        ownerCountry = ((CountryRef) hitAt[k].value()).code();
                    }
                }
            }
            PhraseDescription d = describer.describe(tokens, hitAt, first, end);
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
            Mention.Kind type = Mention.Kind.AGENT;
            Token headToken = tokens.get(i);
            boolean definite = false;
            for (int k = first; k < headFirst; k++) {
                String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                String pos = tokens.get(k).pos();
                definite |= w.equals("the") || pos.equals("PRP$") || pos.equals("POS") || hitAt[k] != null;
            }
            boolean singular = headToken.pos().equals("NN") || headToken.pos().equals("NNP");
            if (head.kinds().contains(AgentTerm.Kind.TITLE) && singular && definite) {
                type = Mention.Kind.TITLE_NP;
            }
            int mentionFirst = first;
            // A possessive ending whose owner is another mention ("the government's information
            // ministry") does not start a name either.
            while (mentionFirst < headFirst && (tokens.get(mentionFirst).pos().equals("DT")
                    || tokens.get(mentionFirst).pos().equals("PDT") || tokens.get(mentionFirst).pos().equals("POS"))) {
                mentionFirst++;
            }
            Mention c = new Mention(type, sentence, mentionFirst, end, tokens);
            c.description = d;
            c.definite = definite;
            c.plural = !singular;
            // "Hezbollah guerrillas" are Hezbollah; "Arnor police" (a dictionary entry with a
            // country but no sector) are police of that country.
            if (type == Mention.Kind.AGENT && d.org != null && d.org.roleOn(null).sector() != null) {
                c.named = d.org;
            }
            c.nameText = text.substring(c.start, c.endChar);
            for (int k = first; k < end; k++) {
                taken[k] = true;
                if (type == Mention.Kind.TITLE_NP && nameAt[k] != null) {
                    nameAt[k].absorbed = true;
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * An ethnic group ("ethnic Turks") at hit {@code h}: civilians whose country is where they
     * live, said after them ("ethnic Albanians in south Serbia") or left to the context.
     */
    static Mention ethnicGroup(SentenceState s, DictionaryHit h) {
        List<Token> tokens = s.tokens;
        DictionaryHit[] hitAt = s.hitAt;
        Mention c = new Mention(Mention.Kind.AGENT, s.index, h.first() - 1, h.end(), tokens);
        c.nameText = s.text.substring(c.start, c.endChar);
        c.plural = true;
        PhraseDescription d = new PhraseDescription();
        d.headSector = "CVL";
        d.ethnonym = PhraseIndex.fold(s.text.substring(tokens.get(h.first()).start(), tokens.get(h.end() - 1).end()));
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
        c.description = d;
        return c;
    }
}
