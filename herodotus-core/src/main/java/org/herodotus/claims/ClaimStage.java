package org.herodotus.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.actors.SpanResolver;
import org.herodotus.model.Actor;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.DocPart;
import org.herodotus.pipeline.Stage;
import org.herodotus.pipeline.StageContract;

/**
 * The claims stage: who says who did it, and how sure they are. Finds attributions in the parse,
 * resolves speakers to actors (creating anonymous actors such as "military source" when the text
 * names nobody), reads the claim type, certainty and perpetrator from the content, links each
 * claim to the event it is about, and lists the claims on their events.
 */
public final class ClaimStage implements Stage {

    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "our", "us", "he", "his", "him",
            "she", "her", "they", "their", "them", "who");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    private static final Set<String> FIRST_PERSON = Set.of("i", "my", "me", "we", "our", "us");

    /** Kinds of rule attribution whose reading tells more than the tagger's spans. */
    private static final Set<String> TELLING_KINDS = Set.of("colon", "credit", "transcript", "noun", "passive");
    /** Kinds of rule attribution that are a whole line: a credit or a transcript line. */
    private static final Set<String> LINE_KINDS = Set.of("credit", "transcript");

    private final ClaimLexicon lexicon;
    private final AttributionFinder finder;
    private final AttributionTagger tagger;
    private final Responsibility responsibility;
    private final DoerFinder doers;
    private final SpanResolver resolver;
    private final ClaimScope scope;
    private final TrailingReportFinder credits;

    /** A stage using the lexicon and the attribution tagger shipped with Herodotus. */
    public ClaimStage() {
        this(ClaimLexicon.defaults());
    }

    /** A stage using {@code lexicon} and the bundled attribution tagger (when one is bundled). */
    public ClaimStage(ClaimLexicon lexicon) {
        this(lexicon, AttributionTagger.bundled(lexicon));
    }

    /**
     * A stage using {@code lexicon}, whose attributions come from {@code tagger} merged with those
     * of the rules (see {@link #attributions}); with a null tagger, from the rules alone.
     */
    public ClaimStage(ClaimLexicon lexicon, AttributionTagger tagger) {
        this(lexicon, tagger, null);
    }

    /**
     * A stage as {@link #ClaimStage(ClaimLexicon, AttributionTagger)} that turns the parties a
     * claim names but the actors stage did not find ("accused government forces of …") into
     * actors with {@code resolver} (the actors stage); with a null resolver such parties stay
     * unresolved.
     */
    public ClaimStage(ClaimLexicon lexicon, AttributionTagger tagger, SpanResolver resolver) {
        this.lexicon = lexicon;
        this.finder = new AttributionFinder(lexicon);
        this.tagger = tagger;
        this.responsibility = new Responsibility(lexicon);
        this.scope = ClaimScope.bundled();
        this.doers = new DoerFinder(lexicon, responsibility, scope);
        this.resolver = resolver;
        this.credits = new TrailingReportFinder(lexicon);
    }

    /**
     * Which sentences this stage reads dependencies in: those its lexicon's cues can hold a claim
     * in, and those holding a word its tagger takes for a cue.
     */
    public org.herodotus.nlp.ParseFilter parseFilter() {
        org.herodotus.nlp.ParseFilter rules = lexicon.parseFilter();
        return tagger == null ? rules : org.herodotus.nlp.ParseFilter.anyOf(List.of(rules, tagger.parseFilter()));
    }

    /**
     * The attributions this stage turns into claims, one claim each, in text order of their cues.
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
    public List<Attribution> attributions(String text, org.herodotus.nlp.Parse parse) {
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
            if (t.content().isEmpty() || isTime(parse, t.contentCover())) {
                continue; // a claim says something, and "A fire burned for | hours" says nothing
            }
            if (t.sourceCover() != null && !nominal(tokensIn(parse, t.sourceCover()))) {
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
            if (content == null || !lexicon.announcesParts(tokensIn(parse, content))) {
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

    /** Whether the rules' reading of {@code r} tells more than its spans (see {@link #attributions}). */
    private boolean telling(Attribution r, org.herodotus.nlp.Parse parse) {
        return r.relay() != null || TELLING_KINDS.contains(r.kind()) || responsibility.find(tokensIn(parse, r.contentCover())) != null;
    }

    /** Whether {@code span} lies within one time expression ("hours", "on Monday"). */
    static boolean isTime(org.herodotus.nlp.Parse parse, Span span) {
        for (org.herodotus.nlp.TimeExpression x : parse.times()) {
            if (x.start() <= span.start() && span.end() <= x.end()) {
                return true;
            }
        }
        return false;
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

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public StageContract contract() {
        // speakers become actors; events list their claims
        return StageContract.requires(DocPart.PARSE).reads(DocPart.ACTORS, DocPart.EVENTS)
                .assigns(DocPart.CLAIMS, DocPart.QUOTES, DocPart.ACTORS, DocPart.EVENTS);
    }

    @Override
    public Doc apply(Doc doc) {
        String text = doc.text();
        List<Attribution> found = attributions(text, doc.parse());
        ClaimActors actors = new ClaimActors(lexicon, resolver, doc);
        List<Claim> claims = new ArrayList<>();
        List<Claim> quotes = new ArrayList<>();
        Claim.Source lastSource = null;
        Attribution lastColon = null;
        for (Attribution a : found) {
            Span sourceSpan = a.sourceCover();
            if (sourceSpan == null && lastColon != null && sameParagraph(text, lastColon.cueCover(), a.cueCover())) {
                sourceSpan = lastColon.sourceCover(); // "Esper: ... . The hypothesis ... falls"
            }
            Claim.Source source = null;
            if (sourceSpan != null) {
                sourceSpan = withoutTrailingComma(text, sourceSpan);
                String actor = actors.speaker(sourceSpan);
                if (actor == null && isPronoun(text, sourceSpan) && lastSource != null
                        && !RELATIVE_PRONOUNS.contains(sourceSpan.of(text).toLowerCase(Locale.ROOT))) {
                    actor = lastSource.actor(); // a speaker carried over from the sentences before
                }
                source = new Claim.Source(sourceSpan.start(), sourceSpan.end(), actor);
                if (!isPronoun(text, sourceSpan)) {
                    lastSource = source;
                }
            }
            if (a.kind().equals("colon")) {
                lastColon = a;
            }
            Span content = a.contentCover();
            List<Token> contentTokens = tokensIn(actors.doc(), content);
            Certainty certainty = a.certainty().weaker(hedges(actors.doc(), a, source, contentTokens, found)).weaker(assessing(actors.doc(), a));
            DoerFinder.Doer doer = doers.find(actors, a, source, contentTokens, certainty);
            ClaimType type = doer.type();
            Claim.Source relay = null;
            if (a.relay() != null) {
                Actor r = actors.doc().actorAt(a.relay().start(), a.relay().end());
                relay = new Claim.Source(a.relay().start(), a.relay().end(), r == null ? null : r.id());
            }
            String event = ClaimEvents.eventOf(actors.doc(), content, contentTokens);
            boolean namesOther = doer.actor() != null && source != null && !doer.actor().equals(source.actor());
            if (type == ClaimType.DENIAL && !namesOther && a.cueCover() != null && scope.isRefusal(
                    actors.doc().parse().sentenceAt(a.cueCover().start()), tokensIn(actors.doc(), a.cueCover()),
                    contentTokens, eventById(actors.doc(), event))) {
                continue; // "was denied asylum": a refusal, no claim ("dismissed it as the work of X" is one)
            }
            if (event == null && (type == ClaimType.RESPONSIBILITY || type == ClaimType.DENIAL)) {
                event = ClaimEvents.lastViolenceBefore(actors.doc(), content.start());
            }
            if (source == null) {
                source = new Claim.Source(null, null, null); // the article itself says it
            }
            if (scope.isClaim(type, doer.actor(), eventById(actors.doc(), event), contentTokens)) {
                claims.add(new Claim("c" + (claims.size() + 1), source, a.cueCover(), content, type.label(),
                        certainty.label(), event, doer.actor(), doer.span(), relay));
            } else {
                quotes.add(new Claim("q" + (quotes.size() + 1), source, a.cueCover(), content, type.label(),
                        certainty.label(), null, null, null, relay));
            }
        }
        Doc withActors = actors.doc();
        return withActors.withEvents(ClaimEvents.withClaims(withActors.events(), claims, withActors.actors())).withClaims(claims)
                .withQuotes(quotes);
    }

    private static Event eventById(Doc doc, String id) {
        for (Event e : doc.events()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
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

    /** The most a claim of this source can be when its head word assesses rather than reports ("analysts"), else null. */
    private Certainty assessing(Doc doc, Attribution a) {
        Span source = a.sourceCover();
        if (source == null) {
            return null;
        }
        Certainty most = null;
        for (Token t : tokensIn(doc, source)) {
            ClaimLexicon.SourceWord w = lexicon.sourceWord(t.lemma());
            if (w != null && w.head() && w.atMost() != null) {
                most = w.atMost().weaker(most);
            }
        }
        return most;
    }

    /**
     * The weakest certainty among the hedges in the claim's content and around its cue. The cue
     * and words of another claim of the sentence are that claim's, not this one's: in "“… it is
     * difficult to pin down,” said Esper, who also spoke with the premier", the talk with the
     * premier is not in doubt, and in "The M23 denied the accusation and said the shells had been
     * fired by government troops", what the M23 said is not denied. Likewise a cue of another claim
     * inside the content is that claim's: in "Britain says the Russian government was involved, a
     * charge that Russia denies", Britain's claim is not denied, and neither is it by a denial whose
     * subject is another party ("a charge denied by the Kremlin"). The reporter's hedges
     * ("allegedly") do not lower a claim: someone still asserts it.
     */
    private Certainty hedges(Doc doc, Attribution a, Claim.Source source, List<Token> content, List<Attribution> all) {
        List<Token> own = new ArrayList<>();
        for (Token t : content) {
            Span word = new Span(t.start(), t.end());
            boolean other = false;
            for (Attribution o : all) {
                other |= o != a && o.cueCover() != null && o.cueCover().contains(word);
            }
            other |= deniedByAnother(doc, t, source);
            // "arrested 30 people suspected of …", "detained 26 suspected members": a named
            // speaker's hedge on a participant, not on what the speaker says happened
            other |= source != null && source.start() != null && describesParticipant(doc, t);
            if (!other) {
                own.add(t);
            }
        }
        Certainty c = Certainty.ASSERTED;
        c = c.weaker(lexicon.hedgeCertainty(own, true));
        Span cue = a.cueCover();
        if (cue != null) {
            Sentence s = doc.parse().sentenceAt(cue.start());
            if (s != null) {
                // Hedges on the reporting itself ("reportedly said") and, for a noun cue, on
                // what the sentence says of it ("the hypothesis ... falls").
                List<Span> reported = new ArrayList<>();
                if (a.contentCover() != null) {
                    reported.add(a.contentCover());
                }
                for (Attribution other : all) {
                    Span o = other.contentCover();
                    if (other != a && o != null && !o.contains(cue)) {
                        reported.add(o);
                    }
                    if (other != a && other.cueCover() != null && !other.cueCover().overlaps(cue)) {
                        reported.add(other.cueCover()); // "denied the accusation and said …": the denial is another claim
                    }
                }
                List<Token> around = new ArrayList<>();
                for (Token t : s.tokens()) {
                    Span word = new Span(t.start(), t.end());
                    boolean inContent = false;
                    for (Span r : reported) {
                        inContent |= r.contains(word);
                    }
                    if (!inContent) {
                        around.add(t);
                    }
                }
                c = c.weaker(lexicon.hedgeCertainty(around, true));
            }
        }
        return c;
    }

    /** Whether {@code t} modifies a noun as an adjective or a reduced relative ("suspected members"). */
    private static boolean describesParticipant(Doc doc, Token t) {
        Sentence s = doc.parse().sentenceAt(t.start());
        if (s == null) {
            return false;
        }
        for (org.herodotus.nlp.Dependency d : s.heads(t.index())) {
            String r = d.baseRelation();
            if ((r.equals("amod") || r.equals("acl")) && d.governor() >= 0
                    && s.tokens().get(d.governor()).pos().startsWith("NN")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} is a denying word whose subject or agent is a party other than the
     * speaker ("which Russia denies", "denied by the Kremlin").
     */
    private boolean deniedByAnother(Doc doc, Token t, Claim.Source source) {
        if (!t.isVerb()) {
            return false;
        }
        Certainty c = lexicon.hedgeCertainty(List.of(t));
        if (c != Certainty.DENIED && c != Certainty.REFUTED) {
            return false;
        }
        Sentence s = doc.parse().sentenceAt(t.start());
        if (s == null) {
            return false;
        }
        for (org.herodotus.nlp.Dependency d : s.children(t.index())) {
            String r = d.relation();
            if (r.equals("nsubj") || r.endsWith(":agent") || r.equals("obl:by") || r.equals("nmod:by")) {
                Token subject = s.tokens().get(d.dependent());
                if (subject.pos().startsWith("PRP") || subject.pos().startsWith("W")) {
                    return false;
                }
                Actor actor = doc.actorAt(subject.start(), subject.end());
                return actor == null || source == null || !actor.id().equals(source.actor());
            }
        }
        return false;
    }

    static List<Token> tokensIn(Doc doc, Span span) {
        return tokensIn(doc.parse(), span);
    }

    static List<Token> tokensIn(org.herodotus.nlp.Parse parse, Span span) {
        List<Token> out = new ArrayList<>();
        if (span == null) {
            return out;
        }
        for (Sentence s : parse.sentences()) {
            if (s.end() <= span.start() || s.start() >= span.end()) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.start() >= span.start() && t.end() <= span.end()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** "Mark Esper," as the annotated corpora mark an apposition: the claim shows "Mark Esper". */
    private static Span withoutTrailingComma(String text, Span span) {
        int end = span.end();
        while (end > span.start() + 1 && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return new Span(span.start(), end);
    }

    private static boolean isPronoun(String text, Span span) {
        return PRONOUNS.contains(span.of(text).toLowerCase(Locale.ROOT));
    }

    private static boolean sameParagraph(String text, Span a, Span b) {
        if (a == null || b == null) {
            return false;
        }
        int from = Math.min(a.end(), b.start());
        int to = Math.max(a.end(), b.start());
        return !text.substring(from, to).contains("\n\n");
    }
}
