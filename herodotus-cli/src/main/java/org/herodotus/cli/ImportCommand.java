package org.herodotus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.store.IngestResult;
import org.herodotus.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code herodotus import --parquet DIR}: stores the articles of a herodotus-spark run. Each
 * article's full analysis is in the run's {@code articles} table; it goes through the store's
 * normal write path, so keys, incidents and near-duplicates are the store's own, and importing the
 * same run twice stores nothing twice.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Stores the analyses of a herodotus-spark run (its Parquet output directory), so that serve, query",
                "and export browse them. Importing the same run again stores nothing twice.",
                "Exit status: 0 all stored, 1 some analyses rejected, 2 usage error, 3 the run could not finish."})
final class ImportCommand implements Callable<Integer> {

    private static final int BATCH = 200;

    @Option(names = "--parquet", required = true, paramLabel = "DIR",
            description = "The output directory of a herodotus-spark run (the one holding articles/).")
    Path parquet;

    @Mixin
    DbOption db;

    @Override
    public Integer call() throws SQLException {
        Path articles = parquet.resolve("articles");
        if (!Files.isDirectory(articles)) {
            System.err.println("herodotus import: " + parquet + " holds no articles/ table; is it a herodotus-spark run's output?");
            return ExitCodes.USAGE;
        }
        Map<IngestResult.Status, Integer> counts = new EnumMap<>(IngestResult.Status.class);
        // DuckDB reads Parquet without Spark or Hadoop; the store itself may be PostgreSQL.
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = duck.createStatement();
             Store store = db.open()) {
            String glob = articles.toAbsolutePath() + "/**/*.parquet";
            try (ResultSet rs = st.executeQuery("SELECT analysis FROM read_parquet('" + glob.replace("'", "''")
                    + "', hive_partitioning = true) ORDER BY seen, doc_key")) {
                List<Analysis> batch = new ArrayList<>();
                while (rs.next()) {
                    try {
                        batch.add(AnalysisJson.parseAnalysis(rs.getString(1)));
                    } catch (java.io.IOException e) {
                        System.err.println("herodotus import: an analysis in " + articles + " is not Analysis JSON: " + e.getMessage());
                        counts.merge(IngestResult.Status.REJECTED, 1, Integer::sum);
                        continue;
                    }
                    if (batch.size() == BATCH) {
                        store(store, batch, counts);
                    }
                }
                store(store, batch, counts);
            }
        }
        int rejected = counts.getOrDefault(IngestResult.Status.REJECTED, 0);
        System.err.printf("%d stored, %d replaced, %d unchanged, %d rejected; store: %s%n",
                counts.getOrDefault(IngestResult.Status.STORED, 0), counts.getOrDefault(IngestResult.Status.REPLACED, 0)
                        + counts.getOrDefault(IngestResult.Status.REPAIRED, 0),
                counts.getOrDefault(IngestResult.Status.UNCHANGED, 0), rejected, db.where());
        return rejected == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }

    private static void store(Store store, List<Analysis> batch, Map<IngestResult.Status, Integer> counts) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        for (IngestResult r : store.ingest(batch)) {
            counts.merge(r.status(), 1, Integer::sum);
            if (r.status() == IngestResult.Status.REJECTED) {
                System.err.println("herodotus import: " + r.key() + " rejected: " + String.join("; ", r.problems()));
            }
        }
        batch.clear();
    }
}
