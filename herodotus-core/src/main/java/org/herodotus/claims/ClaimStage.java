package org.herodotus.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.actors.SpanResolver;
import org.herodotus.model.Actor;
import org.herodotus.model.Certainty;
import org.herodotus.model.Claim;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Event;
import org.herodotus.model.Span;
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

    private static final Set<String> PRONOUNS = ClaimWords.of("pronouns");
    private static final Set<String> RELATIVE_PRONOUNS = ClaimWords.of("relative-pronouns");

    private final ClaimLexicon lexicon;
    private final ClaimAttributions attributions;
    private final ClaimCertainty certainties;
    private final DoerFinder doers;
    private final SpanResolver resolver;
    private final ClaimScope scope;

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
        Responsibility responsibility = new Responsibility(lexicon);
        this.attributions = new ClaimAttributions(lexicon, tagger, responsibility);
        this.certainties = new ClaimCertainty(lexicon);
        this.scope = ClaimScope.bundled();
        this.doers = new DoerFinder(lexicon, responsibility, scope);
        this.resolver = resolver;
        this.lexicon = lexicon;
    }

    /**
     * Which sentences this stage reads dependencies in: those its lexicon's cues can hold a claim
     * in, and those holding a word its tagger takes for a cue.
     */
    public org.herodotus.nlp.ParseFilter parseFilter() {
        return attributions.parseFilter();
    }

    /**
     * The attributions this stage turns into claims, one claim each, in text order of their cues:
     * the tagger's, with the rules' reading kept where it tells more than spans, and the closing
     * credits neither reads ({@link ClaimAttributions} says how they are merged).
     */
    public List<Attribution> attributions(String text, org.herodotus.nlp.Parse parse) {
        return attributions.find(text, parse);
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
        List<Attribution> found = attributions.find(text, doc.parse());
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
            List<Token> contentTokens = ParseSpans.tokensIn(actors.doc(), content);
            Certainty certainty = certainties.of(actors.doc(), a, source, contentTokens, found);
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
                    actors.doc().parse().sentenceAt(a.cueCover().start()), ParseSpans.tokensIn(actors.doc(), a.cueCover()),
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
                claims.add(new Claim("c" + (claims.size() + 1), source, a.cueCover(), content, type, certainty,
                        event, doer.actor(), doer.span(), relay));
            } else {
                quotes.add(new Claim("q" + (quotes.size() + 1), source, a.cueCover(), content, type, certainty,
                        null, null, null, relay));
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
