package org.herodotus.claims;

import static org.herodotus.claims.Phrases.PUNCT;
import static org.herodotus.claims.Phrases.SOURCE_RELATIONS;
import static org.herodotus.claims.Phrases.isChild;
import static org.herodotus.claims.Phrases.phrase;
import static org.herodotus.claims.Phrases.spanOf;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * Who speaks through a reporting verb: its subject, the agent of a passive ("stated by X"), the
 * subject it inherits ("..., saying"), an inverted subject ("said Esper") or the relative pronoun
 * of "Trump, who said"; the source phrase stops before a relative clause and keeps the closing
 * comma of an apposition.
 */
final class ReportingVerbSource {

    /**
     * A verb's source.
     *
     * @param subject the verb's grammatical subject, or -1 (in a passive, what was said: "It was stated")
     * @param passive whether the verb is passive
     * @param head    the token heading the source, or -1 when the sentence names none
     * @param span    the source's span, or null
     */
    record Reading(int subject, boolean passive, int head, Span span) {
    }

    private ReportingVerbSource() {
    }

    /** The source of the verb at {@code v}, whose cue ends at {@code cueLast}; adds its tokens to {@code blocked}. */
    static Reading read(Sentence s, int v, int cueLast, BitSet blocked) {
        List<Token> tokens = s.tokens();
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
        return new Reading(subject, passive, sourceHead, source);
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
}
