package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herodotus incidents} is written for people: sources by name, keys only in --json. */
class IncidentsOutputTest {

    @TempDir
    Path tmp;

    @Test
    void boardLinesNameTheOutletAndTitleOrTheFileAndLeaveTheStoreKeysToJson() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(11).expecting(6);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(AnalysisJson.toLine(corpus.next()));
        }
        // An article read from a file: no URL, no title, only the name it was given.
        Analysis a = corpus.next();
        lines.add(AnalysisJson.toLine(new Analysis("kirkuk-notes", null, null, null, a.published(), "en", a.text(),
                a.actors(), a.places(), a.events(), a.claims(), List.of())));
        Path input = Files.write(tmp.resolve("analyses.jsonl"), lines);
        String db = tmp.resolve("store.duckdb").toString();
        assertThat(CliRun.result("ingest", "--analysed", input.toString(), "--db", db).status()).isZero();

        String text = CliRun.stdout("incidents", "--db", db, "--limit", "50");
        assertThat(text).contains("attribution board:").doesNotContain("sha256:").doesNotContain("\"\"")
                .containsPattern("— outlet\\d+\\.example, \"[A-Z][a-z]+ [a-z]+")
                .contains("— kirkuk-notes")
                .doesNotContain("1 articles").doesNotContain("1 events");
        assertThat(CliRun.stdout("incidents", "--db", db, "--limit", "50", "--json")).contains("sha256:");
    }

    @Test
    void aQuotationIsQuotedOnceAndTwoQuotationsKeepTheirMarks() {
        assertThat(IncidentsCommand.unquoted("\"The rockets came from the east.\"")).isEqualTo("The rockets came from the east.");
        assertThat(IncidentsCommand.unquoted("“The rockets came from the east.”")).isEqualTo("The rockets came from the east.");
        assertThat(IncidentsCommand.unquoted("\"We fired,\" he said, \"in self-defence.\""))
                .isEqualTo("\"We fired,\" he said, \"in self-defence.\"");
    }

    @Test
    void countsAgreeWithTheirNouns() {
        assertThat(IncidentsCommand.count(1, "copy")).isEqualTo("1 copy");
        assertThat(IncidentsCommand.count(2, "copy")).isEqualTo("2 copies");
        assertThat(IncidentsCommand.count(1, "independent source")).isEqualTo("1 independent source");
        assertThat(IncidentsCommand.count(3, "event")).isEqualTo("3 events");
    }
}
