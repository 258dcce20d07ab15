package org.herodotus.claims;

import static org.herodotus.claims.Phrases.addIfAny;
import static org.herodotus.claims.Phrases.childWith;
import static org.herodotus.claims.Phrases.clauseFragments;
import static org.herodotus.claims.Phrases.phrase;
import static org.herodotus.claims.Phrases.relayAfter;
import static org.herodotus.claims.Phrases.spanOf;
import static org.herodotus.claims.Phrases.trimmed;
import static org.herodotus.claims.Phrases.withClosingQuote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * What is reported through a reporting verb, once its cue and source are known: its clause
 * ("said that ..."), a quotation next to the cue, the clause the cue interrupts or hangs on ("As
 * Crane said, ..."), the sentence before ("It has been stated by X"), or its object and the rest
 * of the predication ("blamed Iran for the attacks"). Makes the attribution, or none when nothing
 * is reported.
 */
final class ReportingVerbContent {

    private static final Set<String> NO_OBJECT_CONTENT = ClaimWords.of("no-object-content");

    private static final Set<String> PRONOUN_SUBJECTS = ClaimWords.of("pronoun-subjects");

    private ReportingVerbContent() {
    }

    /**
     * The attribution of the verb at {@code v}, or null when it reports nothing; {@code blocked}
     * holds the cue's and source's tokens, which the content never takes.
     */
    static Attribution read(CuePattern.Context context, Sentence s, int v, ReportingVerbCue.Reading reading,
                            ReportingVerbSource.Reading speaker, BitSet blocked) {
        String text = context.text();
        Sentence previous = context.previous();
        List<Span> quotes = context.quotes();
        List<Token> tokens = s.tokens();
        Token verb = tokens.get(v);
        ClaimLexicon.Cue cue = reading.cue();
        BitSet cueTokens = reading.tokens();
        int cueLast = reading.last();
        int prepObject = reading.prepObject();
        int subject = speaker.subject();
        boolean passive = speaker.passive();
        int sourceHead = speaker.head();
        Span source = speaker.span();

        // Content: a clause, a quotation next to the cue, or the clause the cue interrupts.
        List<Span> content = new ArrayList<>();
        int clause = childWith(s, v, "ccomp");
        if (clause < 0 && passive && subject >= 0 && source != null
                && PRONOUN_SUBJECTS.contains(tokens.get(subject).word().toLowerCase(Locale.ROOT))) {
            // "It has been stated by X": what was stated is the sentence before, in the same paragraph.
            if (previous == null || text.substring(previous.end(), s.start()).contains("\n\n")) {
                return null;
            }
            Span before = trimmed(previous.tokens(), 0, previous.tokens().size() - 1);
            if (before == null) {
                return null;
            }
            return new Attribution(List.of(source), List.of(spanOf(tokens, cueTokens)), List.of(before), null,
                    s.index(), cue.certainty(), cue.type(), "passive", false);
        }
        BitSet cluster = (BitSet) blocked.clone();
        List<Span> adjacent = adjacentQuotes(text, s, cluster, quotes);
        if (!adjacent.isEmpty()) {
            content.addAll(adjacent);
        } else if (clause >= 0) {
            content.addAll(clauseFragments(s, clause, blocked));
        } else {
            int governor = paratacticGovernor(s, v);
            int asHead = asClauseHead(s, v);
            if (asHead >= 0) {
                // "As Crane said, the two standard-bearers ...": the clause the as-clause hangs on.
                content.addAll(clauseFragments(s, asHead, blockedWithSubtree(s, v, blocked)));
            } else if (governor >= 0 && governor < v) {
                content.addAll(clauseFragments(s, governor, blocked));
            } else if (governor > v && sourceHead >= 0 && sourceHead < v) {
                // "I suspect there is Iran behind ...", parsed with "suspect" hanging on "Iran".
                BitSet rest = phrase(s, governor, null, new BitSet());
                addIfAny(content, withClosingQuote(tokens, trimmed(tokens, cueLast + 1, rest.length() - 1)));
            } else {
                int x = childWith(s, v, "xcomp");
                int obj = childWith(s, v, "obj");
                if (x >= 0 && x > v) {
                    content.addAll(clauseFragments(s, x, blocked));
                } else if (prepObject >= 0) {
                    addIfAny(content, trimmed(tokens, phrase(s, prepObject, null, blocked)));
                } else if (NO_OBJECT_CONTENT.contains(ClaimLexicon.lower(verb.lemma())) && childWith(s, v, "obl:about") > v) {
                    addIfAny(content, trimmed(tokens, phrase(s, childWith(s, v, "obl:about"), null, blocked)));
                } else if (NO_OBJECT_CONTENT.contains(ClaimLexicon.lower(verb.lemma())) && childWith(s, v, "obl:for") > v) {
                    addIfAny(content, trimmed(tokens, phrase(s, childWith(s, v, "obl:for"), null, blocked)));
                } else if (obj >= 0 && obj > v && !NO_OBJECT_CONTENT.contains(ClaimLexicon.lower(verb.lemma()))) {
                    BitSet objTokens = phrase(s, obj, null, blocked);
                    // "blamed Iran for the attacks", "described the US as the Great Satan",
                    // "accused you of engaging ...": the rest of the predication is content too.
                    for (Dependency d : s.children(v)) {
                        String r = d.relation();
                        if (d.dependent() > obj && (r.startsWith("obl:for") || r.startsWith("obl:of")
                                || r.startsWith("obl:as") || r.startsWith("advcl:of") || r.startsWith("advcl:for")
                                || r.equals("xcomp"))) {
                            BitSet more = phrase(s, d.dependent(), null, blocked);
                            if (more.nextSetBit(0) > objTokens.length()) {
                                objTokens.set(objTokens.length(), more.nextSetBit(0));
                            }
                            objTokens.or(more);
                        }
                    }
                    addIfAny(content, trimmed(tokens, objTokens));
                }
            }
        }
        if (content.isEmpty()) {
            return null;
        }
        String kind = clause >= 0 || !adjacent.isEmpty() || paratacticGovernor(s, v) >= 0 || asClauseHead(s, v) >= 0
                ? "verb" : "verb-object";
        Span cueSpan = spanOf(tokens, cueTokens);
        return new Attribution(source == null ? List.of() : List.of(source), List.of(cueSpan), content,
                source == null ? null : relayAfter(s, source), s.index(), cue.certainty(), cue.type(), kind, false);
    }

    /** For "As X said, ..." (the verb in an advcl marked "as"): the clause it hangs on, else -1. */
    private static int asClauseHead(Sentence s, int v) {
        boolean as = false;
        for (Dependency d : s.children(v)) {
            if (d.baseRelation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("as")) {
                as = true;
            }
        }
        if (!as) {
            return -1;
        }
        for (Dependency h : s.heads(v)) {
            if (h.governor() >= 0 && h.baseRelation().equals("advcl")) {
                return h.governor();
            }
        }
        return -1;
    }

    /** {@code blocked} plus every token of the clause headed by {@code v}. */
    private static BitSet blockedWithSubtree(Sentence s, int v, BitSet blocked) {
        BitSet out = (BitSet) blocked.clone();
        out.or(phrase(s, v, null, new BitSet()));
        return out;
    }

    private static int paratacticGovernor(Sentence s, int v) {
        for (Dependency h : s.heads(v)) {
            if (h.governor() >= 0 && h.baseRelation().equals("parataxis")) {
                return h.governor();
            }
        }
        return -1;
    }

    /**
     * The quotations right next to the cue cluster (cue and source tokens) within the sentence:
     * before it ("“…,” Pence said") or after it ("Stone said: “…”"), separated by punctuation only.
     */
    private static List<Span> adjacentQuotes(String text, Sentence s, BitSet cluster, List<Span> quotes) {
        List<Token> tokens = s.tokens();
        if (cluster.isEmpty()) {
            return List.of();
        }
        int first = tokens.get(cluster.nextSetBit(0)).start();
        int last = tokens.get(cluster.length() - 1).end();
        List<Span> out = new ArrayList<>();
        for (Span q : quotes) {
            boolean inSentence = q.end() > s.start() - 1;
            // "“... dollars?” Trump said.": the question mark ended the sentence inside the quotation.
            boolean endedBefore = q.end() <= s.start() && q.length() > 2 && "?!".indexOf(text.charAt(q.end() - 2)) >= 0;
            if (q.end() <= first && (inSentence || endedBefore) && onlyPunct(text, q.end(), first)) {
                out.add(q);
            } else if (q.start() >= last && q.start() < s.end() && onlyPunct(text, last, q.start())) {
                out.add(q);
            } else if (q.start() >= s.end() && text.substring(last, s.end()).trim().equals(":")
                    && onlyPunct(text, last, q.start()) && out.isEmpty()) {
                out.add(q); // "Reporter X says:" then the quotation as the next paragraph
            }
        }
        return out;
    }

    private static boolean onlyPunct(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || c == ',' || c == ':' || c == '—' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
