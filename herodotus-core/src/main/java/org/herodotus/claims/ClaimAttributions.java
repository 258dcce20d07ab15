package org.herodotus.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * Which attributions of an article become claims: the rule finder's and the attribution tagger's
 * readings merged (a first-person "I suspect" folded into the claim that quotes it, the rules'
 * reading kept where it tells more than the tagger's spans), the closing credits neither reads
 * added, and a content that announces its parts run on over the sentences that give them.
 * Immutable and thread-safe.
 */
final class ClaimAttributions {

    /** Kinds of rule attribution whose reading tells more than the tagger's spans. */
    private static final Set<String> TELLING_KINDS = Set.of("colon", "credit", "transcript", "noun", "passive");
    /** Kinds of rule attribution that are a whole line: a credit or a transcript line. */
    private static final Set<String> LINE_KINDS = Set.of("credit", "transcript");
    private static final Set<String> FIRST_PERSON = ClaimWords.of("first-person");

    private final ClaimLexicon lexicon;
    private final AttributionFinder finder;
    private final AttributionTagger tagger;
    private final Responsibility responsibility;
    private final TrailingReportFinder credits;

    /** Attributions read with {@code lexicon}, merged with {@code tagger}'s (null: the rules' alone). */
    ClaimAttributions(ClaimLexicon lexicon, AttributionTagger tagger, Responsibility responsibility) {
        this.lexicon = lexicon;
        this.finder = new AttributionFinder(lexicon);
        this.tagger = tagger;
        this.responsibility = responsibility;
        this.credits = new TrailingReportFinder(lexicon);
    }

    /**
     * Which sentences need dependencies: those the lexicon's cues can hold a claim in, and those
     * holding a word the tagger takes for a cue.
     */
    org.herodotus.nlp.ParseFilter parseFilter() {
        org.herodotus.nlp.ParseFilter rules = lexicon.parseFilter();
        return tagger == null ? rules : org.herodotus.nlp.ParseFilter.anyOf(List.of(rules, tagger.parseFilter()));
    }

    /**
     * The attributions the claims stage turns into claims, one claim each, in text order of their cues.
     * The tagger finds them and draws their spans as the attribution corpus it learned from does
     * (its cue lexicon gives their type and certainty: "blamed" is an accusation, "denied" a
     * denial). The rules' reading of a passage is kept instead where it tells more than spans: a
     * responsibility pattern in the content (which also covers a first-person "I suspect" folded
     * into the speaker's words), a relay ("quoted by NPR"), a headline colon, a credit or
     * transcript line, a reporting noun or a passive; a tagged attribution whose cue overlaps such
     * a reading's cue or lies in its content, or whose content holds such a reading's cue with the
     * same speaker (the tagger's "Esper:" beside the rules' "Esper: I suspect"), is then left out.
     * Other rule attributions are left to the tagger, which draws PolNeAR's spans better. Without
     * a tagger, the rules' attributions.
     */
    List<Attribution> find(String text, org.herodotus.nlp.Parse parse) {
        List<Attribution> rules = new ArrayList<>();
        for (Attribution a : merged(text, finder.find(text, parse))) {
            if (a.kind().equals("verb-object") && a.type() == ClaimType.STATEMENT) {
                continue; // "praised the plan": a stance, not a claim about what happened
            }
            rules.add(a);
        }
        if (tagger == null) {
            return runOn(text, parse, withCredits(parse, rules));
        }
        List<Attribution> out = new ArrayList<>();
        for (Attribution r : rules) {
            if (r.cueCover() != null && telling(r, parse)) {
                out.add(r);
            }
        }
        List<Attribution> kept = List.copyOf(out);
        for (Attribution t : tagger.find(text, parse)) {
            if (t.content().isEmpty() || ParseSpans.isTime(parse, t.contentCover())) {
                continue; // a claim says something, and "A fire burned for | hours" says nothing
            }
            if (t.sourceCover() != null && !nominal(ParseSpans.tokensIn(parse, t.sourceCover()))) {
                continue; // "periodic raids on …": a speaker is someone, named by a noun or pronoun
            }
            boolean taken = false;
            for (Attribution r : kept) {
                taken |= r.cueCover().overlaps(t.cueCover()) || within(t.cueCover(), r.content())
                        || (within(r.cueCover(), t.content()) && sameSource(r, t));
            }
            if (!taken) {
                out.add(t);
            }
        }
        return runOn(text, parse, withCredits(parse, out));
    }

    /**
     * The attributions with the closing credits ("…, the group said on Saturday.") that neither
     * the rules nor the tagger read, in text order of their cues.
     */
    private List<Attribution> withCredits(org.herodotus.nlp.Parse parse, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        for (Attribution credit : credits.find(parse)) {
            boolean taken = false;
            for (Attribution a : found) {
                taken |= a.cueCover() != null && (a.cueCover().overlaps(credit.cueCover()) || within(credit.cueCover(), a.content()));
            }
            if (!taken) {
                out.add(credit);
            }
        }
        out.sort(java.util.Comparator.comparingInt(a -> a.cueCover().start()));
        return out;
    }

    /**
     * The attributions with each content that announces its parts ("the objective of the attacks
     * is twofold") run on over the sentences after it that give those parts ("On the one hand,
     * Iran wants to … On the other, it aims to …"; phrases in {@code continuations.tsv}), and
     * without the attributions whose cue now lies in such a content: those are the speaker's
     * words, not claims of the people they name.
     */
    private List<Attribution> runOn(String text, org.herodotus.nlp.Parse parse, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        List<Attribution> grown = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            Attribution a = out.get(k);
            Span content = a.contentCover();
            if (content == null || !lexicon.announcesParts(ParseSpans.tokensIn(parse, content))) {
                continue;
            }
            Sentence s = parse.sentenceAt(content.end() - 1);
            if (s == null || !onlyPunctuationAfter(s, content.end())) {
                continue;
            }
            List<Sentence> sentences = parse.sentences();
            Attribution longer = a;
            int end = content.end();
            for (int i = s.index() + 1; i < sentences.size() && lexicon.opensPart(sentences.get(i)); i++) {
                Sentence next = sentences.get(i);
                if (text.substring(end, next.start()).indexOf('\n') >= 0) {
                    break; // a part that opens a paragraph of its own is the author's, not the speaker's
                }
                end = lastWordEnd(next);
                longer = longer.withContent(new Span(next.start(), end));
            }
            if (longer != a) {
                out.set(k, longer);
                grown.add(longer);
            }
        }
        if (grown.isEmpty()) {
            return found;
        }
        List<Attribution> kept = new ArrayList<>();
        for (Attribution a : out) {
            boolean inside = false;
            for (Attribution g : grown) {
                inside |= g != a && a.cueCover() != null && within(a.cueCover(), g.content());
            }
            if (!inside) {
                kept.add(a);
            }
        }
        return kept;
    }

    private static boolean onlyPunctuationAfter(Sentence s, int offset) {
        for (Token t : s.tokens()) {
            if (t.start() >= offset && !AttributionTagger.isPunctuation(t)) {
                return false;
            }
        }
        return true;
    }

    private static int lastWordEnd(Sentence s) {
        int end = s.start();
        for (Token t : s.tokens()) {
            if (!AttributionTagger.isPunctuation(t)) {
                end = t.end();
            }
        }
        return end;
    }

    /** Whether the rules' reading of {@code r} tells more than its spans (see {@link #find}). */
    private boolean telling(Attribution r, org.herodotus.nlp.Parse parse) {
        return r.relay() != null || TELLING_KINDS.contains(r.kind()) || responsibility.find(ParseSpans.tokensIn(parse, r.contentCover())) != null;
    }

    /** Whether the words include a noun, a proper noun, a pronoun ("which" too) or a number ("the two"). */
    private static boolean nominal(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true; // no parse to judge by
        }
        for (Token t : tokens) {
            String pos = t.pos();
            if (pos != null && (pos.startsWith("NN") || pos.startsWith("PRP") || pos.startsWith("WP") || pos.equals("WDT")
                    || pos.equals("CD"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether both name the same speaker with overlapping words (the rules' fold gives the outer speaker). */
    private static boolean sameSource(Attribution a, Attribution b) {
        return a.sourceCover() != null && b.sourceCover() != null && a.sourceCover().overlaps(b.sourceCover());
    }

    private static boolean within(Span cue, List<Span> content) {
        for (Span c : content) {
            if (c.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds a first-person claim inside another claim's content into it: in "Esper: I suspect
     * Iran is behind ..." or "“My suspicion is that ...,” said Esper" the speaker is the outer
     * source and the inner cue says how sure he is. Other attributions are kept as they are.
     */
    private static List<Attribution> merged(String text, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            Attribution inner = out.get(i);
            Span cue = inner.cueCover();
            for (int j = 0; j < out.size(); j++) {
                Attribution outer = out.get(j);
                if (i == j || cue == null || !outer.contentCover().contains(cue) || outer.sourceCover() == null) {
                    continue;
                }
                if (inner.source().isEmpty() || inner.kind().equals("verb") || inner.kind().equals("noun")) {
                    boolean firstPerson = inner.source().isEmpty()
                            || FIRST_PERSON.contains(inner.sourceCover().of(text).toLowerCase(Locale.ROOT));
                    if (!firstPerson) {
                        continue;
                    }
                    // A credit or transcript line keeps its own cue: the line is the attribution.
                    Attribution m = new Attribution(outer.source(), LINE_KINDS.contains(outer.kind()) ? outer.cue() : inner.cue(),
                            List.of(outer.contentCover()),
                            outer.relay(), inner.sentence(), inner.certainty().weaker(outer.certainty()),
                            inner.type() == ClaimType.STATEMENT ? outer.type() : inner.type(), outer.kind(), outer.nested());
                    out.set(j, m);
                    out.remove(i);
                    i = -1;
                    break;
                }
            }
        }
        return out;
    }
}
