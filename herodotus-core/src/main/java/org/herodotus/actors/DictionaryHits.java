package org.herodotus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.nlp.Token;

/**
 * Finds the country names and named actors of a sentence: the longest dictionary matches, left
 * to right, without overlaps; where one phrase names several actors, the one in office on the
 * article's date.
 */
final class DictionaryHits {

    private final ActorDictionary dict;

    DictionaryHits(ActorDictionary dict) {
        this.dict = dict;
    }

    /** Longest dictionary matches, left to right, without overlaps. */
    List<DictionaryHit> find(String text, List<Token> tokens, LocalDate date) {
        List<DictionaryHit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseIndex.Match<Object> m = dict.names().longestAt(text, tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            out.add(new DictionaryHit(m.first(), m.end(), choose(m.values(), date)));
            i = m.end();
        }
        return out;
    }

    /** The hit covering each of {@code size} tokens, or null. */
    static DictionaryHit[] byToken(List<DictionaryHit> hits, int size) {
        DictionaryHit[] hitAt = new DictionaryHit[size];
        for (DictionaryHit h : hits) {
            for (int i = h.first(); i < h.end(); i++) {
                hitAt[i] = h;
            }
        }
        return hitAt;
    }

    /** Among values named by one phrase: named actors first, the one in office on the date. */
    static Object choose(List<Object> values, LocalDate date) {
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
}
