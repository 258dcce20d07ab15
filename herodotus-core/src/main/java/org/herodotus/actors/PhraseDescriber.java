package org.herodotus.actors;

import static org.herodotus.actors.PhraseWords.NP_TAGS;

import java.util.List;
import java.util.Locale;
import org.herodotus.nlp.Token;

/**
 * Reads the words of a noun phrase for what they say about an actor: the agent terms of the
 * lexicon (head, title, modifiers), the country names and named actors inside it. Used for titles,
 * appositions and agent phrases, and by {@link ActorStage} for any span another stage asks about.
 */
final class PhraseDescriber {

    private final ActorDictionary dict;

    PhraseDescriber(ActorDictionary dict) {
        this.dict = dict;
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

    /** What the words of {@code [first, end)} say: country, organisation, head, modifiers. */
    PhraseDescription describe(List<Token> tokens, DictionaryHit[] hitAt, int first, int end) {
        PhraseDescription d = new PhraseDescription();
        int[] len = new int[1];
        int i = end - 1;
        while (i >= first) {
            DictionaryHit h = hitAt == null ? null : hitAt[i];
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

    /** Adds what agent term {@code a} at token {@code token} says: the head when none yet, else a modifier. */
    static void note(PhraseDescription d, AgentTerm a, int token) {
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

    /** {@code d}, keeping the country and head of {@code old} where {@code d} has none. */
    static PhraseDescription merge(PhraseDescription old, PhraseDescription d) {
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

    /** Reads the words of an unknown organisation's own name for its sector ("Workers' Union" → LAB). */
    void describeOwnWords(List<Token> tokens, Mention c) {
        int[] len = new int[1];
        for (int i = c.end - 1; i >= c.first; i--) {
            AgentTerm a = agentEndingAt(tokens, i, c.first, len);
            if (a != null && a.heads() && a.sector() != null) {
                if (c.description == null) {
                    c.description = new PhraseDescription();
                }
                c.description.head = a;
                c.description.headSector = a.sector();
                return;
            }
        }
    }

    /** Whether the noun phrase from {@code from} on is headed by a relational noun ("militia ally"). */
    boolean relationalAfter(List<Token> tokens, int from) {
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

    /** "ethnic Albanians", "ethnic Turkish guerrillas": the demonym says who they are, not their state. */
    static boolean ethnic(List<Token> tokens, DictionaryHit h) {
        return h.country() && ((CountryRef) h.value()).kind() == CountryRef.Kind.DEMONYM && h.first() > 0
                && tokens.get(h.first() - 1).word().equalsIgnoreCase("ethnic");
    }
}
