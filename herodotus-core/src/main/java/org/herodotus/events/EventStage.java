package org.herodotus.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herodotus.actors.SpanResolver;
import org.herodotus.model.Event;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.TimeExpression;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.DocPart;
import org.herodotus.pipeline.Stage;
import org.herodotus.pipeline.StageContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events stage: codes PLOVER events from the parsed sentences. For every trigger of the
 * {@link EventLexicon} it reads the actors and recipients from the dependency parse (resolved to
 * the actors the actors stage found), the modality and negation, and the date; then it merges
 * repeated mentions of the same event. Purposes and aims ("to neutralize the drones") are never
 * coded; an event needs at least one participant the text names (an actor, or a noun phrase
 * such as "a lawyer"). Thread-safe.
 */
public final class EventStage implements Stage {

    private static final Logger LOG = LoggerFactory.getLogger(EventStage.class);

    private final EventLexicon lexicon;
    private final SpanResolver resolver;
    private final CameoVerbDictionary cameo;
    private final EventMerger merger;

    /** The stage with the shipped lexicon, resolving arguments to the actors already found. */
    public EventStage() {
        this(EventLexicon.builtin(), null);
    }

    /** The stage with {@code lexicon}, resolving arguments to the actors already found. */
    public EventStage(EventLexicon lexicon) {
        this(lexicon, null);
    }

    /**
     * The stage with {@code lexicon}; an argument that names no known actor ("US soldiers",
     * "local partners") is given to {@code resolver}, and becomes a new actor when its words say
     * its country or sector. A null resolver leaves such arguments unresolved.
     */
    public EventStage(EventLexicon lexicon, SpanResolver resolver) {
        this(lexicon, resolver, null);
    }

    /**
     * A stage that codes with an imported CAMEO verb dictionary instead of the trigger lexicon, as
     * PETRARCH would with the same dictionaries: the dictionary's patterns decide which events a
     * sentence holds (no modality analysis, no promise coding); arguments, dates and merging work
     * as with the lexicon. A null dictionary codes with the lexicon.
     */
    public EventStage(EventLexicon lexicon, SpanResolver resolver, CameoVerbDictionary cameo) {
        this.lexicon = lexicon;
        this.resolver = resolver;
        this.cameo = cameo;
        this.merger = new EventMerger(lexicon.codebook(), lexicon::isOutcome);
    }

    /** Which sentences the stage needs parsed. */
    public ParseFilter parseFilter() {
        return cameo != null ? cameo.parseFilter() : lexicon.parseFilter();
    }

    /** The lexicon the stage codes with. */
    public EventLexicon lexicon() {
        return lexicon;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public StageContract contract() {
        // arguments the actors stage did not find become actors
        return StageContract.requires(DocPart.PARSE, DocPart.ACTORS).assigns(DocPart.EVENTS, DocPart.ACTORS);
    }

    @Override
    public Doc apply(Doc doc) {
        Parse parse = doc.parse();
        List<List<TimeExpression>> times = new ArrayList<>();
        for (int i = 0; i < parse.sentences().size(); i++) {
            times.add(new ArrayList<>());
        }
        for (TimeExpression t : parse.times()) {
            if (t.sentence() >= 0 && t.sentence() < times.size()) {
                times.get(t.sentence()).add(t);
            }
        }
        if (cameo != null && parse.sentences().stream().anyMatch(s -> cameo.discardsStory(s.tokens()))) {
            return doc;
        }
        DocumentActors actors = new DocumentActors(doc, resolver);
        ParticipantResolver participants = new ParticipantResolver(lexicon, actors);
        ArgumentRoles roles = new ArgumentRoles(lexicon, participants);
        EventDates dates = new EventDates(doc.article().published(), parse.times());
        CameoCoder cameoCoder = cameo == null ? null : new CameoCoder(cameo, roles, participants, dates);
        SentenceCoder coder = new SentenceCoder(lexicon, new TriggerFinder(lexicon, roles, participants), roles,
                participants, new ModalityReader(lexicon), dates);
        ReportingTailRepair tails = new ReportingTailRepair(lexicon.modality());
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : parse.sentences()) {
            if (s.parsed() && !s.dependencies().isEmpty()) {
                SentenceGraph g = new SentenceGraph(tails.apply(s), times.get(s.index()));
                mentions.addAll(cameoCoder != null ? cameoCoder.code(g) : coder.code(g));
            }
        }
        if (LOG.isDebugEnabled()) {
            for (Mention m : mentions) {
                LOG.debug("{}: mention {} '{}' {}", doc.article().id(), m.type(), m.trigger().of(doc.text()), m);
            }
        }
        List<Event> events = merger.merge(mentions, doc.article().published(), doc.bodyStart());
        if (cameoCoder == null) {
            Set<Span> agentless = new HashSet<>();
            mentions.stream().filter(Mention::agentless).forEach(m -> agentless.add(m.trigger()));
            events = new ImpliedAuthorities(lexicon, actors).apply(events, agentless);
        }
        return actors.doc().withEvents(events);
    }
}
