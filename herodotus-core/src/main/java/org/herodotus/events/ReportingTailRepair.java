package org.herodotus.events;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;

/**
 * Gives back to an event verb the object a parser handed to the reporting verb of the sentence's
 * tail. In "Dini met former president Julius Nyerere, the negotiator for Burundi, the ministry
 * said", the dependency parser often reads "Nyerere … the ministry" as two subjects of "said" and
 * leaves "met" without an object; wire copy ends most sentences that way, so the event would lose
 * its recipient, or its trigger would not count at all.
 *
 * <p>The repair is narrow: a verb with no object, whose clausal complement is a later reporting
 * verb (the modality lexicon's {@code transparent} class) with two subjects, the first of them
 * after the verb and set off from the second by a comma. That first subject becomes the verb's
 * object; nothing else changes.
 */
final class ReportingTailRepair {

    private final ModalityLexicon words;

    ReportingTailRepair(ModalityLexicon words) {
        this.words = words;
    }

    /** The sentence with the misread subject moved to the verb's object, or the sentence itself. */
    Sentence apply(Sentence s) {
        List<Dependency> deps = s.dependencies();
        for (Dependency c : deps) {
            if (!c.relation().equals("ccomp") || c.dependent() <= c.governor() || c.governor() < 0) {
                continue;
            }
            int verb = c.governor();
            int report = c.dependent();
            if (!words.is("transparent", lemma(s, report))
                    || s.children(verb).stream().anyMatch(d -> d.relation().equals("obj"))) {
                continue;
            }
            List<Integer> subjects = new ArrayList<>();
            for (Dependency d : s.children(report)) {
                if (d.relation().equals("nsubj") && d.dependent() > verb) {
                    subjects.add(d.dependent());
                }
            }
            if (subjects.size() != 2) {
                continue;
            }
            int first = Math.min(subjects.get(0), subjects.get(1));
            int second = Math.max(subjects.get(0), subjects.get(1));
            if (!commaBetween(s, first, second)) {
                continue;
            }
            List<Dependency> fixed = new ArrayList<>(deps.size());
            for (Dependency d : deps) {
                if (d.governor() == report && d.dependent() == first && d.relation().equals("nsubj")) {
                    fixed.add(new Dependency(verb, first, "obj"));
                } else {
                    fixed.add(d);
                }
            }
            return new Sentence(s.index(), s.start(), s.end(), s.tokens(), fixed, s.parsed());
        }
        return s;
    }

    private static String lemma(Sentence s, int i) {
        var t = s.tokens().get(i);
        return t.lemma() == null ? t.word() : t.lemma();
    }

    private static boolean commaBetween(Sentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (s.tokens().get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
