package org.herodotus.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.apache.spark.sql.SparkSession;
import org.herodotus.PipelineConfig;

/**
 * The user's dictionaries of a job ({@code --actors}, {@code --agents}, {@code --triggers}, as
 * {@code herodotus analyze} takes them): the job ships each file to every executor, which builds
 * its pipeline with them. A file may be on any file system Spark reads (a local path, {@code
 * hdfs://}, {@code s3a://}); executors read their own copy, named by the file's name.
 *
 * @param actors   CAMEO/PETRARCH actor dictionaries to add to the bundled actors
 * @param agents   CAMEO/PETRARCH agent dictionaries to add to the bundled agents
 * @param triggers event trigger files to add to the shipped lexicon (format in docs/events.md)
 */
record PipelineFiles(List<String> actors, List<String> agents, List<String> triggers) implements Serializable {

    /** No files: the bundled resources alone. */
    static final PipelineFiles NONE = new PipelineFiles(List.of(), List.of(), List.of());

    PipelineFiles {
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
        triggers = List.copyOf(triggers);
    }

    boolean isEmpty() {
        return actors.isEmpty() && agents.isEmpty() && triggers.isEmpty();
    }

    /**
     * Ships the files to the executors and checks, on the driver, that those it can read locally
     * load: a dictionary with an error stops the job before any task runs, naming the file and line.
     */
    void distribute(SparkSession spark) {
        List<String> all = new ArrayList<>(actors);
        all.addAll(agents);
        all.addAll(triggers);
        for (String f : all) {
            spark.sparkContext().addFile(f);
        }
        if (all.stream().allMatch(f -> Files.isRegularFile(Path.of(f)))) {
            config(Path::of);
        }
    }

    /** The pipeline configuration with the copies of the files this executor received. */
    PipelineConfig executorConfig() {
        return config(f -> Path.of(SparkFiles.get(Path.of(f).getFileName().toString())));
    }

    private PipelineConfig config(java.util.function.Function<String, Path> local) {
        if (isEmpty()) {
            return PipelineConfig.defaults();
        }
        return PipelineConfig.defaults().withFiles(actors.stream().map(local).toList(),
                agents.stream().map(local).toList(), triggers.stream().map(local).toList());
    }
}
