package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herodotus bench pipeline} end to end on a few small articles, without the baselines. */
class BenchPipelineCommandTest {

    @Test
    void theTwoRunsTakeTurnsAQuarterAtATimeAndEachTimesEveryArticle(@TempDir Path corpus) throws Exception {
        String[] places = {"Kharkiv", "Mosul", "Aleppo", "Donetsk", "Kabul", "Tripoli", "Sanaa", "Goma"};
        for (int i = 0; i < places.length; i++) {
            Files.writeString(corpus.resolve("article-" + i + ".txt"), "Shelling hit " + places[i]
                    + " on Monday, officials said.\n\nThe army said it had struck a depot near " + places[i]
                    + ". Two people were killed, according to the local governor.\n");
        }
        CliRun.Result r = CliRun.result("bench", "pipeline", "--corpus", corpus.toString(), "--articles", "8",
                "--threads", "2", "--warmup", "0", "--no-baselines");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("ingest, 2 threads +8 ").containsPattern("ingest, 1 thread +8 ")
                .contains("ratio 2 threads / 1 thread (taking turns, a quarter of the articles at a time)")
                .containsPattern("live heap after a full collection, 2-thread run, after 1/4, 2/4, 3/4 and all of its"
                        + " articles: \\d+M \\d+M \\d+M \\d+M");
        // N 1 1 N N 1 1 N: over the four parts, each run is first twice and second twice.
        Matcher timed = Pattern.compile("ingest, (2 threads|1 thread): (\\d+) articles timed").matcher(r.err());
        List<String> order = timed.results().map(m -> m.group(1).charAt(0) + "@" + m.group(2)).collect(Collectors.toList());
        assertThat(order).containsExactly("2@2", "1@2", "1@4", "2@4", "2@6", "1@6", "1@8", "2@8");
    }
}
