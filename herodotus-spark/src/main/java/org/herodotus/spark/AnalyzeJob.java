package org.herodotus.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.store.AnalysisCheck;
import scala.Tuple2;

/**
 * The Spark job: reads inputs from any Hadoop file system, analyses them with one pipeline per
 * executor, and writes the Parquet tables of {@link ArticleTables} plus {@code errors} and
 * {@code notes}, each partitioned by the articles' {@code seen} day; with {@code --jdbc}, it also stores the analyses
 * in a PostgreSQL store through the store's own write path ({@link PartitionStorer}). Usage (see
 * docs/spark.md):
 *
 * <pre>
 * spark-submit --class org.herodotus.spark.AnalyzeJob herodotus-spark-job.jar \
 *     --output s3a://bucket/run-1 [--partitions N] [--published YYYY-MM-DD] \
 *     [--actors FILE]... [--agents FILE]... [--triggers FILE]... \
 *     [--jdbc jdbc:postgresql://host/db [--jdbc-tasks N]] INPUT...
 * </pre>
 */
public final class AnalyzeJob {

    /** The columns of the errors table: one row per problem of one input. */
    static final StructType ERRORS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("origin", DataTypes.StringType, true),
            DataTypes.createStructField("source_id", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("stored", DataTypes.BooleanType, false),
            DataTypes.createStructField("error", DataTypes.StringType, false),
            DataTypes.createStructField("seen", DataTypes.DateType, false)));

    /**
     * The columns of the notes table: one row per change made to an article's text to analyse it,
     * naming the input as the errors table does.
     */
    static final StructType NOTES = DataTypes.createStructType(List.of(ERRORS.apply("origin"), ERRORS.apply("source_id"),
            ERRORS.apply("url"), DataTypes.createStructField("note", DataTypes.StringType, false), ERRORS.apply("seen")));

    /** How many tasks write to PostgreSQL at once unless {@code --jdbc-tasks} says otherwise. */
    static final int JDBC_TASKS = 4;

    private final SparkSession spark;

    /** A job run by {@code spark}. */
    public AnalyzeJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs the job as {@code spark-submit} starts it; exits 2 on a usage error. */
    public static void main(String[] args) throws IOException {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus-spark: " + e.getMessage());
            System.err.println("usage: AnalyzeJob --output DIR [--partitions N] [--published YYYY-MM-DD]"
                    + " [--actors FILE]... [--agents FILE]... [--triggers FILE]..."
                    + " [--jdbc jdbc:postgresql://HOST/DB [--jdbc-tasks N]] INPUT...");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("herodotus analyze").getOrCreate();
        int status = 0;
        try {
            new AnalyzeJob(spark).run(o.inputs, o.output, o.partitions, o.published, o.files, o.jdbc, o.jdbcTasks);
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus-spark: " + e.getMessage());  // a dictionary that does not load
            status = 2;
        } finally {
            spark.stop();
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Analyses the inputs and writes the tables under {@code output} (replacing a previous run's).
     *
     * @param partitions how many tasks share the analysis; 0 for three per core of the cluster
     * @param published  the date of inputs that carry none, or null
     * @return how many documents were read
     */
    public long run(List<String> inputs, String output, int partitions, LocalDate published) throws IOException {
        return run(inputs, output, partitions, published, PipelineFiles.NONE, null, 0);
    }

    /**
     * As {@link #run(List, String, int, LocalDate)}, with the user's dictionaries added to the
     * bundled resources, as {@code analyze --actors/--agents/--triggers} adds them.
     *
     * @throws IllegalArgumentException when a dictionary the driver can read does not load, naming it
     */
    long run(List<String> inputs, String output, int partitions, LocalDate published, PipelineFiles dictionaries)
            throws IOException {
        return run(inputs, output, partitions, published, dictionaries, null, 0);
    }

    /**
     * As {@link #run(List, String, int, LocalDate, PipelineFiles)}, storing the analyses in the
     * PostgreSQL store at {@code jdbc} too (none when null) from {@code jdbcTasks} tasks at once
     * (0 for {@link #JDBC_TASKS}); articles that could not be stored there are rows of the errors table.
     */
    long run(List<String> inputs, String output, int partitions, LocalDate published, PipelineFiles dictionaries,
             String jdbc, int jdbcTasks) throws IOException {
        dictionaries.distribute(spark);
        List<Tuple2<String, String>> files = Documents.list(inputs, spark.sparkContext().hadoopConfiguration());
        int cores = spark.sparkContext().defaultParallelism();
        int tasks = partitions > 0 ? partitions : 3 * cores;
        System.err.printf("herodotus-spark: %d files, %d analysis tasks over %d cores%n", files.size(), tasks, cores);
        Dataset<Row> documents = spark.createDataset(files, Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
                .repartition(Math.max(1, Math.min(files.size(), tasks)))
                .flatMap(new Documents(), Encoders.row(Documents.SCHEMA))
                // the documents of one big file (a WARC, a JSON Lines dump) spread over every task
                .repartition(tasks);
        Dataset<Row> analyses = documents
                .mapPartitions(new PartitionAnalyser(published, LocalDate.now(), dictionaries), Encoders.row(PartitionAnalyser.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long start = System.nanoTime();
            long count = analyses.count();
            long analysed = System.nanoTime();
            Dataset<Row> storable = analyses.filter("storable");
            for (String table : ArticleTables.NAMES) {
                write(storable.flatMap(tableRows(table), Encoders.row(ArticleTables.schema(table))), output + "/" + table);
            }
            Dataset<Row> errors = analyses.flatMap(AnalyzeJob::errorRows, Encoders.row(ERRORS));
            LongAccumulator stored = null;
            LongAccumulator failed = null;
            if (jdbc != null) {
                stored = spark.sparkContext().longAccumulator("articles stored in PostgreSQL");
                failed = spark.sparkContext().longAccumulator("articles not stored in PostgreSQL");
                // A few writers: each holds a connection, and the store merges incidents one
                // transaction at a time, so more tasks would only wait for each other.
                errors = errors.union(storable.coalesce(jdbcTasks > 0 ? jdbcTasks : JDBC_TASKS)
                        .mapPartitions(new PartitionStorer(jdbc, stored, failed), Encoders.row(ERRORS)));
            }
            write(errors, output + "/errors");
            write(storable.flatMap(AnalyzeJob::noteRows, Encoders.row(NOTES)), output + "/notes");
            System.err.printf("herodotus-spark: %d documents from %d files read and analysed in %.1f s, tables written in %.1f s%n",
                    count, files.size(), (analysed - start) / 1e9, (System.nanoTime() - analysed) / 1e9);
            if (stored != null) {
                // retried tasks count again: these are attempts, the store holds each article once
                System.err.printf("herodotus-spark: %d articles stored in %s, %d not (see errors)%n", stored.value(),
                        PartitionStorer.where(jdbc), failed.value());
            }
            return count;
        } finally {
            analyses.unpersist();
        }
    }

    private void write(Dataset<Row> rows, String dir) throws IOException {
        rows.write().mode(SaveMode.Overwrite).partitionBy("seen").parquet(dir);
        // Spark writes no file at all for a partitioned table without rows, and a folder without
        // one cannot be read back ("unable to infer schema"): a run with no errors, no notes or
        // no claims would break whoever reads those tables, and one where every input failed
        // would break the incidents job, which reads the articles. One empty file holding the
        // table's columns reads as zero rows.
        if (!holdsParquet(dir)) {
            spark.createDataFrame(List.of(), rows.schema()).write().mode(SaveMode.Overwrite).parquet(dir);
        }
    }

    private boolean holdsParquet(String dir) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir);
        org.apache.hadoop.fs.FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> files = fs.listFiles(path, true);
        while (files.hasNext()) {
            if (files.next().getPath().getName().endsWith(".parquet")) {
                return true;
            }
        }
        return false;
    }

    private static FlatMapFunction<Row, Row> tableRows(String table) {
        return r -> ArticleTables.rows(table, parse(r.getString(1)), r.getString(1), r.getDate(2).toLocalDate()).iterator();
    }

    /** Every error of an analysis, and why the store would refuse it when it would. */
    static java.util.Iterator<Row> errorRows(Row r) {
        Analysis a = parse(r.getString(1));
        boolean storable = r.getBoolean(3);
        List<String> problems = new ArrayList<>(a.errors());
        if (!storable) {
            for (String p : AnalysisCheck.problems(a)) {
                problems.add(r.getString(0) + ": not stored: " + p);
            }
        }
        List<Row> out = new ArrayList<>();
        for (String p : problems) {
            out.add(RowFactory.create(r.getString(0), a.id(), a.url(), storable, p, r.getDate(2)));
        }
        return out.iterator();
    }

    /** Every note of a stored analysis: what was changed in its text to analyse it. */
    static java.util.Iterator<Row> noteRows(Row r) {
        String json = r.getString(1);
        // The JSON has "notes" only when there are some: most analyses need no parsing here.
        if (!json.contains("\"notes\"")) {
            return java.util.Collections.emptyIterator();
        }
        Analysis a = parse(json);
        List<Row> out = new ArrayList<>();
        for (String n : a.notes()) {
            out.add(RowFactory.create(r.getString(0), a.id(), a.url(), n, r.getDate(2)));
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

    /** The job's command line. */
    record Options(List<String> inputs, String output, int partitions, LocalDate published, PipelineFiles files,
                   String jdbc, int jdbcTasks) {

        static Options parse(String[] args) {
            List<String> inputs = new ArrayList<>();
            List<String> actors = new ArrayList<>();
            List<String> agents = new ArrayList<>();
            List<String> triggers = new ArrayList<>();
            String output = null;
            int partitions = 0;
            LocalDate published = null;
            String jdbc = null;
            int jdbcTasks = 0;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--output" -> output = value(args, ++i, a);
                    case "--actors" -> actors.add(value(args, ++i, a));
                    case "--agents" -> agents.add(value(args, ++i, a));
                    case "--triggers" -> triggers.add(value(args, ++i, a));
                    case "--jdbc" -> jdbc = value(args, ++i, a);
                    case "--jdbc-tasks" -> {
                        try {
                            jdbcTasks = Integer.parseInt(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--jdbc-tasks takes a whole number");
                        }
                    }
                    case "--partitions" -> {
                        try {
                            partitions = Integer.parseInt(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--partitions takes a whole number");
                        }
                    }
                    case "--published" -> {
                        try {
                            published = LocalDate.parse(value(args, ++i, a));
                        } catch (java.time.DateTimeException e) {
                            throw new IllegalArgumentException("--published takes a date, YYYY-MM-DD");
                        }
                    }
                    default -> {
                        if (a.startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        inputs.add(a);
                    }
                }
            }
            if (output == null || inputs.isEmpty()) {
                throw new IllegalArgumentException("--output and at least one INPUT are required");
            }
            if (jdbcTasks < 0) {
                throw new IllegalArgumentException("--jdbc-tasks takes a positive number");
            }
            if (jdbc != null && !jdbc.startsWith("jdbc:postgresql:")) {
                // a DuckDB file takes one writing process; many tasks cannot share it
                throw new IllegalArgumentException("--jdbc takes a PostgreSQL URL, jdbc:postgresql://HOST/DB;"
                        + " for a DuckDB store, import the run with herodotus import --parquet");
            }
            return new Options(inputs, output, partitions, published, new PipelineFiles(actors, agents, triggers),
                    jdbc, jdbcTasks);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
