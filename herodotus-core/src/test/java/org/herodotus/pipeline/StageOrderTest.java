package org.herodotus.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.herodotus.actors.ActorStage;
import org.herodotus.claims.ClaimStage;
import org.herodotus.events.EventStage;
import org.herodotus.model.Article;
import org.junit.jupiter.api.Test;

/** A pipeline refuses, when it is built, to run a stage before the stages that add what it reads. */
class StageOrderTest {

    /** A stand-in for the nlp stage: declares the parse, adds nothing (no CoreNLP needed to check an order). */
    private static final Stage PARSER = new Stage() {
        @Override
        public Doc apply(Doc doc) {
            return doc;
        }

        @Override
        public String name() {
            return "nlp";
        }

        @Override
        public StageContract contract() {
            return StageContract.requires().assigns(DocPart.PARSE);
        }
    };

    @Test
    void eventsBeforeActorsFailsToBuildAndSaysToPutActorsFirst() {
        assertThatThrownBy(() -> new Pipeline(List.of(PARSER, new EventStage(), new ActorStage())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 'events' requires actors, which no stage before it adds (put 'actors' before 'events')");
    }

    @Test
    void claimsBeforeEventsFailsBecauseClaimsReadTheEventsTheyAreAbout() {
        ActorStage actors = new ActorStage();
        assertThatThrownBy(() -> new Pipeline(List.of(PARSER, actors, new ClaimStage(), new EventStage())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 'claims' reads events, which stage 'events' adds after it (put 'events' before 'claims')");
    }

    @Test
    void aStageWithoutTheParseItRequiresIsRefusedEvenWhenNoStageCouldAddIt() {
        assertThatThrownBy(() -> new Pipeline(List.of(new ActorStage())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage 'actors' requires parse, which no stage before it adds (add a stage that does)");
    }

    @Test
    void stagesInPipelineOrderBuildAndRunWhereStagesThatRewriteEventsFollowEachOther() {
        ActorStage actors = new ActorStage();
        Pipeline pipeline = new Pipeline(List.of(PARSER, actors, new EventStage(), new ClaimStage()));
        assertThat(pipeline.stages()).extracting(Stage::name).containsExactly("nlp", "actors", "events", "claims");
        // without the real parser there is nothing to find, but every stage runs without error
        assertThat(pipeline.analyze(new Article("t", null, null, null, null, "en",
                "Protesters blocked the main road into the capital on Tuesday.", List.of())).errors()).isEmpty();
    }

    @Test
    void claimsWithoutAnEventsStageBuildSinceClaimsOnlyReadEventsWhenThereAreAny() {
        assertThat(new Pipeline(List.of(PARSER, new ActorStage(), new ClaimStage())).stages()).hasSize(3);
    }
}
