package org.herodotus.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Span;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.Stage;

/**
 * The claims stage: who says who did it, and how sure they are. Finds attributions in the parse,
 * resolves speakers to actors (creating anonymous actors such as "military source" when the text
 * names nobody), reads the claim type, certainty and perpetrator from the content, links each
 * claim to the event it is about, and lists the claims on their events.
 */
public final class ClaimStage implements Stage {

    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "we", "our", "us", "he", "his", "him",
            "she", "her", "they", "their", "them", "who");
    /** Subject pronouns by which a speaker names itself or is named in reported speech ("it had fired"). */
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("i", "we", "he", "she", "it", "they");
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
        this.lexicon = lexicon;
        this.finder = new AttributionFinder(lexicon);
        this.tagger = tagger;
        this.responsibility = new Responsibility(lexicon);
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
            return runOn(text, parse, rules);
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
        out.sort(java.util.Comparator.comparingInt(a -> a.cueCover().start()));
        return runOn(text, parse, out);
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

    /** Whether the content's first words, after an optional "that", are those of {@code span}. */
    private static boolean opensWith(List<Token> content, Span span) {
        int i = !content.isEmpty() && content.get(0).word().equalsIgnoreCase("that") ? 1 : 0;
        return i < content.size() && content.get(i).start() == span.start();
    }

    /** Whether {@code span} lies within one time expression ("hours", "on Monday"). */
    private static boolean isTime(org.herodotus.nlp.Parse parse, Span span) {
        for (org.herodotus.nlp.TimeExpression x : parse.times()) {
            if (x.start() <= span.start() && span.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words include a noun, a proper noun, a pronoun or a number ("the two"). */
    private static boolean nominal(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true; // no parse to judge by
        }
        for (Token t : tokens) {
            String pos = t.pos();
            if (pos != null && (pos.startsWith("NN") || pos.startsWith("PRP") || pos.startsWith("WP") || pos.equals("CD"))) {
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
    public Doc apply(Doc doc) {
        String text = doc.text();
        List<Attribution> found = attributions(text, doc.parse());
        List<Actor> actors = new ArrayList<>(doc.actors());
        Map<String, Actor> anonymous = new LinkedHashMap<>();
        List<Claim> claims = new ArrayList<>();
        Map<String, List<String>> claimsByEvent = new HashMap<>();
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
                String actor = speaker(doc, sourceSpan, actors, anonymous);
                if (actor == null) {
                    actor = antecedentActor(doc, sourceSpan); // "Esper, who also spoke about …"
                }
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
            List<Token> contentTokens = tokensIn(doc, content);
            Certainty certainty = a.certainty().weaker(hedges(doc, a, contentTokens, found)).weaker(assessing(doc, a));
            Responsibility.Match match = responsibility.find(contentTokens);
            boolean self = false;
            if (match != null && match.self()) {
                // "Houthi forces, who said they had targeted …": the speaker claims the deed, when
                // the words name the speaker (a pronoun, or a phrase naming the speaker's actor).
                // Only as the subject the content opens with: in "blamed Houthi forces, who said they
                // had targeted …" the pronoun belongs to another speaker.
                Actor named = doc.actorAt(match.perpetrator().start(), match.perpetrator().end());
                self = a.type() == ClaimType.STATEMENT && opensWith(contentTokens, match.perpetrator())
                        && source != null && source.start() != null && source.actor() != null
                        && (SPEAKER_PRONOUNS.contains(match.perpetrator().of(text).toLowerCase(Locale.ROOT)) || named != null && named.id().equals(source.actor()));
                match = self ? match : null;
            }
            ClaimType type = a.type();
            Span perpetrator = null;
            if (type == ClaimType.STATEMENT && match != null) {
                type = match.type();
            }
            if (match != null) {
                perpetrator = match.perpetrator();
            } else if (type == ClaimType.ACCUSATION && (a.kind().equals("verb-object") || a.kind().equals("tagged"))) {
                perpetrator = responsibility.leadingName(contentTokens); // "blamed Hezbollah for ..."
            }
            if (type == ClaimType.STATEMENT && certainty == Certainty.REFUTED && match != null) {
                type = ClaimType.RESPONSIBILITY;
            }
            String attributedTo = null;
            if (self) {
                perpetrator = new Span(source.start(), source.end());
                attributedTo = source.actor();
            } else if (perpetrator != null) {
                Actor p = doc.actorAt(perpetrator.start(), perpetrator.end());
                attributedTo = p == null ? null : p.id();
            } else if (source != null && source.start() != null && selfClaim(doc, a)) {
                // "The group claimed responsibility for the attack": the claimant names itself.
                type = ClaimType.RESPONSIBILITY;
                perpetrator = new Span(source.start(), source.end());
                attributedTo = source.actor();
            }
            Claim.Source relay = null;
            if (a.relay() != null) {
                Actor r = doc.actorAt(a.relay().start(), a.relay().end());
                relay = new Claim.Source(a.relay().start(), a.relay().end(), r == null ? null : r.id());
            }
            String id = "c" + (claims.size() + 1);
            String event = eventOf(doc, content, contentTokens);
            if (event == null && (type == ClaimType.RESPONSIBILITY || type == ClaimType.DENIAL)) {
                event = lastViolenceBefore(doc, content.start());
            }
            if (event != null) {
                claimsByEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(id);
            }
            if (source == null) {
                source = new Claim.Source(null, null, null); // the article itself says it
            }
            claims.add(new Claim(id, source, a.cueCover(), content, type.label(), certainty.label(), event,
                    attributedTo, perpetrator, relay));
        }
        actors.addAll(anonymous.values());
        List<Event> events = new ArrayList<>();
        for (Event e : doc.events()) {
            List<String> ids = claimsByEvent.get(e.id());
            if (ids == null) {
                events.add(e);
            } else {
                List<String> all = new ArrayList<>(e.claims());
                all.addAll(ids);
                events.add(e.withClaims(all));
            }
        }
        return doc.withActors(actors).withEvents(events).withClaims(claims);
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

    /**
     * The actor of the noun a relative pronoun speaker refers back to ("Esper, who said …",
     * "Houthi forces, who said …"): the noun of the parse's {@code ref} edge, else the noun the
     * pronoun's clause is a relative clause of, else an actor named right before ", who"; null when
     * the span is no relative pronoun or names nobody.
     */
    private static String antecedentActor(Doc doc, Span span) {
        org.herodotus.nlp.Sentence s = doc.parse().sentenceAt(span.start());
        if (s == null) {
            return null;
        }
        List<Token> tokens = s.tokens();
        Token word = s.tokenAt(span.start());
        if (word == null || word.end() != span.end() || !RELATIVE_PRONOUNS.contains(word.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int pronoun = word.index();
        int noun = -1;
        for (org.herodotus.nlp.Dependency d : s.dependencies()) {
            if (d.relation().equals("ref") && d.dependent() == pronoun && d.governor() >= 0) {
                noun = d.governor();
            }
        }
        if (noun < 0) {
            for (org.herodotus.nlp.Dependency up : s.heads(pronoun)) {
                for (org.herodotus.nlp.Dependency d : s.dependencies()) {
                    if (d.baseRelation().equals("acl") && d.dependent() == up.governor() && d.governor() >= 0) {
                        noun = d.governor();
                    }
                }
            }
        }
        if (noun >= 0) {
            Actor a = doc.actorAt(tokens.get(noun).start(), tokens.get(noun).end());
            for (org.herodotus.nlp.Dependency m : s.children(noun)) {
                if (a == null && m.dependent() < noun) {
                    a = doc.actorAt(tokens.get(m.dependent()).start(), tokens.get(m.dependent()).end());
                }
            }
            if (a != null) {
                return a.id();
            }
        }
        // No parse of the clause: an actor named just before the comma ("Houthi forces, who").
        String text = doc.text();
        for (Actor a : doc.actors()) {
            for (Span m : a.mentions()) {
                if (m.end() <= span.start() && text.substring(m.end(), span.start()).matches("\\s*,\\s*")) {
                    return a.id();
                }
            }
        }
        return null;
    }

    /**
     * Whether the cue and the first words of the content read as a responsibility phrase of the
     * lexicon ("claimed | responsibility for …", "took | credit for …"): whoever says it claims the
     * deed for themselves.
     */
    private boolean selfClaim(Doc doc, Attribution a) {
        Span cue = a.cueCover();
        Span content = a.contentCover();
        if (cue == null || content == null || content.start() < cue.start()) {
            return false;
        }
        List<Token> tokens = tokensIn(doc, new Span(cue.start(), Math.min(content.end(), content.start() + 40)));
        for (ClaimLexicon.Cue c : lexicon.phraseCues()) {
            for (int i = 0; c.type() == ClaimType.RESPONSIBILITY && i < tokens.size(); i++) {
                if (ClaimLexicon.matchesAt(tokens, i, c.lemmas())) {
                    return true;
                }
            }
        }
        return false;
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

    /** The actor a speaker span names; an anonymous source gets an actor of its own. */
    private String speaker(Doc doc, Span span, List<Actor> actors, Map<String, Actor> anonymous) {
        Actor known = doc.actorAt(span.start(), span.end());
        if (known != null) {
            return known.id();
        }
        List<Token> tokens = tokensIn(doc, span);
        Token head = null;
        String sector = null;
        String country = null;
        StringBuilder name = new StringBuilder();
        for (Token t : tokens) {
            ClaimLexicon.SourceWord w = lexicon.sourceWord(t.lemma());
            if (w != null && w.head()) {
                head = t;
                if (sector == null) {
                    sector = w.sector();
                }
            } else if (w != null && w.sector() != null) {
                sector = w.sector();
            }
            Actor inner = doc.actorAt(t.start(), t.end());
            if (inner != null && inner.country() != null) {
                country = inner.country();
            }
            if (!t.pos().equals("DT") && !t.pos().equals("CD") && !isQuantifier(t)) {
                if (name.length() > 0) {
                    name.append(' ');
                }
                name.append(t == head || t.pos().startsWith("NNS") ? t.lemma().toLowerCase(Locale.ROOT) : t.word());
            }
        }
        if (head == null) {
            return null;
        }
        String key = name.toString();
        Actor a = anonymous.get(key);
        if (a == null) {
            a = new Actor(freshId(actors, anonymous.size()), key, country, sector, new ArrayList<>(), true);
        }
        List<Span> mentions = new ArrayList<>(a.mentions());
        mentions.add(span);
        anonymous.put(key, a.withMentions(mentions));
        return a.id();
    }

    private static boolean isQuantifier(Token t) {
        return Set.of("several", "some", "many", "few", "other", "another", "two", "three").contains(
                t.word().toLowerCase(Locale.ROOT));
    }

    private static String freshId(List<Actor> actors, int offset) {
        int max = 0;
        for (Actor a : actors) {
            if (a.id() != null && a.id().matches("a\\d+")) {
                max = Math.max(max, Integer.parseInt(a.id().substring(1)));
            }
        }
        return "a" + (max + offset + 1);
    }

    /**
     * The weakest certainty among the hedges in the claim's content and around its cue. The cue
     * and words of another claim of the sentence are that claim's, not this one's: in "“… it is
     * difficult to pin down,” said Esper, who also spoke with the premier", the talk with the
     * premier is not in doubt, and in "The M23 denied the accusation and said the shells had been
     * fired by government troops", what the M23 said is not denied.
     */
    private Certainty hedges(Doc doc, Attribution a, List<Token> content, List<Attribution> all) {
        Certainty c = Certainty.ASSERTED;
        c = c.weaker(lexicon.hedgeCertainty(content));
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
                c = c.weaker(lexicon.hedgeCertainty(around));
            }
        }
        return c;
    }

    /**
     * The event the content is about: one whose trigger lies inside the content, or else the
     * event that a noun of the content ("these attacks") names, the first such in the article
     * being the salient one.
     */
    private static String eventOf(Doc doc, Span content, List<Token> contentTokens) {
        for (Event e : doc.events()) {
            if (e.trigger() != null && content.contains(e.trigger())) {
                return e.id();
            }
            for (Span m : e.mentions()) {
                if (content.contains(m)) {
                    return e.id();
                }
            }
        }
        String text = doc.text();
        for (Token t : contentTokens) {
            if (!t.isNoun()) {
                continue;
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            Event first = null;
            for (Event e : doc.events()) {
                if (e.trigger() == null) {
                    continue;
                }
                Sentence s = doc.parse().sentenceAt(e.trigger().start());
                Token trig = s == null ? null : s.tokenAt(e.trigger().start());
                String tl = trig == null ? e.trigger().of(text).toLowerCase(Locale.ROOT) : trig.lemma().toLowerCase(Locale.ROOT);
                if (tl.equals(lemma) && (first == null || e.trigger().start() < first.trigger().start())) {
                    first = e;
                }
            }
            if (first != null) {
                return first.id();
            }
        }
        return null;
    }

    /**
     * The assault or coercion event last mentioned before {@code offset}: the kinds of event
     * someone is said to be responsible for. "The perpetrators are …" and "the hypothesis that it was the work of Isis"
     * name no event; responsibility is claimed for the attack the text has just been talking about.
     */
    private static String lastViolenceBefore(Doc doc, int offset) {
        Event best = null;
        int bestStart = -1;
        for (Event e : doc.events()) {
            if (!e.event().equals("ASSAULT") && !e.event().equals("COERCE")) {
                continue;
            }
            List<Span> spans = new ArrayList<>(e.mentions());
            if (e.trigger() != null) {
                spans.add(e.trigger());
            }
            for (Span m : spans) {
                if (m.start() < offset && m.start() > bestStart) {
                    bestStart = m.start();
                    best = e;
                }
            }
        }
        return best == null ? null : best.id();
    }

    private static List<Token> tokensIn(Doc doc, Span span) {
        return tokensIn(doc.parse(), span);
    }

    private static List<Token> tokensIn(org.herodotus.nlp.Parse parse, Span span) {
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
