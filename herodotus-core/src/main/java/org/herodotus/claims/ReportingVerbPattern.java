package org.herodotus.claims;

import static org.herodotus.claims.Phrases.PUNCT;
import static org.herodotus.claims.Phrases.SOURCE_RELATIONS;
import static org.herodotus.claims.Phrases.addIfAny;
import static org.herodotus.claims.Phrases.childWith;
import static org.herodotus.claims.Phrases.clauseFragments;
import static org.herodotus.claims.Phrases.isChild;
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
 * A reporting verb ("said", "has also called for", "went on to say"), or, outside the lexicon, a
 * verb with a named subject and a "that" clause ("Trump contends that ..."): the commonest way news
 * attributes words. Kinds "verb", "verb-object" ("blamed Iran for the attacks") and "passive"
 * ("It has been stated by X"). Which verbs outside the lexicon count is {@link UnlistedVerbs}.
 * Longer than most classes because the verb's cue, source and content are read in one pass over
 * the same dependencies, each step depending on the one before.
 */
final class ReportingVerbPattern implements CuePattern {

    private static final Set<String> CUE_LEFT = Set.of("aux", "advmod");

    private static final Set<String> NO_OBJECT_CONTENT = Set.of("tell", "ask", "continue", "warn", "urge");

    /** Speech verbs whose following preposition introduces a listener or a time, not the content. */
    private static final Set<String> SPEECH_WITHOUT_PREPOSITION = Set.of("say", "tell", "report", "write", "add",
            "explain", "tweet", "respond", "reply", "note", "announce");

    private static final Set<String> CARRIERS = Set.of("go", "continue", "begin", "proceed", "start");

    private static final Set<String> CUE_PREPOSITIONS = Set.of("for", "on", "about", "of", "to");

    private static final Set<String> QUOTE_WORDS = Set.of("\"", "``", "“", "''", "'");

    private static final Set<String> PRONOUN_SUBJECTS = Set.of("it", "this", "that");

    /** What a verb outside the lexicon conveys when it takes a subject and a "that" clause. */
    private static final ClaimLexicon.Cue UNLISTED = new ClaimLexicon.Cue(List.of("-"), "verb", Certainty.ASSERTED,
            ClaimType.STATEMENT);

    private final ClaimLexicon lexicon;
    private final boolean broad;

    /** The pattern over {@code lexicon}'s verbs; when {@code broad}, any verb with a subject and a complement is a cue too. */
    ReportingVerbPattern(ClaimLexicon lexicon, boolean broad) {
        this.lexicon = lexicon;
        this.broad = broad;
    }

    @Override
    public boolean startsAt(Sentence s, int i) {
        Token t = s.tokens().get(i);
        return s.parsed() && t.isVerb() && (lexicon.verbCue(t.lemma()) != null || UnlistedVerbs.reportsClause(s, i)
                || broad && UnlistedVerbs.isCandidate(s, i));
    }

