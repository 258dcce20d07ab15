package org.herodotus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.actors.ActorDictionary;
import org.herodotus.actors.ActorStage;
import org.herodotus.claims.AttributionTagger;
import org.herodotus.claims.ClaimLexicon;
import org.herodotus.claims.ClaimStage;
import org.herodotus.events.CameoVerbDictionary;
import org.herodotus.events.EventLexicon;
import org.herodotus.events.EventStage;
import org.herodotus.nlp.NlpStage;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.places.EventPlaceStage;
import org.herodotus.places.PlaceStage;

/**
 * The one way to build the analysis pipeline: which resources its stages load and which stages
 * run, in the order of {@link #STAGES}. {@code analyze}, {@code ingest}, the evaluations and
 * library users all build theirs here, so that what an evaluation scores is what {@code analyze}
 * runs. Immutable: each {@code with…} returns a changed copy.
 *
 * <pre>{@code
 * Pipeline pipeline = PipelineConfig.defaults()
 *         .withActors(ActorDictionary.builder().addDefaults().addCameoActors(file).build())
 *         .build();
 * }</pre>
 *
 * <p>The nlp stage parses only the sentences a later stage asks for ({@link Stage#parseFilter()});
 * the {@link Pipeline} checks that each stage comes after those that add what it reads.
 */
public final class PipelineConfig {

    /** The names of the stages, in the order they run. */
    public static final List<String> STAGES = List.of("nlp", "places", "actors", "events", "event places", "claims");

    private final ActorDictionary actors;
    private final EventLexicon triggers;
    private final CameoVerbDictionary cameoVerbs;
    private final String last;

    private PipelineConfig(ActorDictionary actors, EventLexicon triggers, CameoVerbDictionary cameoVerbs, String last) {
        this.actors = actors;
        this.triggers = triggers;
        this.cameoVerbs = cameoVerbs;
        this.last = last;
    }

    /** The full pipeline with the bundled resources. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(null, null, null, STAGES.get(STAGES.size() - 1));
    }

    /**
     * With these actor dictionaries (for instance the bundled ones plus imported CAMEO
     * dictionaries: see {@link ActorDictionary#builder()}).
     */
    public PipelineConfig withActors(ActorDictionary dictionary) {
        return new PipelineConfig(dictionary, triggers, cameoVerbs, last);
    }

    /** With this event trigger lexicon (for instance the shipped one extended with user files: see {@link EventLexicon#load}). */
    public PipelineConfig withTriggers(EventLexicon lexicon) {
        return new PipelineConfig(actors, lexicon, cameoVerbs, last);
    }

    /**
     * With users' files added to the bundled resources, as {@code analyze} takes them: CAMEO/PETRARCH
     * actor and agent dictionaries ({@code --actors}, {@code --agents}) and trigger files ({@code
     * --triggers}, format in docs/events.md). Reads them.
     *
     * @throws IllegalArgumentException naming the file (and line) that cannot be read or parsed
     */
    public PipelineConfig withFiles(List<Path> cameoActors, List<Path> cameoAgents, List<Path> triggerFiles) {
        try {
            return withActors(ActorDictionary.withCameoFiles(cameoActors, cameoAgents))
                    .withTriggers(EventLexicon.load(triggerFiles));
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Coding events with an imported CAMEO verb dictionary instead of the trigger lexicon, as
     * PETRARCH would (see {@link EventStage#EventStage(EventLexicon, org.herodotus.actors.SpanResolver,
     * CameoVerbDictionary)}); null codes with the lexicon.
     */
    public PipelineConfig withCameoVerbs(CameoVerbDictionary verbs) {
        return new PipelineConfig(actors, triggers, verbs, last);
    }

    /**
     * Running the stages only as far as {@code stage}, one of {@link #STAGES}: an evaluation of
     * one stage need not load those after it.
     *
     * @throws IllegalArgumentException for a name not in {@link #STAGES}
     */
    public PipelineConfig upTo(String stage) {
        if (!STAGES.contains(stage)) {
            throw new IllegalArgumentException("no stage '" + stage + "'; the stages are " + STAGES);
        }
        return new PipelineConfig(actors, triggers, cameoVerbs, stage);
    }

    /**
     * Loads the pipeline. Loading takes seconds and a few GB of heap; do it once and share the
     * pipeline between threads. Without the herodotus-gazetteer jar on the class path there is
     * no places stage.
     */
    public Pipeline build() {
        List<Stage> later = stagesAfterNlp();
        List<Stage> stages = new ArrayList<>();
        stages.add(new NlpStage(parseFilter(later)));
        stages.addAll(later);
        return new Pipeline(stages);
    }

    /**
     * Which sentences this pipeline's nlp stage gives a dependency parse: those any later stage
     * reads dependencies in. Evaluations that parse on their own use it to score what {@code
     * analyze} sees. Loads the stages to ask them.
     */
    public ParseFilter parseFilter() {
        return parseFilter(stagesAfterNlp());
    }

    private static ParseFilter parseFilter(List<Stage> stages) {
        List<ParseFilter> filters = new ArrayList<>();
        for (Stage s : stages) {
            if (s.parseFilter() != ParseFilter.NONE) {
                filters.add(s.parseFilter());
            }
        }
        return filters.size() == 1 ? filters.get(0) : ParseFilter.anyOf(filters);
    }

    private List<Stage> stagesAfterNlp() {
        List<Stage> out = new ArrayList<>();
        // the gazetteer comes from the herodotus-gazetteer jar; without it there are no places.
        // Places come before the actors, who take a group's country from where the story happens.
        Optional<PlaceStage> places = runs("places") ? PlaceStage.fromClasspath() : Optional.empty();
        places.ifPresent(out::add);
        if (!runs("actors")) {
            return out;
        }
        ActorStage actorStage = new ActorStage(actors != null ? actors : ActorDictionary.defaults());
        out.add(actorStage);
        if (runs("events")) {
            out.add(new EventStage(triggers != null ? triggers : EventLexicon.builtin(), actorStage, cameoVerbs));
        }
        if (runs("event places") && places.isPresent() && runs("events")) {
            out.add(new EventPlaceStage());
        }
        if (runs("claims")) {
            ClaimLexicon claimLexicon = ClaimLexicon.defaults();
            out.add(new ClaimStage(claimLexicon, AttributionTagger.bundled(claimLexicon), actorStage));
        }
        return out;
    }

    private boolean runs(String stage) {
        return STAGES.indexOf(stage) <= STAGES.indexOf(last);
    }
}
