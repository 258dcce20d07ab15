package org.herodotus.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.lexicon.LexiconFile;
import org.herodotus.lexicon.LexiconLine;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Event;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * Tells a claim from a quote. A claim, as analysts record it, says something about a deed (an
 * attack, an arrest, a threat), a wrongdoing (corruption, espionage, abuse) or who is to blame;
 * everything else that someone is reported to have said ("talks will resume next week, the
 * minister said") is a quote. A deed is an event the events stage coded in the content (material
 * conflict or a threat); wrongdoings and the outcomes of deeds ("killed", "corruption") come from
 * {@code wrongdoing.txt}. The event lexicon's trigger words were tried as well: on the news
 * development set they made three quotes claims for every claim they found ("fight", "threat",
 * "war" in talk about trade), so only coded deeds count. Immutable and thread-safe.
 */
final class ClaimScope {

    private static final String WRONGDOING = "wrongdoing.txt";
    private static final String CHARGES = "charges.txt";
    private static final Set<String> BE = ClaimWords.of("passive-aux");
    private final Set<String> wrongdoing;
    private final Set<String> charges;

    private ClaimScope(Set<String> wrongdoing, Set<String> charges) {
        this.wrongdoing = Set.copyOf(wrongdoing);
        this.charges = Set.copyOf(charges);
    }

    /** The scope with the bundled wrongdoing and charge words. */
    static ClaimScope bundled() {
        return new ClaimScope(words(WRONGDOING), words(CHARGES));
    }

    private static Set<String> words(String file) {
        Set<String> words = new HashSet<>();
        for (LexiconLine line : LexiconFile.resource(ClaimScope.class, "/org/herodotus/claims/" + file).entries()) {
            words.add(line.text().strip().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * Whether a denial only refuses something rather than denying a claim: its cue is passive
     * ("she was denied asylum"), or its content is a noun phrase that names no deed coded as an
     * event, no wrongdoing and no charge ("the ministry denied his application", against "denied
     * the allegations", "denied any involvement").
     */
    boolean isRefusal(Sentence sentence, List<Token> cue, List<Token> content, Event about) {
        for (Token t : cue) {
            // the auxiliary may stand inside the cue's span ("have been denied") or before it
            if (t.pos().equals("VBN") && t.index() > 0 && BE.contains(lemma(sentence.tokens().get(t.index() - 1)))) {
                return true;
            }
        }
        Token object = nounObject(sentence, cue);
        if (object != null) {
            // The object's head decides, not the verbs of its modifiers: "denied Farrakhan's
            // application to receive the award" and "rejected his attempt to delay the hearing"
            // refuse; "denied the allegations that …" and "denied the killing" deny.
            if (isWrongdoing(object) || charges.contains(lemma(object))) {
                return false;
            }
            return about == null || !ClaimEvents.isDeed(about)
                    || !(about.trigger().start() >= object.start() && about.trigger().start() < object.end());
        }
        if (about != null && ClaimEvents.isDeed(about)) {
            return false;
        }
        for (Token t : content) {
            if (t.pos().startsWith("VB") || t.pos().equals("MD") || isWrongdoing(t) || charges.contains(lemma(t))) {
                return false;
            }
        }
        return !content.isEmpty();
    }

    /** The noun the cue verb takes as its direct object, or null. */
    private static Token nounObject(Sentence sentence, List<Token> cue) {
        if (sentence == null) {
            return null;
        }
        for (Token t : cue) {
            if (!t.pos().startsWith("VB")) {
                continue;
            }
            for (org.herodotus.nlp.Dependency d : sentence.children(t.index())) {
                Token o = sentence.tokens().get(d.dependent());
                if (d.baseRelation().equals("obj") && o.pos().startsWith("NN")) {
                    return o;
                }
            }
        }
        return null;
    }

    /** Whether the word names a wrongdoing or a deed's outcome ("mined", "persecuted", "killed"). */
    boolean isWrongdoing(Token t) {
        return wrongdoing.contains(lemma(t)) || wrongdoing.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static String lemma(Token t) {
        return t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a reported statement is a claim: it names who did (or did not do) something, it is
     * an accusation, denial or responsibility claim by its cue, it is about a deed coded as an
     * event, or its content speaks of a wrongdoing and tells no other event. A statement about a
     * demand, an offer, talks or aid tells that event, which is coded as such: news coders record
     * it as the event, not as a claim ("said Britain had asked Iran to release the detained sailors"
     * is a request).
     */
    boolean isClaim(ClaimType type, String doer, Event about, List<Token> content) {
        if (type != ClaimType.STATEMENT || doer != null) {
            return true;
        }
        if (about != null) {
            return ClaimEvents.isDeed(about);
        }
        for (Token t : content) {
            if (isWrongdoing(t)) {
                return true;
            }
        }
        return false;
    }
}