    /**
     * The cue is the verb with its auxiliaries, particle and preposition ("has also called for");
     * the source its subject, the agent of a passive or the subject it inherits; the content its
     * clause, a quotation next to the cue, or the clause the cue interrupts.
     */
    @Override
    public Attribution read(Context context, Sentence s, int v) {
        String text = context.text();
        Sentence previous = context.previous();
        List<Span> quotes = context.quotes();
        BitSet taken = context.taken();
        List<Token> tokens = s.tokens();
        Token verb = tokens.get(v);
        ClaimLexicon.Cue cue = lexicon.verbCue(verb.lemma());
        if (cue == null) {
            cue = UNLISTED;
        }
        BitSet cueTokens = new BitSet();
        cueTokens.set(v);
        // Multi-word cues starting with this verb ("claim responsibility", "rule out").
        for (ClaimLexicon.Cue p : lexicon.phraseCues()) {
            if (p.head().equals(ClaimLexicon.lower(verb.lemma())) && ClaimLexicon.matchesAt(tokens, v, p.lemmas())) {
                cue = p;
                cueTokens.set(v, v + p.lemmas().size());
                taken.set(v, v + p.lemmas().size());
            }
        }
        // Auxiliaries and adverbs right before the verb belong to the cue ("has also said").
        for (int k = v - 1; k >= 0; k--) {
            if (isChild(s, v, k, CUE_LEFT) && !tokens.get(k).word().equals(",")) {
                cueTokens.set(k);
            } else {
                break;
            }
        }
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("compound:prt") && d.dependent() == v + 1) {
                cueTokens.set(v + 1);
            }
        }
        // "called for", "referring to", "talking about": the preposition of the verb's argument.
        int after = cueTokens.length();
        int prepObject = -1;
        if (after < tokens.size() && CUE_PREPOSITIONS.contains(tokens.get(after).word().toLowerCase(Locale.ROOT))
                && !SPEECH_WITHOUT_PREPOSITION.contains(ClaimLexicon.lower(verb.lemma()))) {
            for (Dependency d : s.heads(after)) {
                if (d.baseRelation().equals("case") && isChild(s, v, d.governor(), Set.of("obl", "nmod"))) {
                    cueTokens.set(after);
                    prepObject = d.governor();
                }
            }
        }
        // "said:" before a quotation (here or in the next paragraph): the colon belongs to the cue.
        after = cueTokens.length();
        if (after < tokens.size() && tokens.get(after).word().equals(":")
                && (after + 1 == tokens.size() || QUOTE_WORDS.contains(tokens.get(after + 1).word()))) {
            cueTokens.set(after);
        }
        // "went on to say", "continued to suggest": the verb carrying the cue belongs to it.
        for (Dependency h : s.heads(v)) {
            int g = h.governor();
            if (g >= 0 && g < v && h.baseRelation().equals("xcomp") && CARRIERS.contains(ClaimLexicon.lower(tokens.get(g).lemma()))) {
                boolean adjacent = true;
                for (int k = g + 1; k < v; k++) {
                    String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
                    adjacent &= w.equals("on") || w.equals("to");
                }
                if (adjacent) {
                    cueTokens.set(g, v);
                }
            }
        }
        int cueEnd = cueTokens.length() - 1;
        if (ClaimLexicon.matchesAt(tokens, cueEnd + 1, List.of("in", "a", "statement"))
                || ClaimLexicon.matchesAt(tokens, cueEnd + 1, List.of("in", "the", "statement"))) {
            cueTokens.set(cueEnd + 1, cueEnd + 4);
        }

        // Source: the subject, the agent of a passive, or the subject of the verb this one hangs on.
        int subject = -1;
        int agent = -1;
        boolean passive = false;
        for (Dependency d : s.children(v)) {
            String r = d.relation();
            if (d.dependent() == v) {
                continue;
            }
            if (r.equals("nsubj") || r.equals("nsubj:xsubj") && subject < 0) {
                subject = d.dependent();
            } else if (r.equals("nsubj:pass")) {
                subject = d.dependent();
                passive = true;
            } else if (r.equals("obl:agent") || r.equals("obl:by") && passive) {
                agent = d.dependent();
            }
        }
        if (passive && agent < 0) {
            for (Dependency d : s.children(v)) {
                if (d.relation().equals("obl:by")) {
                    agent = d.dependent();
                }
            }
        }
        int cueLast = cueTokens.length() - 1;
        if (passive && agent < 0 && cueLast + 2 < tokens.size() && tokens.get(cueLast + 1).word().equalsIgnoreCase("by")) {
            agent = nounAfter(s, cueLast + 1); // "stated by US Secretary ...", however the parser hung it
        }
        if (subject >= 0) {
            // "media reports and party sources said": the first conjunct heads the whole source.
            for (Dependency h : s.heads(subject)) {
                if (h.baseRelation().equals("conj") && h.governor() >= 0 && h.governor() < subject
                        && isChild(s, v, h.governor(), Set.of("nsubj"))) {
                    subject = h.governor();
                }
            }
        }
        int sourceHead = passive ? agent : subject;
        if (sourceHead < 0 && !passive) {
            sourceHead = inheritedSubject(s, v);
        }
        if (sourceHead < 0 && !passive && cueLast + 1 < tokens.size() && tokens.get(cueLast + 1).pos().startsWith("NNP")) {
            sourceHead = cueLast + 1; // "..., said Esper": the inverted subject, however the parser hung it
            while (sourceHead + 1 < tokens.size() && tokens.get(sourceHead + 1).pos().startsWith("NNP")) {
                sourceHead++;
            }
        }
        BitSet blocked = (BitSet) cueTokens.clone();
        Span source = null;
        BitSet sourceTokens = new BitSet();
        Token appositionComma = null;
        if (sourceHead >= 0) {
            int relative = relativePronoun(s, v, sourceHead);
            if (relative >= 0) {
                sourceTokens.set(relative);
            } else {
                sourceTokens = phrase(s, sourceHead, SOURCE_RELATIONS, blocked);
                // A relative clause is not part of the name: "Esper, who also spoke ..."
                for (int k = sourceHead + 1; k < tokens.size(); k++) {
                    if (sourceTokens.get(k) && tokens.get(k).pos().startsWith("W")) {
                        sourceTokens.clear(k, tokens.size());
                        break;
                    }
                }
                // "Lorella Praeli, Clinton's Latino vote director, said": the apposition's closing comma.
                int end = sourceTokens.length();
                if (end < tokens.size() && tokens.get(end).word().equals(",") && !blocked.get(end)
                        && hasApposition(s, sourceHead, end)) {
                    sourceTokens.set(end);
                    appositionComma = tokens.get(end);
                }
            }
            source = spanOf(tokens, sourceTokens);
            if (appositionComma != null) {
                source = new Span(source.start(), appositionComma.end());
            }
            blocked.or(sourceTokens);
        }

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

    /** The noun heading the phrase that starts after token {@code at} ("by US Secretary of Defense"). */
    private static int nounAfter(Sentence s, int at) {
        List<Token> tokens = s.tokens();
        int best = -1;
        for (int k = at + 1; k < tokens.size() && k <= at + 6; k++) {
            if (tokens.get(k).isNoun()) {
                best = k;
                if (!tokens.get(k + 1 < tokens.size() ? k + 1 : k).isNoun()) {
                    break;
                }
            } else if (best >= 0 || PUNCT.contains(tokens.get(k).word())) {
                break;
            }
        }
        return best;
    }

    /** For "..., saying ..." or "X arrived and said ...": the subject of the verb this one depends on. */
    private static int inheritedSubject(Sentence s, int v) {
        for (Dependency h : s.heads(v)) {
            String base = h.baseRelation();
            if (h.governor() >= 0 && (base.equals("advcl") || base.equals("xcomp") || base.equals("conj")
                    || base.equals("dep"))) {
                for (Dependency d : s.children(h.governor())) {
                    if (d.baseRelation().equals("nsubj")) {
                        return d.dependent();
                    }
                }
            }
        }
        return -1;
    }

    /** "Trump, who said ...": the relative pronoun, which is the source in its own clause. */
    private static int relativePronoun(Sentence s, int v, int subject) {
        boolean relcl = false;
        for (Dependency h : s.heads(v)) {
            if (h.governor() == subject && h.relation().startsWith("acl:relcl")) {
                relcl = true;
            }
        }
        if (!relcl) {
            return -1;
        }
        for (Dependency d : s.children(subject)) {
            if (d.relation().equals("ref") && d.dependent() < v) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static boolean hasApposition(Sentence s, int head, int before) {
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("appos") && d.dependent() < before) {
                return true;
            }
        }
        return false;
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
