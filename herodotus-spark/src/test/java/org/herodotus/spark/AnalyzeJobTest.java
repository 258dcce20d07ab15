package org.herodotus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.herodotus.cli.Main;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.store.AnalysisCheck;
import org.herodotus.store.AttributionBoard;
import org.herodotus.store.Incident;
import org.herodotus.store.IncidentFilter;
import org.herodotus.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The job in local mode on two cores over a small corpus the test writes: a JSON Lines file (the
 * seed article, a short story and a malformed line) and a WARC (a news page, an image, and a
 * broken record at its end). {@code herodotus analyze} runs on the same files first, so the job's
 * records can be compared with its output; the incidents job runs on the job's output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyzeJobTest {

    private static final String STORY = "Fishermen in Mombasa protested on Monday against a ban on night fishing. "
            + "Police said the crowd of about two hundred people marched to the county offices.";

    @TempDir
    static Path dir;

    private SparkSession spark;
    private Path out;
    private List<String> analyzeLines;

    @BeforeAll
    void runAnalyzeThenTheJob() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode seed = json.createObjectNode().put("id", "esper-iran-bases").put("published", "2019-12-15")
                .put("text", Files.readString(Path.of("../examples/esper-iran-bases.txt")));
        ObjectNode story = json.createObjectNode().put("id", "mombasa-fishermen").put("published", "2024-03-04")
                .put("text", "Fishermen protest night fishing ban in Mombasa\n\n" + STORY);
        Files.writeString(in.resolve("feed.jsonl"), json.writeValueAsString(seed) + "\n"
                + "{\"id\": \"cut-short\", \"text\": \"The minister sa\n" + json.writeValueAsString(story) + "\n");
        writeWarc(in.resolve("crawl.warc"));

        Path analyzed = dir.resolve("analyze.jsonl");
        Main.run("analyze", "--threads", "2", in.toString(), "-o", analyzed.toString());
        analyzeLines = Files.readAllLines(analyzed);

        spark = SparkSession.builder().master("local[2]").appName("herodotus test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.local.dir", dir.resolve("spark").toString())
                .getOrCreate();
        out = dir.resolve("run");
        new AnalyzeJob(spark).run(List.of(in.toString()), out.toString(), 2, null);
        new IncidentsJob(spark).run(out.toString());
    }

    private static void writeWarc(Path file) throws Exception {
        byte[] page = Files.readAllBytes(Path.of("../examples/port-drone-attack.html"));
        try (WarcWriter writer = new WarcWriter(file)) {
            writer.write(new WarcResponse.Builder("https://www.gulfwire.example/middle-east/2024/02/11/drone-strikes-fuel-depot-red-sea-port")
                    .body(MediaType.HTTP_RESPONSE, http("text/html; charset=utf-8", page)).build());
            writer.write(new WarcResponse.Builder("https://www.gulfwire.example/logo.png")
                    .body(MediaType.HTTP_RESPONSE, http("image/png", new byte[] {1, 2, 3})).build());
        }
        try (OutputStream o = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            o.write("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static byte[] http(String type, byte[] body) throws Exception {
        HttpResponse h = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(h.serializeHeader());
        b.write(body);
        return b.toByteArray();
    }

    @AfterAll
    void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private Dataset<Row> table(String name) {
        return spark.read().parquet(out.resolve(name).toString());
    }

    @Test
    void eachReadableArticleIsOneRowOfTheArticlesTablePartitionedByItsDay() throws Exception {
        assertThat(table("articles").count()).isEqualTo(3);
        assertThat(Files.isDirectory(out.resolve("articles/seen=2019-12-15"))).isTrue();
        assertThat(Files.isDirectory(out.resolve("articles/seen=2024-03-04"))).isTrue();
        assertThat(table("articles").select("source_id").collectAsList().stream().map(r -> r.getString(0)))
                .contains("esper-iran-bases", "mombasa-fishermen");
        for (String t : ArticleTables.NAMES) {
            assertThat(table(t).schema().fieldNames()).as(t).contains("doc_key", "seen");
        }
        long events = 0;
        long actors = 0;
        long claims = 0;
        for (String line : analyzeLines) {
            Analysis a = AnalysisJson.parseAnalysis(line);
            if (AnalysisCheck.problems(a).isEmpty()) {
                events += a.events().size();
                actors += a.actors().size();
                claims += a.claims().size();
            }
        }
        assertThat(events).isPositive();
        assertThat(table("events").count()).isEqualTo(events);
        assertThat(table("actors").count()).isEqualTo(actors);
        assertThat(table("claims").count()).isEqualTo(claims);
    }

    @Test
    void everyArticleRecordIsTheAnalysisAnalyzeWritesForTheSameInput() throws Exception {
        Set<String> fromAnalyze = new HashSet<>();
        for (String line : analyzeLines) {
            if (AnalysisCheck.problems(AnalysisJson.parseAnalysis(line)).isEmpty()) {
                fromAnalyze.add(line);
            }
        }
        Set<String> fromJob = table("articles").select("analysis").collectAsList().stream()
                .map(r -> r.getString(0)).collect(Collectors.toSet());
        assertThat(fromAnalyze).hasSize(3);
        assertThat(fromJob).isEqualTo(fromAnalyze);
    }

    @Test
    void theSeedArticlesClaimsNameKataibHezbollahAndIranAsWhoIsBehindTheAttacks() {
        List<String> attributed = table("claims").where("attributed_name IS NOT NULL").select("attributed_name")
                .collectAsList().stream().map(r -> r.getString(0)).toList();
        assertThat(attributed).anyMatch(n -> n.contains("Kataib Hezbollah"));
        assertThat(attributed).anyMatch(n -> n.equals("Iran"));
        assertThat(table("events").where("event_type = 'ASSAULT' AND country = 'IRQ'").count()).isPositive();
    }

    @Test
    void aMalformedLineAndABrokenWarcRecordAreRowsOfTheErrorsTable() {
        List<String> errors = table("errors").select("error").collectAsList().stream().map(r -> r.getString(0)).toList();
        assertThat(errors).anyMatch(e -> e.contains("feed.jsonl:2") && e.contains("malformed JSON"));
        assertThat(errors).anyMatch(e -> e.contains("crawl.warc") && e.contains("broken WARC record"));
    }

    @Test
    void aSentenceCutIntoPiecesIsARowOfTheNotesTableNotOfTheErrors() throws Exception {
        Path in = Files.createDirectories(dir.resolve("run-on"));
        String runOn = "Residents of the district said that " + "the river rose and the roads flooded and ".repeat(16)
                + "the schools closed.";
        Files.writeString(in.resolve("flood.jsonl"), new ObjectMapper().createObjectNode().put("id", "flood")
                .put("published", "2024-05-02").put("text", "Floods close schools\n\n" + runOn) + "\n");
        Path run = dir.resolve("run-on-out");
        new AnalyzeJob(spark).run(List.of(in.toString()), run.toString(), 1, null);
        List<Row> notes = spark.read().parquet(run.resolve("notes").toString()).collectAsList();
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).<String>getAs("source_id")).isEqualTo("flood");
        assertThat(notes.get(0).<String>getAs("note")).contains("without a sentence end");
        assertThat(spark.read().parquet(run.resolve("errors").toString()).count()).isZero();
        assertThat(spark.read().parquet(run.resolve("articles").toString()).count()).isEqualTo(1);
        // the main run's articles need no notes
        assertThat(table("notes").count()).isZero();
    }

    @Test
    void importingTheRunTwiceStoresEachArticleOnceWithTheSeedsAttributionBoard() throws Exception {
        String db = dir.resolve("store.duckdb").toString();
        assertThat(Main.run("import", "--parquet", out.toString(), "--db", db)).isZero();
        java.util.Map<String, Long> once;
        try (Store store = Store.open(db)) {
            once = store.counts();
        }
        assertThat(once.get("articles")).isEqualTo(3);
        assertThat(once.get("events")).isEqualTo(table("events").count());
        assertThat(Main.run("import", "--parquet", out.toString(), "--db", db)).isZero();
        try (Store store = Store.open(db)) {
            assertThat(store.counts()).isEqualTo(once);
            List<String> firsts = new ArrayList<>();
            for (Incident i : store.incidents(IncidentFilter.all().withEvent("ASSAULT"))) {
                List<AttributionBoard.Candidate> board = store.board(i.id()).candidates();
                if (!board.isEmpty()) {
                    firsts.add(board.get(0).name());
                }
            }
            assertThat(firsts).anyMatch(n -> n.contains("Kataib Hezbollah"));
        }
    }

    @Test
    void theTablesHoldTheValuesTheStoreWritesForTheSameArticles() throws Exception {
        String db = dir.resolve("compare.duckdb").toString();
        assertThat(Main.run("import", "--parquet", out.toString(), "--db", db)).isZero();
        java.util.Map<String, String> fromStore = java.util.Map.of(
                "actors", "actors t JOIN articles a ON a.id = t.article_id",
                "places", "places t JOIN articles a ON a.id = t.article_id",
                "events", "events t JOIN articles a ON a.id = t.article_id",
                "event_actors", "(SELECT x.*, e.event_key FROM event_actors x JOIN events e ON e.id = x.event_id) t "
                        + "JOIN articles a ON a.id = t.article_id",
                "claims", "claims t JOIN articles a ON a.id = t.article_id",
                "articles", "articles t JOIN articles a ON a.id = t.id");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
             java.sql.Statement st = c.createStatement()) {
            for (String name : ArticleTables.NAMES) {
                List<String> columns = new ArrayList<>(List.of(table(name).columns()));
                columns.remove("doc_key");
                columns.remove("seen");
                Set<String> parquet = new HashSet<>();
                for (Row r : table(name).select("doc_key", columns.toArray(String[]::new)).collectAsList()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) {
                        values.add(String.valueOf(r.get(i)));
                    }
                    parquet.add(String.join("|", values));
                }
                Set<String> store = new HashSet<>();
                String select = "SELECT a.doc_key, " + columns.stream().map(col -> "t." + col).collect(Collectors.joining(", "))
                        + " FROM " + fromStore.get(name);
                try (java.sql.ResultSet rs = st.executeQuery(select)) {
                    while (rs.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= columns.size() + 1; i++) {
                            values.add(String.valueOf(rs.getObject(i)));
                        }
                        store.add(String.join("|", values));
                    }
                }
                assertThat(parquet).as(name).isNotEmpty().isEqualTo(store);
            }
        }
    }

    @Test
    void theIncidentsJobMergesTheEventsAsTheStoreDoesWhenTheRunIsImported() throws Exception {
        String db = dir.resolve("incidents.duckdb").toString();
        assertThat(Main.run("import", "--parquet", out.toString(), "--db", db)).isZero();
        java.util.Map<String, Set<String>> jobIncidents = new java.util.TreeMap<>();
        for (Row r : table("event_incidents").collectAsList()) {
            jobIncidents.computeIfAbsent(r.getString(2), k -> new java.util.TreeSet<>()).add(r.getString(0) + "#" + r.getString(1));
        }
        Set<String> jobRows = new HashSet<>();
        for (Row r : table("incidents").drop("id").collectAsList()) {
            jobRows.add(r.mkString("|"));
        }
        java.util.Map<Long, Set<String>> storeIncidents = new java.util.TreeMap<>();
        Set<String> storeRows = new HashSet<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
             java.sql.Statement st = c.createStatement()) {
            storeIncidents.putAll(incidentMembers(st));
            List<String> columns = List.of(table("incidents").drop("id").columns());
            try (java.sql.ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM incidents")) {
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns.size(); i++) {
                        values.add(String.valueOf(rs.getObject(i)));
                    }
                    storeRows.add(String.join("|", values));
                }
            }
        }
        assertThat(jobIncidents).isNotEmpty();
        assertThat(new HashSet<>(jobIncidents.values())).isEqualTo(new HashSet<>(storeIncidents.values()));
        assertThat(jobRows).isEqualTo(storeRows);
        assertThat(jobRows).anyMatch(r -> r.startsWith("ASSAULT|") && r.contains("|IRQ|"));
    }

    @Test
    void theIncidentsJobsBoardsAreTheBoardsTheStoreBuildsWhenTheRunIsImported() throws Exception {
        String db = dir.resolve("boards.duckdb").toString();
        assertThat(Main.run("import", "--parquet", out.toString(), "--db", db)).isZero();
        java.util.Map<Long, Set<String>> storeIncidents = new java.util.TreeMap<>();
        // An article with no outlet is its own source: "article:" and its id in a store, and its key in a run.
        java.util.Map<String, String> ownSource = new java.util.HashMap<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
             java.sql.Statement st = c.createStatement()) {
            storeIncidents.putAll(incidentMembers(st));
            try (java.sql.ResultSet rs = st.executeQuery("SELECT id, doc_key FROM articles")) {
                while (rs.next()) {
                    ownSource.put("article:" + rs.getLong(1), "article:" + rs.getString(2));
                }
            }
        }
        java.util.Map<Set<String>, String> jobIncidents = new java.util.HashMap<>();
        java.util.Map<String, Set<String>> eventsOf = new java.util.HashMap<>();
        for (Row r : table("event_incidents").collectAsList()) {
            eventsOf.computeIfAbsent(r.getString(2), k -> new java.util.TreeSet<>()).add(r.getString(0) + "#" + r.getString(1));
        }
        eventsOf.forEach((id, events) -> jobIncidents.put(events, id));
        List<String> storeBoards = new ArrayList<>();
        List<String> storeClaims = new ArrayList<>();
        try (Store store = Store.open(db)) {
            for (java.util.Map.Entry<Long, Set<String>> incident : storeIncidents.entrySet()) {
                String id = jobIncidents.get(incident.getValue());
                assertThat(id).as("the job's incident of the store's incident %d", incident.getKey()).isNotNull();
                int rank = 0;
                for (AttributionBoard.Candidate c : store.board(incident.getKey()).candidates()) {
                    rank++;
                    long against = c.claims().stream().filter(AttributionBoard.Entry::against).count();
                    storeBoards.add(String.join("|", id, String.valueOf(rank), c.name(), c.country(), c.sector(), c.verdict(),
                            String.valueOf(c.support()), String.valueOf(c.claimants()), String.valueOf(c.sources()),
                            String.valueOf(c.claims().size() - against), String.valueOf(against),
                            String.valueOf(c.claims().get(0).published()),
                            String.valueOf(c.claims().get(c.claims().size() - 1).published())));
                    int position = 0;
                    for (AttributionBoard.Entry e : c.claims()) {
                        storeClaims.add(String.join("|", id, String.valueOf(rank), c.name(), String.valueOf(++position),
                                e.claimant(), e.type(), e.certainty(), String.valueOf(e.against()), e.cue(), e.content(),
                                String.valueOf(e.published()), e.outlet(), e.url(), e.title(), e.document(), e.key(),
                                ownSource.getOrDefault(e.source(), e.source())));
                    }
                }
            }
        }
        List<String> jobBoards = table("boards").collectAsList().stream().map(r -> r.mkString("|")).toList();
        List<String> jobClaims = table("board_claims").collectAsList().stream().map(r -> r.mkString("|")).toList();
        assertThat(storeBoards).isNotEmpty();
        assertThat(jobBoards).containsExactlyInAnyOrderElementsOf(storeBoards);
        assertThat(jobClaims).containsExactlyInAnyOrderElementsOf(storeClaims);

        // The seed's incident: Kataib Hezbollah, Iran, then ISIS, refuted (with the narrative's
        // "pro-Iran militia", a description, weighed less).
        String seed = table("boards").where("name = 'Iran'").select("incident_id").first().getString(0);
        List<Row> board = table("boards").where("incident_id = '" + seed + "'").orderBy("rank").collectAsList();
        assertThat(board).extracting(r -> r.<String>getAs("name"))
                .containsExactly("Kataib Hezbollah", "Iran", "pro-Iran militia", "Islamic State");
        assertThat(board).extracting(r -> r.<String>getAs("verdict")).containsExactly("asserted", "possible", "asserted", "refuted");
        assertThat(board).extracting(r -> r.<Double>getAs("support")).containsExactly(1.0, 0.4, 0.3, -1.0);
        Row kh = board.get(0);
        // two claims of unnamed military sources in one article: one claimant
        assertThat(kh.<Integer>getAs("claimants")).isEqualTo(1);
        assertThat(kh.<Integer>getAs("claims_for")).isEqualTo(2);
        assertThat(kh.<java.sql.Date>getAs("first_claim")).isEqualTo(java.sql.Date.valueOf("2019-12-15"));
        assertThat(kh.<java.sql.Date>getAs("last_claim")).isEqualTo(java.sql.Date.valueOf("2019-12-15"));
        Row iran = board.get(1);
        assertThat(iran.<Integer>getAs("claimants")).isEqualTo(1);
        assertThat(iran.<Integer>getAs("claims_for")).isEqualTo(4);
        assertThat(iran.<Integer>getAs("claims_against")).isZero();
        Row isis = board.get(3);
        assertThat(isis.<Integer>getAs("claims_for")).isZero();
        assertThat(isis.<Integer>getAs("claims_against")).isEqualTo(1);
        Row esper = table("board_claims").where("incident_id = '" + seed + "' AND name = 'Iran' AND position = 1").first();
        assertThat(esper.<String>getAs("claimant")).isEqualTo("Mark Esper");
        assertThat(esper.<String>getAs("content")).isEqualTo("I suspect Iran is behind attacks on US bases");
        assertThat(esper.<String>getAs("certainty")).isEqualTo("possible");
        assertThat(esper.<String>getAs("document")).isEqualTo("esper-iran-bases");
        assertThat(esper.<Boolean>getAs("against")).isFalse();
    }

    @Test
    void theUsersTriggerFileCodesEventsTheShippedLexiconDoesNot() throws Exception {
        Path in = Files.createDirectories(dir.resolve("picket"));
        Files.writeString(in.resolve("docks.jsonl"), "{\"id\": \"docks\", \"published\": \"2024-05-06\", \"text\": "
                + "\"Dockworkers picketed the port authority in Mombasa on Monday over unpaid wages.\"}\n");
        Path triggers = dir.resolve("picket-triggers.txt");
        Files.writeString(triggers, "PROTEST/demo  V  picket\n");
        Path run = dir.resolve("picket-run");
        new AnalyzeJob(spark).run(List.of(in.toString()), run.toString(), 1, null,
                new PipelineFiles(List.of(), List.of(), List.of(triggers.toString())));
        Dataset<Row> events = spark.read().parquet(run.resolve("events").toString());
        assertThat(events.where("event_type = 'PROTEST'").count()).isEqualTo(1);
        // without the file, analyze codes nothing there
        Path plain = dir.resolve("picket-analyze.jsonl");
        Main.run("analyze", in.resolve("docks.jsonl").toString(), "-o", plain.toString());
        assertThat(AnalysisJson.parseAnalysis(Files.readString(plain).strip()).events()).isEmpty();
    }

    @Test
    void aTriggerFileWithAnErrorStopsTheJobNamingTheFile() throws Exception {
        Path bad = dir.resolve("bad-triggers.txt");
        Files.writeString(bad, "NOTATYPE  V  picket\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AnalyzeJob(spark).run(
                        List.of(dir.resolve("in").toString()), dir.resolve("bad-run").toString(), 1, null,
                        new PipelineFiles(List.of(), List.of(), List.of(bad.toString()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad-triggers.txt");
    }

    /** Each stored incident's events, as article key # event key. */
    private static java.util.Map<Long, Set<String>> incidentMembers(java.sql.Statement st) throws java.sql.SQLException {
        java.util.Map<Long, Set<String>> members = new java.util.TreeMap<>();
        try (java.sql.ResultSet rs = st.executeQuery("SELECT a.doc_key, e.event_key, e.incident_id FROM events e "
                + "JOIN articles a ON a.id = e.article_id WHERE e.incident_id IS NOT NULL")) {
            while (rs.next()) {
                members.computeIfAbsent(rs.getLong(3), k -> new java.util.TreeSet<>()).add(rs.getString(1) + "#" + rs.getString(2));
            }
        }
        return members;
    }
}
