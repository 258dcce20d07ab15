package org.herodotus.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.herodotus.model.Event;
import org.herodotus.store.EventSketch;
import org.herodotus.store.IncidentRecord;
import org.herodotus.store.IncidentRules;

/**
 * The second job: merges the events of an {@link AnalyzeJob} run into incidents with the store's
 * rules ({@link IncidentRules}, the very code the store runs when it writes articles), and writes
 * {@code incidents} (the store's incidents columns, with the event type in the id) and {@code
 * event_incidents} (which incident each event joined), then the incidents' attribution boards
 * with the store's rules too ({@link BoardTables}: {@code boards} and {@code board_claims}).
 * Events merge only with events of their type, so each event type is merged by one task, articles
 * taken in the order {@code herodotus import} stores them (by day, then key).
 *
 * <pre>
 * spark-submit --class org.herodotus.spark.IncidentsJob herodotus-spark-job.jar --run DIR
 * </pre>
 */
public final class IncidentsJob {

    static final StructType ARTICLE_TYPES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("event_type", DataTypes.StringType, false),
            DataTypes.createStructField("article", DataTypes.LongType, false),
            DataTypes.createStructField("doc_key", DataTypes.StringType, false),
            DataTypes.createStructField("seen", DataTypes.DateType, false),
            DataTypes.createStructField("analysis", DataTypes.StringType, false)));

    /** One row per event merged into an incident. */
    static final StructType EVENT_INCIDENTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("doc_key", DataTypes.StringType, false),
            DataTypes.createStructField("event_key", DataTypes.StringType, false),
            DataTypes.createStructField("incident_id", DataTypes.StringType, false)));

    /** The store's incidents columns; the id is the event type and a number ("ASSAULT-3"). */
    static final StructType INCIDENTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, false),
            DataTypes.createStructField("event_type", DataTypes.StringType, false),
            DataTypes.createStructField("label", DataTypes.StringType, true),
            DataTypes.createStructField("place_name", DataTypes.StringType, true),
            DataTypes.createStructField("lat", DataTypes.DoubleType, true),
            DataTypes.createStructField("lon", DataTypes.DoubleType, true),
            DataTypes.createStructField("country", DataTypes.StringType, true),
            DataTypes.createStructField("admin1", DataTypes.StringType, true),
            DataTypes.createStructField("date_lo", DataTypes.DateType, true),
            DataTypes.createStructField("date_hi", DataTypes.DateType, true),
            DataTypes.createStructField("best_date", DataTypes.DateType, true),
            DataTypes.createStructField("first_seen", DataTypes.DateType, true),
            DataTypes.createStructField("last_seen", DataTypes.DateType, true),
            DataTypes.createStructField("events", DataTypes.IntegerType, false),
            DataTypes.createStructField("articles", DataTypes.IntegerType, false),
            DataTypes.createStructField("sources", DataTypes.IntegerType, false)));

    private final SparkSession spark;

    /** A job run by {@code spark}. */
    public IncidentsJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs the job as {@code spark-submit} starts it: {@code --run DIR}, the output of an AnalyzeJob. */
    public static void main(String[] args) {
        if (args.length != 2 || !args[0].equals("--run")) {
            System.err.println("usage: IncidentsJob --run DIR");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("herodotus incidents").getOrCreate();
        try {
            new IncidentsJob(spark).run(args[1]);
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads {@code run}/articles and writes {@code run}/incidents, {@code run}/event_incidents,
     * {@code run}/boards and {@code run}/board_claims.
     */
    public void run(String run) {
        // Articles numbered in the order import stores them, then listed once per event type they report.
        Dataset<Row> articles = spark.read().parquet(run + "/articles")
                .withColumn("article", functions.row_number().over(Window.orderBy("seen", "doc_key")).cast("long"));
        Dataset<Row> byType = articles.flatMap(IncidentsJob::perType, Encoders.row(ARTICLE_TYPES))
                .repartition(functions.col("event_type"))
                .sortWithinPartitions("event_type", "article")
                .persist();
        try {
            write(byType.mapPartitions(new Merge(false), Encoders.row(EVENT_INCIDENTS)), run + "/event_incidents");
            write(byType.mapPartitions(new Merge(true), Encoders.row(INCIDENTS)), run + "/incidents");
        } finally {
            byType.unpersist();
        }
        BoardTables.write(spark, articles, run);
    }

    private static void write(Dataset<Row> rows, String dir) {
        rows.write().mode(SaveMode.Overwrite).parquet(dir);
    }

    private static Iterator<Row> perType(Row r) {
        Analysis a = parse(r.getAs("analysis"));
        Set<String> types = new LinkedHashSet<>();
        for (Event e : a.events()) {
            types.add(e.event().strip().toUpperCase(Locale.ROOT));
        }
        List<Row> out = new ArrayList<>();
        for (String t : types) {
            out.add(RowFactory.create(t, r.<Long>getAs("article"), r.<String>getAs("doc_key"), r.<Date>getAs("seen"),
                    r.<String>getAs("analysis")));
        }
        return out.iterator();
    }

    private static Analysis parse(String json) {
        try {
            return AnalysisJson.parseAnalysis(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges the events of each type in a partition; gives event rows or incident rows. */
    static final class Merge implements MapPartitionsFunction<Row, Row> {

        private static final long serialVersionUID = 1L;
        private final boolean incidents;

        Merge(boolean incidents) {
            this.incidents = incidents;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            IncidentRules rules = IncidentRules.bundled();
            List<Row> out = new ArrayList<>();
            List<Row> ofType = new ArrayList<>();
            while (rows.hasNext()) {
                Row r = rows.next();
                if (!ofType.isEmpty() && !ofType.get(0).getString(0).equals(r.getString(0))) {
                    merge(rules, ofType, out);
                    ofType.clear();
                }
                ofType.add(r);
            }
            if (!ofType.isEmpty()) {
                merge(rules, ofType, out);
            }
            return out.iterator();
        }

        private void merge(IncidentRules rules, List<Row> ofType, List<Row> out) {
            String type = ofType.get(0).getString(0);
            List<List<EventSketch>> sketches = new ArrayList<>();
            // event id → (article row, event index); ids are article * 2^20 + index, unique and in order
            Map<Long, Object[]> events = new LinkedHashMap<>();
            for (Row r : ofType) {
                Analysis a = parse(r.getString(4));
                long article = r.getLong(1);
                List<Long> ids = new ArrayList<>();
                for (int k = 0; k < a.events().size(); k++) {
                    ids.add((article << 20) + k);
                }
                List<EventSketch> ofArticle = new ArrayList<>();
                for (EventSketch s : rules.sketches(a, article, ids, r.getDate(3).toLocalDate())) {
                    if (s.type().equals(type)) {
                        ofArticle.add(s);
                        events.put(s.id(), new Object[] {r, a, (int) (s.id() - (article << 20))});
                    }
                }
                sketches.add(ofArticle);
            }
            IncidentRules.Assignment assignment = rules.assign(new LinkedHashMap<>(), sketches);
            Map<Long, List<IncidentRules.Report>> reports = new LinkedHashMap<>();
            for (Map.Entry<Long, Object[]> e : events.entrySet()) {
                Long incident = assignment.byEvent().get(e.getKey());
                Row r = (Row) e.getValue()[0];
                Analysis a = (Analysis) e.getValue()[1];
                int k = (Integer) e.getValue()[2];
                if (!incidents) {
                    out.add(RowFactory.create(r.getString(2), a.events().get(k).id(), type + "-" + (-incident)));
                } else {
                    reports.computeIfAbsent(incident, x -> new ArrayList<>()).add(new IncidentRules.Report(a, k, r.getLong(1),
                            r.getDate(3).toLocalDate(), r.getString(2)));
                }
            }
            for (Map.Entry<Long, List<IncidentRules.Report>> e : reports.entrySet()) {
                IncidentRecord v = rules.incidentRow(0, type, e.getValue());
                out.add(RowFactory.create(type + "-" + (-e.getKey()), type, v.label(), v.placeName(), v.lat(), v.lon(),
                        v.country(), v.admin1(), date(v.dateLo()), date(v.dateHi()), date(v.bestDate()),
                        date(v.firstSeen()), date(v.lastSeen()), v.events(), v.articles(), v.sources()));
            }
        }

        private static Date date(LocalDate d) {
            return d == null ? null : Date.valueOf(d);
        }
    }
}
