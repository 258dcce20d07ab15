package org.herodotus.spark;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.herodotus.source.SourceDocument;
import org.herodotus.source.Sources;
import scala.Tuple2;

/**
 * Reads input files on any Hadoop file system (local, HDFS, S3 through s3a) into documents, one
 * row each, with the same reader {@code herodotus analyze} uses for local files: JSON Lines,
 * WARC, text and HTML, gzipped or not. A file that cannot be read becomes a document carrying the
 * error, never a failed task. Each input file comes as its location and its name under the folder
 * given as input ({@link #list}), from which its documents' ids are made as {@code analyze} makes them.
 */
final class Documents implements FlatMapFunction<Tuple2<String, String>, Row> {

    private static final long serialVersionUID = 1L;

    /** The columns of a document row. */
    static final StructType SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("origin", DataTypes.StringType, true),
            DataTypes.createStructField("url", DataTypes.StringType, true),
            DataTypes.createStructField("format", DataTypes.StringType, true),
            DataTypes.createStructField("content", DataTypes.BinaryType, true),
            DataTypes.createStructField("charset", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.DateType, true),
            DataTypes.createStructField("error", DataTypes.StringType, true)));

    @Override
    public Iterator<Row> call(Tuple2<String, String> input) {
        List<Row> out = new ArrayList<>();
        String file = input._1();
        Path path = new Path(file);
        try {
            FileSystem fs = path.getFileSystem(new Configuration());
            try (InputStream in = fs.open(path)) {
                new Sources().read(file, input._2(), in, doc -> out.add(row(doc)));
            }
        } catch (IOException | RuntimeException e) {
            out.add(row(SourceDocument.failed(path.getName(), file, null, file + ": cannot read: " + e)));
        }
        return out.iterator();
    }

    static Row row(SourceDocument d) {
        return RowFactory.create(d.id(), d.origin(), d.url(), d.format().name(), d.content(), d.charset(), d.title(),
                d.published() == null ? null : Date.valueOf(d.published()), d.error());
    }

    static SourceDocument document(Row r) {
        Date published = r.getDate(7);
        return new SourceDocument(r.getString(0), r.getString(1), r.getString(2), SourceDocument.Format.valueOf(r.getString(3)),
                (byte[]) r.get(4), r.getString(5), r.getString(6), published == null ? null : published.toLocalDate(),
                r.getString(8));
    }

    /**
     * The input files under {@code inputs} (files or directories, searched recursively), whose
     * names {@code herodotus analyze} reads, sorted: each as its location and its name, which is
     * its path under the directory given (its file name when the file itself was given).
     */
    static List<Tuple2<String, String>> list(List<String> inputs, Configuration conf) throws IOException {
        List<Tuple2<String, String>> out = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                // kept: reading it gives the error row naming it
                out.add(new Tuple2<>(input, path.getName()));
                continue;
            }
            if (fs.getFileStatus(path).isFile()) {
                out.add(new Tuple2<>(fs.makeQualified(path).toString(), path.getName()));
                continue;
            }
            String folder = fs.makeQualified(path).toUri().getPath().replaceFirst("/*$", "/");
            var files = fs.listFiles(path, true);
            List<Tuple2<String, String>> found = new ArrayList<>();
            while (files.hasNext()) {
                Path p = files.next().getPath();
                String at = p.toUri().getPath();
                if (readable(p.getName())) {
                    found.add(new Tuple2<>(p.toString(), at.startsWith(folder) ? at.substring(folder.length()) : p.getName()));
                }
            }
            found.sort(Comparator.comparing(Tuple2::_1));
            out.addAll(found);
        }
        return out;
    }

    /** Whether a file of this name is an input (the extensions {@code analyze} reads in a directory). */
    static boolean readable(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("_") || n.startsWith(".")) {
            return false;
        }
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.matches(".*\\.(html?|xhtml|txt|text|jsonl|ndjson|warc|arc)$");
    }
}
