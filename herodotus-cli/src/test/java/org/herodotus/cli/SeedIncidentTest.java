package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.herodotus.Herodotus;
import org.herodotus.model.Analysis;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.store.AttributionBoard;
import org.herodotus.store.Incident;
import org.herodotus.store.IncidentFilter;
import org.herodotus.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defining example end to end: the seed article, analysed by the full pipeline and stored,
 * yields one incident "attacks on US bases in Iraq" whose attribution board ranks Kataib
 * Hezbollah (asserted) above Iran (possible) above ISIS (refuted), as shared/seed/EXPECTED.md says.
 */
class SeedIncidentTest {

    @TempDir
    Path tmp;

    @Test
    void seedArticleYieldsTheAttacksOnUsBasesWithKataibHezbollahIranAndIsisOnTheBoard() throws Exception {
        Pipeline pipeline = Herodotus.pipeline();
        Set<String> stages = pipeline.stages().stream().map(Stage::name).collect(Collectors.toSet());
        // The flagship example needs every stage: a missing one (no gazetteer on the class path) is a failure, not a skip.
        assertThat(stages).as("the stages of the default pipeline").containsAll(Set.of("nlp", "places", "actors", "events",
                "event places", "claims"));
        List<Analysis> analyses = new ArrayList<>();
        Herodotus.extract(List.of(Path.of("../examples/esper-iran-bases.txt").toString()),
                article -> analyses.add(pipeline.analyze(article.withPublished(LocalDate.of(2019, 12, 15)))));
        String db = tmp.resolve("seed.duckdb").toString();
        try (Store store = Store.open(db)) {
            for (Analysis a : analyses) {
                store.ingest(a);
            }
            List<Incident> withKh = new ArrayList<>();
            for (Incident i : store.incidents(IncidentFilter.all().withEvent("ASSAULT"))) {
                if (store.board(i.id()).candidates().stream().anyMatch(c -> c.name().toLowerCase().contains("kataib"))) {
                    withKh.add(i);
                }
            }
            assertThat(withKh).singleElement().satisfies(i -> {
                assertThat(i.label()).containsIgnoringCase("attacks");
                assertThat(i.country()).isEqualTo("IRQ");
            });
            List<AttributionBoard.Candidate> board = store.board(withKh.get(0).id()).candidates();
            assertThat(board).hasSizeGreaterThanOrEqualTo(3);
            assertThat(board.get(0).name()).containsIgnoringCase("Kataib Hezbollah");
            assertThat(board.get(0).verdict()).isEqualTo("asserted");
            assertThat(board.get(1).name()).containsIgnoringCase("Iran");
            assertThat(board.get(1).verdict()).isIn("possible", "probable");
            AttributionBoard.Candidate isis = board.get(board.size() - 1);
            assertThat(isis.name()).containsAnyOf("ISIS", "Isis", "Islamic State", "Daesh");
            assertThat(isis.verdict()).isEqualTo("refuted");
        }
        StoreCommandsTestSupport.assertIncidentsCommandPrints(db, "Kataib Hezbollah");
    }
}
