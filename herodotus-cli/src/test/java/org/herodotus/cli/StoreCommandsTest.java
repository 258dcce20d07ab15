package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands as a user runs them: ingest, incidents, query, export. */
class StoreCommandsTest {

    @TempDir
    Path tmp;

    private Path input;
    private String db;
    private long events;
    private final ObjectMapper json = new ObjectMapper();

    /** What one run of the launcher printed. */
    @BeforeEach
    void writeInput() throws Exception {
        input = tmp.resolve("analyses.jsonl");
        db = tmp.resolve("store.duckdb").toString();
        SyntheticCorpus corpus = new SyntheticCorpus(3).expecting(20);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Analysis a = corpus.next();
            events += a.events().size();
            lines.add(AnalysisJson.toLine(a));
        }
        lines.add("{\"id\": \"broken\", \"text\": ");
        Analysis good = corpus.next();
        Event e = good.events().get(0);
        List<Event> bad = new ArrayList<>(good.events());
        bad.set(0, new Event(e.id(), e.event(), e.mode(), List.of("a99"), e.recipients(), e.place(), e.date(), false,
                Modality.ASSERTED, e.quad(), e.intensity(), e.trigger(), e.sentence(), e.claims()));
        lines.add(AnalysisJson.toLine(new Analysis(good.id(), good.url(), good.title(), null, good.published(), "en",
                good.text(), good.actors(), good.places(), bad, good.claims(), List.of())));
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    private static CliRun.Result run(String... args) {
        return CliRun.result(args);
    }

    @Test
    void ingestStoresGoodArticlesAndNamesTheBadOnes() {
        CliRun.Result first = run("ingest", "--analysed", input.toString(), "--db", db);
        assertThat(first.status()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        assertThat(first.out().lines().filter(l -> l.startsWith("stored "))).hasSize(20);
        assertThat(first.err()).contains("analyses.jsonl:21: not an Analysis JSON object")
                .contains("rejected: event e1 actor: unknown id a99");
        CliRun.Result again = run("ingest", "--analysed", input.toString(), "--db", db);
        assertThat(again.out().lines().filter(l -> l.startsWith("unchanged "))).hasSize(20);
        assertThat(again.err()).contains("0 stored, 0 replaced, 20 unchanged, 2 rejected or failed");
    }

    @Test
    void incidentsQueryAndExportReadTheStore() throws Exception {
        run("ingest", "--analysed", input.toString(), "--db", db, "--batch", "7");

        CliRun.Result incidents = run("incidents", "--db", db, "--json", "--limit", "5");
        assertThat(incidents.status()).isZero();
        List<String> lines = incidents.out().lines().toList();
        assertThat(lines).hasSize(5);
        JsonNode incident = json.readTree(lines.get(0));
        assertThat(incident.get("board").isArray()).isTrue();
        assertThat(incident.get("articles").asInt()).isPositive();

        CliRun.Result text = run("incidents", "--db", db, "--limit", "1");
        assertThat(text.out()).startsWith("#").contains("attribution board").contains("independent source");
        assertThat(run("incidents", "--db", db, "--id", "999999").status()).isEqualTo(1);

        CliRun.Result query = run("query", "--db", db, "--json", "--type", "ASSAULT,COERCE", "--limit", "3");
        assertThat(query.status()).isZero();
        for (String l : query.out().lines().toList()) {
            assertThat(json.readTree(l).get("event").asText()).isIn("ASSAULT", "COERCE");
        }
        assertThat(run("query", "--db", db, "--bbox", "1,2,3").status()).isEqualTo(ExitCodes.USAGE);

        Path csv = tmp.resolve("out/events.csv");
        assertThat(run("export", "--db", db, "--format", "csv", "--out", csv.toString()).status()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize((int) events + 1);

        assertThat(run("export", "--db", db, "--format", "parquet").status()).isEqualTo(ExitCodes.USAGE);
        Path parquet = tmp.resolve("out/events.parquet");
        CliRun.Result p = run("export", "--db", db, "--format", "parquet", "--out", parquet.toString());
        assertThat(p.err()).contains("exported " + events + " events as parquet");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = duck.createStatement().executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(events);
        }

        CliRun.Result plover = run("export", "--db", db, "--format", "plover", "--country", "IRQ");
        for (String l : plover.out().lines().toList()) {
            JsonNode r = json.readTree(l);
            assertThat(r.get("event_loc").get("cc3").asText()).isEqualTo("IRQ");
            assertThat(r.get("cite_info").get("url").asText()).startsWith("https://");
        }
        JsonNode geo = json.readTree(run("export", "--db", db, "--format", "geojson").out());
        assertThat(geo.get("features")).hasSize((int) events);
    }
}
