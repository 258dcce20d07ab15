package org.herodotus.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.source.SourceDocument;
import org.herodotus.store.AnalysisCheck;

/**
 * Analyses the documents of one partition with the executor's pipeline, one after the other,
 * each exactly as {@code herodotus analyze} does: extract, date with {@code --published} when
 * the document has no date, analyse. An input the pipeline fails on gives an analysis carrying
 * the error, never a failed task.
 */
final class PartitionAnalyser implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** An analysis as JSON, the day it counts for, and whether the store would take it. */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("origin", DataTypes.StringType, true),
            DataTypes.createStructField("analysis", DataTypes.StringType, false),
            DataTypes.createStructField("seen", DataTypes.DateType, false),
            DataTypes.createStructField("storable", DataTypes.BooleanType, false)));

    private final LocalDate published;
    private final LocalDate runDay;
    private final PipelineFiles files;

    /**
     * @param published the date of inputs that carry none (as {@code --published}), or null
     * @param runDay    the day of the run: the {@code seen} day of articles with no date, as the store's
     * @param files     the user's dictionaries the pipeline is built with
     */
    PartitionAnalyser(LocalDate published, LocalDate runDay, PipelineFiles files) {
        this.published = published;
        this.runDay = runDay;
        this.files = files;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Row next() {
                SourceDocument doc = Documents.document(documents.next());
                Analysis a = analyse(doc);
                boolean storable = AnalysisCheck.problems(a).isEmpty();
                LocalDate seen = a.published() != null ? a.published() : runDay;
                return RowFactory.create(doc.origin(), AnalysisJson.toLine(a), Date.valueOf(seen), storable);
            }
        };
    }

    Analysis analyse(SourceDocument doc) {
        // outside the try: a dictionary that cannot be loaded fails the task, and so the job, with
        // its message, rather than every article
        Pipeline pipeline = ExecutorPipeline.get(files);
        try {
            Article article = ExecutorPipeline.extractor().extract(doc);
            if (article.published() == null && published != null) {
                article = article.withPublished(published);
            }
            return pipeline.analyze(article);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the same entry analyze writes for an input the pipeline fails on
            String why = e instanceof StackOverflowError
                    ? "analysis failed: stack overflow (the input is too deeply nested or one sentence is too long)"
                    : e instanceof OutOfMemoryError ? "analysis failed: out of memory (" + e.getMessage()
                    + "); the input is too large for the heap" : "analysis failed: " + e;
            return Analysis.of(Article.failed(doc.id(), doc.url(), doc.origin() + ": " + why));
        }
    }
}
