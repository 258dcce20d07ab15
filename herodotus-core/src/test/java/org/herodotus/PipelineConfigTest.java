package org.herodotus;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Building the pipeline from one configuration. */
class PipelineConfigTest {

    @Test
    void stoppingAfterAStageThatDoesNotExistIsRefusedNamingTheStages() {
        assertThatThrownBy(() -> PipelineConfig.defaults().upTo("event"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no stage 'event'; the stages are [nlp, places, actors, events, event places, claims]");
    }
}
