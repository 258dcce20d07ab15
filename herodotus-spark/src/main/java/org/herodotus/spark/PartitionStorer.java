package org.herodotus.spark;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.store.IngestResult;
import org.herodotus.store.Store;

/**
 * Stores the analyses of one partition in a PostgreSQL store through the store's own write path
 * ({@link Store#ingest(List)}: validation, idempotence, near-duplicates, incidents), in batches of
 * one transaction each. It gives the partition's problems as rows of the errors table: an article
 * the store rejects, and every article of a batch that could not be written (the database cannot
 * be reached, a write fails) — a failed write never fails the task.
 *
 * <p>A retried or speculative task stores its articles again; the store leaves an article already
 * stored with the same analysis unchanged, so nothing is stored twice.
 */
final class PartitionStorer implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** Articles per transaction, as {@code herodotus import} stores them. */
    static final int BATCH = 200;

    private final String url;
    private final LongAccumulator stored;
    private final LongAccumulator failed;

    /**
     * @param url    the store's JDBC URL
     * @param stored counts the articles the store took (new, replaced or unchanged)
     * @param failed counts the articles that were not stored
     */
    PartitionStorer(String url, LongAccumulator stored, LongAccumulator failed) {
        this.url = url;
        this.stored = stored;
        this.failed = failed;
    }

    /** The store's address without its parameters, which may carry a password. */
    static String where(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        List<Row> errors = new ArrayList<>();
        List<Row> batch = new ArrayList<>();
        Store store = null;
        String cannotOpen = null;
        try {
            store = Store.open(url);
        } catch (SQLException | RuntimeException e) {
            cannotOpen = "cannot open the store: " + redacted(e);
        }
        try {
            while (rows.hasNext()) {
                batch.add(rows.next());
                if (batch.size() == BATCH || !rows.hasNext()) {
                    if (store == null) {
                        notStored(batch, cannotOpen, errors);
                    } else {
                        store(store, batch, errors);
                    }
                    batch.clear();
                }
            }
        } finally {
            if (store != null) {
                try {
                    store.close();
                } catch (SQLException e) {
                    // everything is committed or rolled back by now; a failed close loses nothing
                }
            }
        }
        return errors.iterator();
    }

    private void store(Store store, List<Row> batch, List<Row> errors) {
        List<Row> parsed = new ArrayList<>();
        List<Analysis> analyses = new ArrayList<>();
        for (Row r : batch) {
            Analysis a = parse(r);
            if (a == null) {
                notStored(List.of(r), "not Analysis JSON", errors);
            } else {
                parsed.add(r);
                analyses.add(a);
            }
        }
        List<IngestResult> results;
        try {
            results = store.ingest(analyses);
        } catch (SQLException | RuntimeException e) {
            // the batch's transaction is rolled back whole: none of it is stored
            notStored(parsed, redacted(e), errors);
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            IngestResult result = results.get(i);
            if (result.status() == IngestResult.Status.REJECTED) {
                notStored(List.of(parsed.get(i)), "rejected: " + String.join("; ", result.problems()), errors);
            } else {
                stored.add(1);
            }
        }
    }

    private void notStored(List<Row> batch, String why, List<Row> errors) {
        for (Row r : batch) {
            Analysis a = parse(r);
            failed.add(1);
            // stored: the article is in the Parquet tables all the same
            errors.add(RowFactory.create(r.getString(0), a == null ? null : a.id(), a == null ? null : a.url(), true,
                    r.getString(0) + ": not stored in " + where(url) + ": " + why, r.getDate(2)));
        }
    }

    /** What went wrong, without the URL's parameters: the store names its URL in its messages. */
    private String redacted(Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        return message.replace(url, where(url));
    }

    private static Analysis parse(Row r) {
        try {
            return AnalysisJson.parseAnalysis(r.getString(1));
        } catch (IOException e) {
            return null;
        }
    }
}
