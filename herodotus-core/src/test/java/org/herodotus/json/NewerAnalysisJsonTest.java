package org.herodotus.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.model.Analysis;
import org.junit.jupiter.api.Test;

/** An older build reads the Analysis JSON of a newer one: fields it does not know are skipped. */
class NewerAnalysisJsonTest {

    @Test
    void readsAnAnalysisWithFieldsThisBuildDoesNotKnow() throws Exception {
        Analysis a = AnalysisJson.parseAnalysis("{\"id\":\"ferry\",\"text\":\"The ferry resumed on Monday.\",\"bodyStart\":0,"
                + "\"sentiment\":{\"score\":0.4},\"actors\":[],\"places\":[],\"events\":[],\"claims\":[],\"readingTime\":3}");
        assertThat(a.id()).isEqualTo("ferry");
        assertThat(a.text()).isEqualTo("The ferry resumed on Monday.");
    }
}
