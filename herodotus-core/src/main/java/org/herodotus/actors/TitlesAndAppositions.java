package org.herodotus.actors;

import static org.herodotus.actors.PhraseWords.NP_TAGS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.nlp.Token;

/**
 * Reads the words around a name for what they say of it: the title before it ("US Defense
 * Secretary Mark Esper"), an acronym in brackets after it ("Popular Mobilization Forces (PMF)")
 * and an apposition after it ("Kataib Hezbollah, a militia sponsored by Tehran"). The words read
 * are taken from the sentence, so no other rule makes a mention of them.
 */
final class TitlesAndAppositions {

    private static final Set<String> TITLE_GLUE = PhraseWords.of("title-glue");

    private final PhraseDescriber describer;

    TitlesAndAppositions(PhraseDescriber describer) {
        this.describer = describer;
    }

    /** "US Defense Secretary Mark Esper", "Baghdad's premier: Adil Abdul-Mahdi". */
    void titleBefore(SentenceState s, Mention c) {
        List<Token> tokens = s.tokens;
        DictionaryHit[] hitAt = s.hitAt;
        Mention[] nameAt = s.nameAt;
        boolean[] taken = s.taken;
        int i = c.first - 1;
        if (i >= 0 && (tokens.get(i).word().equals(":") || tokens.get(i).word().equals(","))) {
            i--;
        }
        PhraseDescription d = new PhraseDescription();
        int leftmost = -1;
        int[] len = new int[1];
        List<Mention> inside = new ArrayList<>();
        while (i >= 0 && c.first - i <= 12 && !taken[i]) {
            Token t = tokens.get(i);
            Mention other = nameAt[i];
            if (other != null && other != c) {
                if (other.person()) {
                    break;
                }
                if (other.type == Mention.Kind.NAMED && d.org == null) {
                    d.org = other.named;
                }
                if (other.description != null && other.description.country != null && d.country == null) {
                    d.country = other.description.country;
                }
                // An unknown organisation inside a title is usually its department ("Defense").
                inside.add(other);
                leftmost = other.first;
                i = other.first - 1;
                continue;
            }
            DictionaryHit h = hitAt[i];
            if (h != null && h.country()) {
                if (d.country == null) {
                    d.country = ((CountryRef) h.value()).code();
                }
                leftmost = h.first();
                i = h.first() - 1;
                continue;
            }
            AgentTerm a = describer.agentEndingAt(tokens, i, 0, len);
            if (a != null) {
                PhraseDescriber.note(d, a, i);
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
            if (nameAt[k] != null && nameAt[k] != c && !nameAt[k].person()) {
                nameAt[k].absorbed = true;
            }
        }
        for (Mention o : inside) {
            o.absorbed = true;
        }
        c.start = tokens.get(leftmost).start();
        c.description = PhraseDescriber.merge(c.description, d);
    }

    /** "Popular Mobilization Forces (PMF)": the acronym becomes a mention of the same actor. */
    Mention acronymAfter(SentenceState s, Mention c) {
        List<Token> tokens = s.tokens;
        int j = c.end;
        if (j + 2 < tokens.size() && isOpen(tokens.get(j)) && isClose(tokens.get(j + 2)) && !s.taken[j + 1]) {
            Token t = tokens.get(j + 1);
            String w = t.word();
            if (w.length() >= 2 && w.length() <= 8 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && w.chars().anyMatch(Character::isLetter)) {
                Mention a = new Mention(c.type, s.index, j + 1, j + 2, tokens);
                a.owner = c;
                a.nameText = w;
                a.named = c.named;
                s.taken[j + 1] = true;
                if (s.nameAt[j + 1] != null && s.nameAt[j + 1] != c) {
                    s.nameAt[j + 1].absorbed = true;
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

    /**
     * "Kataib Hezbollah, a militia sponsored by Tehran": the phrase from token {@code after} on
     * describes the name before it.
     */
    Mention appositionAfter(SentenceState s, int after, Mention c) {
        List<Token> tokens = s.tokens;
        boolean[] taken = s.taken;
        Mention[] nameAt = s.nameAt;
        int j = after;
        if (j >= tokens.size() || !tokens.get(j).word().equals(",")) {
            return null;
        }
        int k = j + 1;
        int limit = Math.min(tokens.size(), k + 10);
        int last = -1;
        while (k < limit && !taken[k] && (NP_TAGS.contains(tokens.get(k).pos()) || s.hitAt[k] != null)
                && (nameAt[k] == null || !nameAt[k].person())) {
            last = k;
            k++;
        }
        if (last < 0) {
            return null;
        }
        PhraseDescription d = describer.describe(tokens, s.hitAt, j + 1, last + 1);
        if (d.head == null || d.headToken != last) {
            return null;
        }
        if (c.description == null || c.description.head == null) {
            c.description = PhraseDescriber.merge(c.description, d);
        }
        Mention a = new Mention(c.type, c.sentence, j + 1, last + 1, tokens);
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
}
