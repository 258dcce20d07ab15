package org.herodotus.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Span;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;

/**
 * Finds attribution relations (source, cue, content) in a parsed text: reporting verbs with
 * their subject and clause or quotation, "according to X", headline colons ("Esper: I suspect
 * ..."), reporting nouns ("My suspicion is that ..."), and quotations that continue an earlier
 * speaker's words. Stateless apart from the immutable lexicon; safe to share between threads.
 */
public final class AttributionFinder {

    private static final Set<String> SOURCE_RELATIONS = Set.of(
            "compound", "flat", "amod", "det", "nmod", "case", "nummod", "conj", "cc", "advmod", "appos",
            "nmod:poss", "dep");
    private static final Set<String> CUE_LEFT = Set.of("aux", "advmod");
    private static final Set<String> PUNCT = Set.of(",", ".", ";", ":", "--", "-", "–", "—", "!", "?", "...");
    private static final Set<String> NO_OBJECT_CONTENT = Set.of("tell", "ask", "continue", "warn", "urge");
    /** Speech verbs whose following preposition introduces a listener or a time, not the content. */
    private static final Set<String> SPEECH_WITHOUT_PREPOSITION = Set.of("say", "tell", "report", "write", "add",
            "explain", "tweet", "respond", "reply", "note", "announce");
    private static final Set<String> CARRIERS = Set.of("go", "continue", "begin", "proceed", "start");
    private static final Set<String> CUE_PREPOSITIONS = Set.of("for", "on", "about", "of", "to");
    private static final Set<String> QUOTE_WORDS = Set.of("\"", "``", "“", "''", "'");
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("it", "this", "that");
    private static final Set<String> RELAY_VERBS = Set.of("quoted", "cited", "relayed", "reported", "quoting", "citing");

    /** What a verb outside the lexicon conveys when it takes a subject and a "that" clause. */
    private static final ClaimLexicon.Cue UNLISTED = new ClaimLexicon.Cue(List.of("-"), "verb", Certainty.ASSERTED,
            ClaimType.STATEMENT);
    private static final Set<String> NOT_REPORTING = Set.of("be", "have", "do", "make", "get", "ensure", "mean",
            "show", "see", "hear", "know", "find", "realize", "seem", "appear", "matter", "help", "let", "take",
            "give", "go", "come", "happen", "turn", "prove", "remain", "become");

    private final ClaimLexicon lexicon;
    private final AttributionModel model;
    private final boolean broad;

    /** A finder using {@code lexicon}'s cues and rules only. */
    public AttributionFinder(ClaimLexicon lexicon) {
        this(lexicon, null, false);
    }

    /**
     * A finder that, when {@code broad}, also takes every verb with a subject and a complement
     * as a candidate cue, and, when {@code model} is not null, keeps only the candidates the
     * model accepts. Broad without a model gives every candidate, as training needs.
     */
    public AttributionFinder(ClaimLexicon lexicon, AttributionModel model, boolean broad) {
        this.lexicon = lexicon;
        this.model = model;
        this.broad = broad;
    }

