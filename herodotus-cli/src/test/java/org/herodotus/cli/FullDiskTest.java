package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.store.Store;
import org.herodotus.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herodotus ingest} into a store on a disk that fills up, then again once there is room:
 * the first run names the real cause, and after the second the store holds exactly what an
 * undisturbed run stores, every article whole. The disk is a 1 MB tmpfs in a mount namespace of
 * its own; where the test may not mount one it is skipped (the repair itself is also proved by
 * the store's contract tests).
 */
class FullDiskTest {

    private static final int ARTICLES = 200;

    @TempDir
    Path tmp;

    @Test
    void aFullDiskLeavesNoArticleHalfWrittenAndTheRerunCompletesTheStore() throws Exception {
        Path mountPoint = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(run("mount -t tmpfs -o size=1m tmpfs " + mountPoint + " && umount " + mountPoint) == 0,
                "cannot mount a tmpfs here");
        Path input = tmp.resolve("analyses.jsonl");
        List<Analysis> analyses = new ArrayList<>();
        SyntheticCorpus corpus = new SyntheticCorpus(5).expecting(ARTICLES);
        try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                Analysis a = corpus.next();
                analyses.add(a);
                w.write(AnalysisJson.toLine(a));
                w.write('\n');
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String ingest = java + " -Xmx512m -cp '" + System.getProperty("java.class.path") + "' org.herodotus.cli.Main ingest --analysed "
                + input + " --db " + mountPoint + "/s.duckdb";
        Path first = tmp.resolve("first.txt");
        Path second = tmp.resolve("second.txt");
        String script = "mount -t tmpfs -o size=1m tmpfs " + mountPoint + " || exit 99\n"
                + ingest + " > /dev/null 2> " + first + "; echo \"exit $?\" >> " + first + "\n"
                + "mount -o remount,size=64m " + mountPoint + "\n"
                + ingest + " > /dev/null 2> " + second + "; echo \"exit $?\" >> " + second + "\n"
                + copy(mountPoint, tmp.resolve("copy.duckdb"));
        assertThat(run(script)).isZero();

        String firstRun = Files.readString(first);
        assertThat(Files.readString(second)).contains("exit 0");

        assertThat(firstRun).contains("No space left on device").doesNotContain("no transaction is active")
                .contains("exit 1");

        String reference = tmp.resolve("reference.duckdb").toString();
        try (Store clean = Store.open(reference)) {
            for (Analysis a : analyses) {
                clean.ingest(a);
            }
        }
        try (Store store = Store.open(tmp.resolve("copy.duckdb").toString()); Store clean = Store.open(reference)) {
            assertThat(store.counts()).isEqualTo(clean.counts());
            for (Analysis a : analyses) {
                assertThat(store.analysisJson(a.url())).as(a.url()).contains(AnalysisJson.toLine(a));
            }
        }
    }

    /** Shell lines copying the store on the tmpfs, with its write-ahead log, to {@code to}. */
    private static String copy(Path mountPoint, Path to) {
        return "cp " + mountPoint + "/s.duckdb " + to + "\n"
                + "if [ -f " + mountPoint + "/s.duckdb.wal ]; then cp " + mountPoint + "/s.duckdb.wal " + to + ".wal; fi\n";
    }

    /** Runs {@code script} with sh in a mount namespace of its own; its exit status, or -1. */
    private static int run(String script) {
        try {
            Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", script).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(10, TimeUnit.MINUTES) ? p.exitValue() : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
