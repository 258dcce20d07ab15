package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.herodotus.json.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herodotus export --table}: every table in every format it has, claims one row per claim. */
class ExportTablesTest {

    @TempDir
    static Path tmp;

    private static String db;

    @BeforeAll
    static void ingestTheSeedArticle() {
        db = tmp.resolve("store.duckdb").toString();
        CliRun.Result r = CliRun.result("ingest", "--db", db, "--threads", "1", "--published", "2019-12-15",
                "../examples/esper-iran-bases.txt");
        assertThat(r.status()).as(r.err()).isZero();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        try (Reader r = new StringReader(text)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void claimsAreOneRowPerClaimWithClaimantCertaintyAttributedPartyAndSource() throws Exception {
        CliRun.Result r = CliRun.result("export", "--db", db, "--table", "claims", "--format", "csv");
        assertThat(r.status()).isZero();
        List<CSVRecord> rows = csv(r.out());
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("claimant", "claimant_country", "certainty",
                "claim_type", "attributed_to", "attributed_country", "event", "day", "outlet", "published", "url", "title");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("claimant")).isEqualTo("Mark Esper");
            assertThat(row.get("attributed_to")).isEqualTo("Iran");
            assertThat(row.get("attributed_country")).isEqualTo("IRN");
            assertThat(row.get("certainty")).isEqualTo("possible");
            assertThat(row.get("published")).isEqualTo("2019-12-15");
        });
        assertThat(r.err()).contains("exported " + rows.size() + " claims as csv");

        String jsonl = CliRun.stdout("export", "--db", db, "--table", "claims", "--format", "jsonl");
        assertThat(jsonl.lines()).hasSize(rows.size());
        JsonNode first = AnalysisJson.mapper().readTree(jsonl.lines().findFirst().orElseThrow());
        assertThat(first.get("claimant").asText()).isEqualTo(rows.get(0).get("claimant"));
    }

    @Test
    void everyTableIsWrittenInEveryFormatItCanHold() throws Exception {
        for (String table : new String[] {"events", "incidents", "claims", "articles"}) {
            for (String format : new String[] {"jsonl", "csv"}) {
                assertThat(CliRun.result("export", "--db", db, "--table", table, "--format", format).status())
                        .as(table + " " + format).isZero();
            }
            Path parquet = tmp.resolve(table + ".parquet");
            assertThat(CliRun.result("export", "--db", db, "--table", table, "--format", "parquet", "--out",
                    parquet.toString()).status()).isZero();
            long lines = CliRun.stdout("export", "--db", db, "--table", table, "--format", "jsonl").lines().count();
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                 ResultSet rs = duck.createStatement().executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).as(table).isEqualTo(lines).isPositive();
            }
        }
        JsonNode incidents = AnalysisJson.mapper().readTree(CliRun.stdout("export", "--db", db, "--table", "incidents",
                "--format", "geojson"));
        assertThat(incidents.get("features")).isNotEmpty();
        assertThat(CliRun.stdout("export", "--db", db, "--table", "incidents", "--format", "csv", "--type", "assault"))
                .startsWith("id,event,").contains(",ASSAULT,").doesNotContain(",CONSULT,");
    }

    @Test
    void aFormatOrFilterATableCannotTakeIsRefusedInOneLine() {
        CliRun.Result plover = CliRun.result("export", "--db", db, "--table", "claims", "--format", "plover");
        assertThat(plover.status()).isEqualTo(2);
        assertThat(plover.err().strip()).isEqualTo("herodotus export: PLOVER records are events: use --table events, or another format");
        CliRun.Result geo = CliRun.result("export", "--db", db, "--table", "articles", "--format", "geojson");
        assertThat(geo.status()).isEqualTo(2);
        assertThat(geo.err()).contains("GeoJSON needs coordinates");
        CliRun.Result filtered = CliRun.result("export", "--db", db, "--table", "claims", "--format", "csv", "--type", "ASSAULT");
        assertThat(filtered.status()).isEqualTo(2);
        assertThat(filtered.err()).contains("exported whole");
        CliRun.Result table = CliRun.result("export", "--db", db, "--table", "actors", "--format", "csv");
        assertThat(table.status()).isEqualTo(2);
        assertThat(table.err().strip().lines()).hasSize(1);
        assertThat(table.err()).contains("'actors'").containsIgnoringCase("claims");
    }
}