    /** Every attribution in {@code text}, in text order of their cues. */
    public List<Attribution> find(String text, Parse parse) {
        List<Span> quotes = Quotes.find(text);
        List<Attribution> out = new ArrayList<>();
        Sentence previous = null;
        for (Sentence s : parse.sentences()) {
            BitSet taken = new BitSet();
            Attribution colon = fromColon(text, s);
            if (colon != null) {
                out.add(colon);
            }
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (taken.get(i)) {
                    continue;
                }
                Token t = tokens.get(i);
                Attribution a = null;
                if (i + 1 < tokens.size() && t.word().equalsIgnoreCase("according")
                        && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
                    a = fromAccordingTo(text, s, i, quotes);
                } else if (s.parsed() && t.word().equalsIgnoreCase("in") && t.pos().equals("IN")) {
                    a = fromInSource(s, i);
                } else if (s.parsed() && t.isVerb() && lexicon.verbCue(t.lemma()) != null) {
                    a = fromVerb(text, s, previous, i, quotes, taken);
                } else if (s.parsed() && t.isVerb() && (reportsClause(s, i) || broad && candidateVerb(s, i))) {
                    a = fromVerb(text, s, previous, i, quotes, taken);
                } else if (s.parsed() && t.isNoun() && lexicon.nounCue(t.lemma()) != null) {
                    a = fromNoun(text, s, i);
                }
                if (a != null) {
                    out.add(a);
                }
            }
            previous = s;
        }
        out.sort(Comparator.comparingInt(a -> a.cueCover() == null ? 0 : a.cueCover().start()));
        List<Attribution> all = continueQuotes(text, out, quotes);
        for (int k = 0; k < all.size(); k++) {
            all.set(k, withOpeningQuote(text, all.get(k)));
        }
        for (int k = 0; k < all.size(); k++) {
            Span cue = all.get(k).cueCover();
            for (Span q : quotes) {
                if (cue != null && q.start() < cue.start() && cue.end() < q.end()) {
                    all.set(k, all.get(k).withNested(true));
                }
            }
        }
        List<Attribution> kept = new ArrayList<>();
        for (Attribution a : all) {
            if (model == null || model.keeps(AttributionModel.features(text, parse.sentences().get(a.sentence()), a, lexicon))) {
                kept.add(model != null && model.hasContentWeights() ? bestContent(text, parse, a) : a);
            }
        }
        // A credit or transcript line is read whole; other readings of its cue give way.
        List<Attribution> lines = new ArrayList<>(credits(text, parse));
        lines.addAll(speakerLines(text, parse));
        for (Attribution line : lines) {
            Span cue = line.cueCover();
            kept.removeIf(a -> a.cueCover() != null && a.cueCover().overlaps(cue));
            kept.add(line);
        }
        kept.sort(Comparator.comparingInt(a -> a.cueCover() == null ? 0 : a.cueCover().start()));
        return kept;
    }

    // ---- credit lines ------------------------------------------------------------------------

    /**
     * A quotation on a line of its own, credited after a dash: {@code “Fear. I am truly afraid.”
     * ― Edwin G. Monroy}. Listicles, reader responses and epigraphs credit quotes this way, with no
     * reporting verb for the other readings to find. The name may be followed by a short
     * description after a comma ("― Jane Doe, 34, Phoenix").
     */
    static List<Attribution> credits(String text, Parse parse) {
        List<Attribution> out = new ArrayList<>();
        java.util.regex.Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            int sentence = sentenceAt(parse, m.start("dash"));
            if (sentence < 0) {
                continue;
            }
            int nameEnd = m.end("name");
            if (text.charAt(nameEnd - 1) == '.' && nameEnd - m.start("name") > 2 && text.charAt(nameEnd - 3) != ' ') {
                nameEnd--; // the full stop after "Carla Sanchez.", not an initial's
            }
            out.add(new Attribution(List.of(new Span(m.start("name"), nameEnd)), List.of(new Span(m.start("dash"), m.end("dash"))),
                    List.of(new Span(m.start("quote"), m.end("quote"))), null, sentence, Certainty.ASSERTED, ClaimType.STATEMENT,
                    "credit", false));
        }
        return out;
    }

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "(?m)^[ \\t\\u00a0]*(?<quote>[“”\"][^\\n]*[”\"])[ \\t\\u00a0]*(?<dash>―|—|–|--)[ \\t\\u00a0]*"
                    + "(?<name>" + NAME_WORD + "(?:[ \\u00a0]+(?:" + NAME_WORD + "|de|la|del|van|von|bin|al-\\p{L}+)){0,4})"
                    + "(?:,[^\\n]{0,80})?[ \\t\\u00a0.]*$");

    // ---- transcript lines --------------------------------------------------------------------

    /**
     * The lines of an interview transcript, {@code PENCE: Well, look, …}: a speaker's name in
     * capitals at the start of a line, a colon, and what the speaker says up to the end of the
     * line. Editorial labels take the same form ("CORRECTION:", "UPDATE:", "BYLINE:"), so the name
     * counts only when the article also writes it as a person's name ("Pence", "Mike Pence").
     */
    static List<Attribution> speakerLines(String text, Parse parse) {
        List<Attribution> out = new ArrayList<>();
        java.util.regex.Matcher m = SPEAKER_LINE.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            String last = name.substring(name.lastIndexOf(' ') + 1);
            String asName = last.charAt(0) + last.substring(1).toLowerCase(java.util.Locale.ROOT);
            boolean person = false;
            for (org.herodotus.nlp.Entity e : parse.entities()) {
                person |= e.type().equals("PERSON") && java.util.Arrays.asList(e.text().split(" ")).contains(asName);
            }
            int sentence = sentenceAt(parse, m.start("colon"));
            if (!person || sentence < 0) {
                continue;
            }
            int end = m.end("said");
            while (end > m.start("said") && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new Attribution(List.of(new Span(m.start("name"), m.end("name"))), List.of(new Span(m.start("colon"), m.end("colon"))),
                    List.of(new Span(m.start("said"), end)), null, sentence, Certainty.ASSERTED, ClaimType.STATEMENT, "transcript", false));
        }
        return out;
    }

    private static final java.util.regex.Pattern SPEAKER_LINE = java.util.regex.Pattern.compile(
            "(?m)^[\"“]?(?<name>\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2})(?<colon>:)[ \\t\\u00a0]+(?<said>\\S[^\\n]*)");

    /** The sentence holding {@code offset}, else the last one before it (a dash the tokenizer left between two). */
    private static int sentenceAt(Parse parse, int offset) {
        Sentence at = parse.sentenceAt(offset);
        if (at != null) {
            return at.index();
        }
        int before = -1;
        for (Sentence s : parse.sentences()) {
            if (s.start() <= offset) {
                before = s.index();
            }
        }
        return before;
    }

    /** The content variant the model likes best (single-fragment contents that are not quotations). */
    private Attribution bestContent(String text, Parse parse, Attribution a) {
        if (a.content().size() != 1 || Quotes.isOpening(text.charAt(a.content().get(0).start()))) {
            return a;
        }
        Sentence s = parse.sentenceAt(a.content().get(0).start());
        if (s == null) {
            return a;
        }
        Span best = a.content().get(0);
        double bestP = -1;
        for (Span v : AttributionModel.contentVariants(text, s, best, a.cueCover())) {
            double p = model.probability(AttributionModel.contentFeatures(text, s, a, v));
            if (p > bestP) {
                bestP = p;
                best = v;
            }
        }
        return new Attribution(a.source(), a.cue(), List.of(best), a.relay(), a.sentence(), a.certainty(), a.type(),
                a.kind(), a.nested());
    }

    /** Whether a verb outside the lexicon is worth a look: it has a subject and a complement. */
    private static boolean candidateVerb(Sentence s, int v) {
        Token t = s.tokens().get(v);
        if (NOT_REPORTING.contains(ClaimLexicon.lower(t.lemma())) && !t.lemma().equalsIgnoreCase("show")
                && !t.lemma().equalsIgnoreCase("find") && !t.lemma().equalsIgnoreCase("know")) {
            return false;
        }
        boolean subject = false;
        boolean complement = false;
        for (Dependency d : s.children(v)) {
            String base = d.baseRelation();
            if (base.equals("nsubj")) {
                subject = true;
            } else if (base.equals("ccomp") || base.equals("xcomp") || base.equals("obj") || base.equals("obl")) {
                complement = true;
            }
        }
        for (Dependency h : s.heads(v)) {
            if (h.baseRelation().equals("aux") || h.baseRelation().equals("cop")) {
                return false;
            }
        }
        return subject && complement;
    }

    // ---- reporting verbs -------------------------------------------------------------------

    private Attribution fromVerb(String text, Sentence s, Sentence previous, int v, List<Span> quotes, BitSet taken) {
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

    /**
     * Whether a verb outside the lexicon reports: a named or pronoun subject and a finite clause
     * introduced by "that" ("Trump contends that ...").
     */
    private static boolean reportsClause(Sentence s, int v) {
        if (NOT_REPORTING.contains(ClaimLexicon.lower(s.tokens().get(v).lemma()))) {
            return false;
        }
        boolean subject = false;
        boolean clause = false;
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("nsubj")) {
                Token t = s.tokens().get(d.dependent());
                subject = t.pos().startsWith("NNP") || t.pos().equals("PRP") || !t.ner().equals("O");
            } else if (d.relation().equals("ccomp") && d.dependent() > v && hasThat(s, d.dependent())) {
                clause = true;
            }
        }
        return subject && clause;
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

    // ---- in a poll ---------------------------------------------------------------------------

    /** "In a CNN poll released Monday, Clinton led ..." and "Trump is ahead in the latest polls". */
    private Attribution fromInSource(Sentence s, int i) {
        List<Token> tokens = s.tokens();
        int noun = -1;
        for (Dependency h : s.heads(i)) {
            if (h.baseRelation().equals("case") && h.governor() > i) {
                noun = h.governor();
            }
        }
        if (noun < 0 || !tokens.get(noun).isNoun() || lexicon.inNoun(tokens.get(noun).lemma()) == null) {
            return null;
        }
        int clause = -1;
        for (Dependency h : s.heads(noun)) {
            if (h.governor() >= 0 && (h.baseRelation().equals("obl") || h.baseRelation().equals("nmod"))) {
                clause = h.governor();
            }
        }
        if (clause < 0) {
            return null;
        }
        BitSet blocked = new BitSet();
        blocked.set(i);
        BitSet sourceTokens = phrase(s, noun, SOURCE_RELATIONS, blocked);
        for (int k = noun + 1; k < tokens.size(); k++) {
            if (sourceTokens.get(k) && (tokens.get(k).word().equals(",") || tokens.get(k).pos().startsWith("W"))) {
                sourceTokens.clear(k, tokens.size());
            }
        }
        // The participle after the noun ("released Monday") belongs to the source too.
        for (Dependency d : s.children(noun)) {
            if (d.baseRelation().equals("acl") && d.dependent() > noun) {
                sourceTokens.or(phrase(s, d.dependent(), null, blocked));
            }
        }
        Span source = spanOf(tokens, sourceTokens);
        blocked.or(sourceTokens);
        List<Span> content = clauseFragments(s, clause, blocked);
        if (content.isEmpty()) {
            return null;
        }
        ClaimLexicon.Cue cue = lexicon.inNoun(tokens.get(noun).lemma());
        Token in = tokens.get(i);
        return new Attribution(List.of(source), List.of(new Span(in.start(), in.end())), content, null, s.index(),
                cue.certainty(), cue.type(), "in-source", false);
    }

    // ---- according to ------------------------------------------------------------------------

    private Attribution fromAccordingTo(String text, Sentence s, int i, List<Span> quotes) {
        List<Token> tokens = s.tokens();
        Span cue = new Span(tokens.get(i).start(), tokens.get(i + 1).end());
        int srcStart = i + 2;
        int srcEnd = srcStart;
        while (srcEnd < tokens.size() && !PUNCT.contains(tokens.get(srcEnd).word())) {
            srcEnd++;
        }
        if (srcEnd == srcStart) {
            return null;
        }
        Span source = new Span(tokens.get(srcStart).start(), tokens.get(srcEnd - 1).end());
        Span relay = relayAfter(s, source);
        int after = srcEnd;
        if (relay != null) {
            after = s.tokenAt(relay.end() - 1).index() + 1;
        }
        Span content;
        boolean atStart = true;
        for (int k = 0; k < i; k++) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (!(PUNCT.contains(w) || Set.of("but", "and", "yet", "so", "also", "however", "still", "now").contains(w))) {
                atStart = false;
                break;
            }
        }
        if (atStart) {
            while (after < tokens.size() && PUNCT.contains(tokens.get(after).word())) {
                after++;
            }
            content = trimmed(tokens, after, tokens.size() - 1);
        } else {
            content = trimmed(tokens, 0, i - 1);
        }
        if (content == null) {
            return null;
        }
        return new Attribution(List.of(source), List.of(cue), List.of(content), relay, s.index(),
                Certainty.ASSERTED, ClaimType.STATEMENT, "according-to", false);
    }

    /** "X, quoted by NPR," / "X, cited by Reuters": the relaying outlet after a source. */
    private static Span relayAfter(Sentence s, Span source) {
        Token last = s.tokenAt(source.end() - 1);
        if (last == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        int k = last.index() + 1;
        if (k < tokens.size() && tokens.get(k).word().equals(",")) {
            k++;
        }
        if (k + 1 >= tokens.size() || !RELAY_VERBS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        k++;
        if (tokens.get(k).word().equalsIgnoreCase("by")) {
            k++;
        }
        int start = k;
        while (k < tokens.size() && !PUNCT.contains(tokens.get(k).word()) && k - start < 6) {
            k++;
        }
        return k == start ? null : new Span(tokens.get(start).start(), tokens.get(k - 1).end());
    }

    // ---- headline colons ---------------------------------------------------------------------

    /** "Esper: I suspect Iran is behind attacks" and "A military source: The perpetrators are ...". */
    private Attribution fromColon(String text, Sentence s) {
        List<Token> tokens = s.tokens();
        int colon = -1;
        int lineStart = 0;
        for (int i = 0; i < tokens.size() && i < 12; i++) {
            if (i > 0 && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).contains("\n")) {
                lineStart = i;
            }
            if (tokens.get(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon <= lineStart || colon - lineStart > 8 || tokens.size() - colon < 3) {
            return null;
        }
        int start = lineStart;
        for (int i = lineStart; i < colon; i++) {
            Token t = tokens.get(i);
            if (t.isVerb() || t.pos().equals("MD") || t.word().matches("\\d+")) {
                return null;
            }
            if (t.word().equals(",")) {
                start = i + 1;
            }
        }
        boolean named = false;
        for (int i = start; i < colon; i++) {
            Token t = tokens.get(i);
            ClaimLexicon.SourceWord w = lexicon.sourceWord(t.lemma());
            if (t.pos().startsWith("NNP") || t.pos().equals("PRP") || w != null && w.head()) {
                named = true;
            }
        }
        if (!named || start >= colon) {
            return null;
        }
        Span source = new Span(tokens.get(start).start(), tokens.get(colon - 1).end());
        Span content = trimmed(tokens, colon + 1, tokens.size() - 1);
        if (content == null) {
            return null;
        }
        Token c = tokens.get(colon);
        return new Attribution(List.of(source), List.of(new Span(c.start(), c.end())), List.of(content), null,
                s.index(), Certainty.ASSERTED, ClaimType.STATEMENT, "colon", false);
    }

    // ---- reporting nouns ---------------------------------------------------------------------

    /** "My suspicion is that ...", "the hypothesis that ...": a noun with a clause. */
    private Attribution fromNoun(String text, Sentence s, int n) {
        List<Token> tokens = s.tokens();
        ClaimLexicon.Cue cue = lexicon.nounCue(tokens.get(n).lemma());
        int clause = -1;
        for (Dependency d : s.children(n)) {
            String base = d.baseRelation();
            if ((base.equals("acl") || base.equals("ccomp")) && d.dependent() > n && hasThat(s, d.dependent())) {
                clause = d.dependent();
            }
        }
        // "My suspicion is that X": the clause hangs on the copula's predicate, with the noun as subject.
        if (clause < 0) {
            for (Dependency h : s.heads(n)) {
                if (h.baseRelation().equals("nsubj") && h.governor() > n) {
                    int pred = h.governor();
                    if (hasThat(s, pred) && tokens.get(pred).isVerb()) {
                        clause = pred;
                    }
                    int cc = childWith(s, pred, "ccomp");
                    if (cc >= 0) {
                        clause = cc;
                    }
                }
            }
        }
        if (clause < 0) {
            return null;
        }
        BitSet blocked = new BitSet();
        blocked.set(n);
        int owner = -1;
        for (Dependency d : s.children(n)) {
            if (d.relation().equals("nmod:poss")) {
                owner = d.dependent();
            }
        }
        Span source = null;
        if (owner >= 0) {
            BitSet ownerTokens = phrase(s, owner, SOURCE_RELATIONS, blocked);
            source = spanOf(tokens, ownerTokens);
            blocked.or(ownerTokens);
        }
        Span content = clauseSpan(s, clause, blocked);
        if (content == null) {
            return null;
        }
        Token t = tokens.get(n);
        return new Attribution(source == null ? List.of() : List.of(source), List.of(new Span(t.start(), t.end())),
                List.of(content), null, s.index(), cue.certainty(), cue.type(), "noun", false);
    }

    private static boolean hasThat(Sentence s, int head) {
        for (Dependency d : s.children(head)) {
            if (d.baseRelation().equals("mark") && s.tokens().get(d.dependent()).word().equalsIgnoreCase("that")) {
                return true;
            }
        }
        return false;
    }

    // ---- quotations --------------------------------------------------------------------------

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

    /**
     * A quotation nobody is credited with, in the same or next paragraph as a quotation that
     * someone is, continues that speaker's words: it becomes another content fragment.
     */
    private static List<Attribution> continueQuotes(String text, List<Attribution> found, List<Span> quotes) {
        List<Attribution> out = new ArrayList<>(found);
        for (Span q : quotes) {
            if (q.length() < 12 || covered(out, q)) {
                continue;
            }
            int best = -1;
            for (int k = 0; k < out.size(); k++) {
                Attribution a = out.get(k);
                Span c = a.contentCover();
                if (c.end() <= q.start() && isQuote(text, a.content().get(a.content().size() - 1))
                        && (best < 0 || c.end() > out.get(best).contentCover().end())) {
                    best = k;
                }
            }
            if (best < 0) {
                continue;
            }
            Attribution a = out.get(best);
            String between = text.substring(a.contentCover().end(), q.start());
            boolean sameParagraph = !between.contains("\n\n");
            boolean nextParagraph = !sameParagraph && isParagraphStart(text, q.start())
                    && between.indexOf("\n\n") == between.lastIndexOf("\n\n")
                    && between.substring(0, between.indexOf("\n\n")).length() < 100;
            if (between.length() < 150 && (sameParagraph || nextParagraph) && !hasQuoteMark(between)) {
                out.set(best, a.withContent(q));
            }
        }
        return out;
    }

    private static boolean hasQuoteMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                return true;
            }
        }
        return false;
    }

    /** A content that ends a quotation begun just before it takes the opening mark too. */
    private static Attribution withOpeningQuote(String text, Attribution a) {
        List<Span> content = new ArrayList<>(a.content());
        boolean changed = false;
        for (int k = 0; k < content.size(); k++) {
            Span c = content.get(k);
            int before = c.start() - 1;
            char last = text.charAt(c.end() - 1);
            if (before >= 0 && (text.charAt(before) == '“' || text.charAt(before) == '"') && (last == '”' || last == '"')
                    && text.substring(c.start(), c.end() - 1).indexOf(text.charAt(before) == '“' ? '“' : '"') < 0) {
                content.set(k, new Span(before, c.end()));
                changed = true;
            }
        }
        return changed ? new Attribution(a.source(), a.cue(), content, a.relay(), a.sentence(), a.certainty(),
                a.type(), a.kind(), a.nested()) : a;
    }

    private static boolean isParagraphStart(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static boolean isQuote(String text, Span span) {
        return Quotes.isOpening(text.charAt(span.start()));
    }

    /** Whether some attribution from outside {@code q} already claims it as content. */
    private static boolean covered(List<Attribution> found, Span q) {
        for (Attribution a : found) {
            Span cue = a.cueCover();
            if (cue != null && q.contains(cue)) {
                continue; // someone quoted inside the quotation: the quotation is still unclaimed
            }
            for (Span c : a.content()) {
                if (c.overlaps(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- phrases and clauses -----------------------------------------------------------------

    /**
     * The tokens of the phrase headed by {@code head}: the head and every token reachable through
     * {@code relations} (any relation when null), cut so that it stays one stretch around the head
     * and does not cross a {@code blocked} token.
     */
    private static BitSet phrase(Sentence s, int head, Set<String> relations, BitSet blocked) {
        BitSet seen = new BitSet();
        seen.set(head);
        List<Integer> todo = new ArrayList<>(List.of(head));
        while (!todo.isEmpty()) {
            int g = todo.remove(todo.size() - 1);
            for (Dependency d : s.children(g)) {
                int dep = d.dependent();
                if (seen.get(dep) || blocked.get(dep)) {
                    continue;
                }
                String rel = d.relation();
                if (relations != null && !relations.contains(rel) && !relations.contains(d.baseRelation())) {
                    continue;
                }

                if (rel.equals("ref") || rel.endsWith("xsubj")) {
                    continue; // enhanced edges back to a controller or antecedent, not part of the phrase
                }
                seen.set(dep);
                todo.add(dep);
            }
        }
        int lo = seen.nextSetBit(0);
        int hi = seen.length() - 1;
        for (int b = blocked.nextSetBit(0); b >= 0; b = blocked.nextSetBit(b + 1)) {
            if (b < head && b >= lo) {
                lo = b + 1;
            } else if (b > head && b <= hi) {
                hi = Math.min(hi, b - 1);
            }
        }
        BitSet out = new BitSet();
        out.set(lo, hi + 1);
        return out;
    }

    private static Span clauseSpan(Sentence s, int head, BitSet blocked) {
        return withClosingQuote(s.tokens(), trimmed(s.tokens(), phrase(s, head, null, blocked)));
    }

    /**
     * The clause headed by {@code head} as one or two fragments: a clause that the cue and
     * source interrupt ("In the years since, Obama says, too many lives ...") keeps both sides.
     */
    private static List<Span> clauseFragments(Sentence s, int head, BitSet blocked) {
        List<Token> tokens = s.tokens();
        BitSet all = phrase(s, head, null, new BitSet());
        int lo = all.nextSetBit(0);
        int hi = cutAfter(tokens, head, all.length() - 1);
        List<Span> out = new ArrayList<>();
        int runStart = -1;
        for (int i = lo; i <= hi + 1; i++) {
            boolean in = i <= hi && !blocked.get(i);
            if (in && runStart < 0) {
                runStart = i;
            } else if (!in && runStart >= 0) {
                Span f = withClosingQuote(tokens, trimmed(tokens, runStart, i - 1));
                if (f != null && (runStart <= head && head < i || words(tokens, runStart, i - 1) >= 3)) {
                    out.add(f);
                }
                runStart = -1;
            }
        }
        return out;
    }

    /**
     * Where the content after {@code head} stops: before a semicolon or a non-restrictive
     * relative clause (", which ..."), which comment on the content rather than report it.
     */
    private static int cutAfter(List<Token> tokens, int head, int hi) {
        for (int i = head + 1; i <= hi; i++) {
            String w = tokens.get(i).word();
            if (w.equals(";") || w.equals(",") && i + 1 <= hi && tokens.get(i + 1).word().equalsIgnoreCase("which")) {
                return i - 1;
            }
        }
        return hi;
    }

    private static int words(List<Token> tokens, int lo, int hi) {
        int n = 0;
        for (int i = lo; i <= hi; i++) {
            if (!PUNCT.contains(tokens.get(i).word())) {
                n++;
            }
        }
        return n;
    }

    /** Extends a span over the punctuation after it up to a closing quotation mark, if there is one. */
    private static Span withClosingQuote(List<Token> tokens, Span span) {
        if (span == null) {
            return null;
        }
        int end = span.end();
        for (Token t : tokens) {
            if (t.start() < span.end()) {
                continue;
            }
            if (isClosingQuoteToken(t)) {
                end = t.end();
            } else if (!PUNCT.contains(t.word())) {
                break;
            }
        }
        return new Span(span.start(), end);
    }

    private static Span trimmed(List<Token> tokens, BitSet set) {
        if (set.isEmpty()) {
            return null;
        }
        int lo = set.nextSetBit(0);
        return trimmed(tokens, lo, cutAfter(tokens, lo, set.length() - 1));
    }

    /** Tokens lo..hi without leading or trailing punctuation (closing quotation marks stay). */
    private static Span trimmed(List<Token> tokens, int lo, int hi) {
        while (lo <= hi && (PUNCT.contains(tokens.get(lo).word()) || isClosingQuoteToken(tokens.get(lo)))) {
            lo++;
        }
        while (hi >= lo && PUNCT.contains(tokens.get(hi).word())) {
            hi--;
        }
        if (lo > hi) {
            return null;
        }
        int end = tokens.get(hi).end();
        // "U.S." ending a sentence: the tokenizer gives the abbreviation's period to the sentence.
        if (hi + 1 < tokens.size() && tokens.get(hi).word().endsWith(".") && tokens.get(hi + 1).word().equals(".")
                && tokens.get(hi + 1).start() == end) {
            end = tokens.get(hi + 1).end();
        }
        return new Span(tokens.get(lo).start(), end);
    }

    private static boolean isClosingQuoteToken(Token t) {
        return t.word().equals("''") || t.word().equals("”");
    }

    private static Span spanOf(List<Token> tokens, BitSet set) {
        Span t = trimmed(tokens, set);
        if (t != null) {
            return t;
        }
        int lo = set.nextSetBit(0);
        return new Span(tokens.get(lo).start(), tokens.get(set.length() - 1).end());
    }

    private static void addIfAny(List<Span> out, Span span) {
        if (span != null) {
            out.add(span);
        }
    }

    private static int childWith(Sentence s, int head, String relation) {
        for (Dependency d : s.children(head)) {
            if (d.relation().equals(relation) || d.baseRelation().equals(relation)) {
                return d.dependent();
            }
        }
        return -1;
    }

    private static boolean isChild(Sentence s, int head, int dep, Set<String> baseRelations) {
        for (Dependency d : s.heads(dep)) {
            if (d.governor() == head && baseRelations.contains(d.baseRelation())) {
                return true;
            }
        }
        return false;
    }
}
