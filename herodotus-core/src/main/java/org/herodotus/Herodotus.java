package org.herodotus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.herodotus.actors.ActorDictionary;
import org.herodotus.actors.ActorStage;
import org.herodotus.claims.AttributionTagger;
import org.herodotus.claims.ClaimLexicon;
import org.herodotus.claims.ClaimStage;
import org.herodotus.events.EventLexicon;
import org.herodotus.events.EventStage;
import org.herodotus.extract.ArticleExtractor;
import org.herodotus.extract.Extractor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.nlp.NlpStage;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.places.EventPlaceStage;
import org.herodotus.places.PlaceStage;
import org.herodotus.source.Sources;

/**
 * The front door for library users.
 *
 * <pre>{@code
 * Pipeline pipeline = Herodotus.pipeline();          // load once, share between threads
 * Herodotus.extract(List.of("pages/"), article -> {
 *     Analysis analysis = pipeline.analyze(article);
 * });
 * }</pre>
 */
public final class Herodotus {

    private Herodotus() {
    }

    /** The default article extractor (stateless, thread-safe). */
    public static ArticleExtractor extractor() {
        return new Extractor();
    }

    /**
     * Reads every input (files, directories, .gz, .jsonl, .warc, "-") and hands each extracted
     * article to {@code sink}, in input order. Unreadable inputs arrive as articles with errors.
     */
    public static void extract(List<String> inputs, Consumer<Article> sink) {
        ArticleExtractor extractor = extractor();
        new Sources().read(inputs, doc -> sink.accept(extractor.extract(doc)));
    }

    /**
     * Loads the full analysis pipeline: nlp, places, actors, events, event places, claims. Loading takes
     * seconds and a few GB of heap; do it once.
     */
    public static Pipeline pipeline() {
        return pipeline(ActorDictionary.defaults());
    }

    /**
     * Loads the full analysis pipeline with the actor dictionaries given (for instance the bundled
     * ones plus imported CAMEO dictionaries: see {@link ActorDictionary#builder()}).
     */
    public static Pipeline pipeline(ActorDictionary actors) {
        return pipeline(actors, EventLexicon.builtin());
    }

    /**
     * Loads the full analysis pipeline with the actor dictionaries and the event trigger lexicon
     * given (for instance the shipped lexicon extended with user files: see {@link EventLexicon#load}).
     */
    public static Pipeline pipeline(ActorDictionary actors, EventLexicon events) {
        ActorStage actorStage = new ActorStage(actors);
        EventStage eventStage = new EventStage(events, actorStage);
        ClaimLexicon claimLexicon = ClaimLexicon.defaults();
        ClaimStage claimStage = new ClaimStage(claimLexicon, AttributionTagger.bundled(claimLexicon), actorStage);
        ParseFilter parse = parseFilter(eventStage, claimStage);
        List<Stage> stages = new ArrayList<>();
        stages.add(new NlpStage(parse));
        // the gazetteer comes from the herodotus-gazetteer jar; without it there are no places.
        // Places come before the actors, who take a group's country from where the story happens.
        Optional<PlaceStage> places = PlaceStage.fromClasspath();
        places.ifPresent(stages::add);
        stages.add(actorStage);
        stages.add(eventStage);
        if (places.isPresent()) {
            stages.add(new EventPlaceStage());
        }
        stages.add(claimStage);
        return new Pipeline(stages);
    }

    /**
     * Which sentences the pipeline's nlp stage gives a dependency parse: those the events stage
     * or the claims stage can read (the parse is costly). A stage that reads dependencies adds its
     * filter here. Evaluations use it to score what {@code analyze} sees.
     */
    public static ParseFilter parseFilter(EventStage events, ClaimStage claims) {
        return ParseFilter.anyOf(List.of(events.parseFilter(), claims.parseFilter()));
    }

    /** Analyses one article with a freshly loaded pipeline; for one-off use only. */
    public static Analysis analyze(Article article) {
        return pipeline().analyze(article);
    }
}
