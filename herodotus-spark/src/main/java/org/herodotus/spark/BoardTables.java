package org.herodotus.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.store.ArticleKeys;
import org.herodotus.store.AttributionBoard;
import org.herodotus.store.BoardFacts;
import org.herodotus.store.BoardRules;

/**
 * The attribution boards of a run's incidents, which {@link IncidentsJob} writes beside them:
 * {@code boards}, one row per incident and candidate, and {@code board_claims}, one row per claim
 * on a board. The boards are built by the store's own rules ({@link BoardRules}) from the facts
 * the store's code derives from each article's analysis ({@link BoardFacts#of}); each incident's
 * board is built whole by one task, from the analyses of the articles reporting it.
 */
final class BoardTables {

    /** One row per candidate of an incident's board; the names are those of the board's JSON. */
    static final StructType BOARDS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("incident_id", DataTypes.StringType, false),
            DataTypes.createStructField("rank", DataTypes.IntegerType, false),
            DataTypes.createStructField("name", DataTypes.StringType, true),
            DataTypes.createStructField("country", DataTypes.StringType, true),
            DataTypes.createStructField("sector", DataTypes.StringType, true),
            DataTypes.createStructField("verdict", DataTypes.StringType, true),
            DataTypes.createStructField("support", DataTypes.DoubleType, false),
            DataTypes.createStructField("claimants", DataTypes.IntegerType, false),
            DataTypes.createStructField("sources", DataTypes.IntegerType, false),
            DataTypes.createStructField("claims_for", DataTypes.IntegerType, false),
            DataTypes.createStructField("claims_against", DataTypes.IntegerType, false),
            DataTypes.createStructField("first_claim", DataTypes.DateType, true),
            DataTypes.createStructField("last_claim", DataTypes.DateType, true)));

    /** One row per claim on a board, in the board's time order ({@code position}) within its candidate. */
    static final StructType BOARD_CLAIMS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("incident_id", DataTypes.StringType, false),
            DataTypes.createStructField("rank", DataTypes.IntegerType, false),
            DataTypes.createStructField("name", DataTypes.StringType, true),
            DataTypes.createStructField("position", DataTypes.IntegerType, false),
            DataTypes.createStructField("claimant", DataTypes.StringType, true),
            DataTypes.createStructField("type", DataTypes.StringType, true),
            DataTypes.createStructField("certainty", DataTypes.StringType, true),
            DataTypes.createStructField("against", DataTypes.BooleanType, false),
            DataTypes.createStructField("cue", DataTypes.StringType, true),
            DataTypes.createStructField("content", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.DateType, true),
            DataTypes.createStructField("outlet", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("document", DataTypes.StringType, true),
            DataTypes.createStructField("doc_key", DataTypes.StringType, true),
            DataTypes.createStructField("source", DataTypes.StringType, true)));

    private BoardTables() {
    }

    /**
     * Writes {@code run}/boards and {@code run}/board_claims from {@code articles} (the run's
     * articles, numbered in storage order in column {@code article}) and {@code run}/event_incidents.
     */
    static void write(SparkSession spark, Dataset<Row> articles, String run) {
        Dataset<Row> eventIncidents = spark.read().parquet(run + "/event_incidents");
        // Numbered as a store numbers incidents, the one first reported first: the rules break a tie
        // between two incidents by the smaller number, as the store does by the smaller id.
        Dataset<Row> numbers = eventIncidents.join(articles.select("doc_key", "article"), "doc_key")
                .groupBy("incident_id").agg(functions.min("article").as("first"))
                .withColumn("incident_number", functions.row_number().over(Window.orderBy("first", "incident_id")).cast("long"))
                .select("incident_id", "incident_number");
        Dataset<Row> perArticle = eventIncidents.join(numbers, "incident_id").groupBy("doc_key").agg(
                functions.collect_list(functions.struct("event_key", "incident_number")).as("incidents"),
                functions.collect_set(functions.struct("incident_number", "incident_id")).as("boards"));
        // Each article once for every incident it reports, so that one task holds an incident's articles.
        Dataset<Row> byIncident = articles.join(perArticle, "doc_key")
                .withColumn("board", functions.explode(functions.col("boards")))
                .select(functions.col("board.incident_number"), functions.col("board.incident_id"), functions.col("article"),
                        functions.col("doc_key"), functions.col("seen"), functions.col("analysis"), functions.col("incidents"))
                .repartition(functions.col("incident_number"))
                .sortWithinPartitions("incident_number", "article")
                .persist();
        try {
            write(byIncident.mapPartitions(new Build(false), Encoders.row(BOARDS)), run + "/boards");
            write(byIncident.mapPartitions(new Build(true), Encoders.row(BOARD_CLAIMS)), run + "/board_claims");
        } finally {
            byIncident.unpersist();
        }
    }

    private static void write(Dataset<Row> rows, String dir) {
        rows.write().mode(SaveMode.Overwrite).parquet(dir);
    }

    /** Builds the board of each incident in a partition; gives candidate rows or claim rows. */
    static final class Build implements MapPartitionsFunction<Row, Row> {

        private static final long serialVersionUID = 1L;
        private final boolean claims;

        Build(boolean claims) {
            this.claims = claims;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            BoardRules rules = BoardRules.bundled();
            List<Row> out = new ArrayList<>();
            List<Row> ofIncident = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                if (!ofIncident.isEmpty() && ofIncident.get(0).getLong(0) != r.getLong(0)) {
                    board(rules, ofIncident, out);
                    ofIncident.clear();
                }
                ofIncident.add(r);
            }
            if (!ofIncident.isEmpty()) {
                board(rules, ofIncident, out);
            }
            return out.iterator();
        }

        private void board(BoardRules rules, List<Row> rows, List<Row> out) {
            List<BoardFacts.ArticleFacts> facts = new ArrayList<>();
            for (Row r : rows) {
                facts.add(facts(r));
            }
            String id = rows.get(0).getString(1);
            int rank = 0;
            for (AttributionBoard.Candidate c : rules.board(rows.get(0).getLong(0), facts).candidates()) {
                rank++;
                List<AttributionBoard.Entry> entries = c.claims();
                if (claims) {
                    for (int k = 0; k < entries.size(); k++) {
                        AttributionBoard.Entry e = entries.get(k);
                        out.add(RowFactory.create(id, rank, c.name(), k + 1, e.claimant(), e.type(), e.certainty(),
                                e.against(), e.cue(), e.content(), date(e.published()), e.outlet(), e.url(), e.title(),
                                e.document(), e.key(), e.source()));
                    }
                } else {
                    int against = (int) entries.stream().filter(AttributionBoard.Entry::against).count();
                    // the claims are in time order
                    out.add(RowFactory.create(id, rank, c.name(), c.country(), c.sector(), c.verdict(), c.support(),
                            c.claimants(), c.sources(), entries.size() - against, against,
                            date(entries.get(0).published()), date(entries.get(entries.size() - 1).published())));
                }
            }
        }

        /** An article's facts as the store would read them once the run is imported. */
        private static BoardFacts.ArticleFacts facts(Row r) {
            Analysis a = parse(r.getString(5));
            Map<String, Long> incidentOf = new HashMap<>();
            for (Row x : r.<Row>getList(6)) {
                incidentOf.put(x.getString(0), x.getLong(1));
            }
            String key = r.getString(3);
            String outlet = ArticleKeys.outlet(a.url());
            // The store's source group, less near-duplicate detection: a wire copy counts under its own
            // outlet rather than the original's.
            BoardFacts.Article article = new BoardFacts.Article(r.getLong(2), key, a.id(), a.url(), a.title(), outlet,
                    a.published(), r.getDate(4).toLocalDate(), outlet != null ? outlet : "article:" + key);
            return BoardFacts.of(a, article, incidentOf);
        }
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Analysis parse(String json) {
        try {
            return AnalysisJson.parseAnalysis(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
