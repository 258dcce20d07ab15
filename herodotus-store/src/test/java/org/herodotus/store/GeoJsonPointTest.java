package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.herodotus.json.AnalysisJson;
import org.junit.jupiter.api.Test;

/** Two exports of the same store are the same bytes: a point's members come in one order. */
class GeoJsonPointTest {

    @Test
    void aPointIsWrittenTypeFirstThenLongitudeAndLatitudeOnEveryRun() throws Exception {
        // Al Asad Air Base: longitude first, as GeoJSON wants
        String json = AnalysisJson.mapper().writeValueAsString(TextExport.point(42.4412, 33.7856));
        assertThat(json).isEqualTo("{\"type\":\"Point\",\"coordinates\":[42.4412,33.7856]}");
    }
}
