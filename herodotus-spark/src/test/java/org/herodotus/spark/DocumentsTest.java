package org.herodotus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/** Listing and reading input files as the job does, without a Spark session. */
class DocumentsTest {

    @TempDir
    Path dir;

    @Test
    void namesFilesOfTheSameNameInTwoFoldersApartAsAnalyzeDoes() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String text = "Fishermen protest night fishing ban in Mombasa\n\nHundreds of fishermen marched on Monday.";
        Files.writeString(Files.createDirectories(in.resolve("business")).resolve("001.txt"), text);
        Files.writeString(Files.createDirectories(in.resolve("sport")).resolve("001.txt"), text);
        Files.writeString(in.resolve("top.txt"), text);
        Files.writeString(in.resolve("notes.csv"), "not an input");

        List<Tuple2<String, String>> files = Documents.list(List.of(in.toString()), new Configuration());
        assertThat(files).extracting(Tuple2::_2).containsExactly("business/001.txt", "sport/001.txt", "top.txt");
        List<String> ids = new ArrayList<>();
        for (Tuple2<String, String> f : files) {
            new Documents().call(f).forEachRemaining((Row r) -> ids.add(r.getString(0)));
        }
        assertThat(ids).containsExactly("business/001", "sport/001", "top");

        // A file given by itself keeps its plain name.
        List<Tuple2<String, String>> one = Documents.list(List.of(in.resolve("sport/001.txt").toString()), new Configuration());
        assertThat(one).extracting(Tuple2::_2).containsExactly("001.txt");
    }
}
