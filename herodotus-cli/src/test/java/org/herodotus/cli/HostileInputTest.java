package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.json.AnalysisJson;
import org.herodotus.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs (an endless sentence, a gzip bomb, a 40 MB JSON line, binary garbage, entity
 * expansion, a broken WARC, …) go through extract, analyze and ingest in one batch each: no run
 * ends early, each hostile input gets an error naming it or a result, and the ordinary article
 * after them comes through whole.
 */
class HostileInputTest {

    @TempDir
    Path tmp;

    /** What one command did with the corpus. */
    private record Outcome(int status, long millis, String err) {
    }

    private Outcome run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Outcome(status, (System.nanoTime() - start) / 1_000_000, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(AnalysisJson.mapper().readTree(line));
        }
        return out;
    }

    private static JsonNode byId(List<JsonNode> lines, String id) {
        return lines.stream().filter(n -> n.get("id").asText().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    void aSentenceCutIntoPiecesIsANoteAndTheRunSucceeds() throws Exception {
        // 135 words and no full stop: parsed in two pieces, every word analysed
        String runOn = "Rescue teams reached the flooded villages and the governor said that the army would help"
                + " and the river kept rising over the fields ".repeat(15);
        Path input = tmp.resolve("run-on.jsonl");
        Files.writeString(input, AnalysisJson.toLine(java.util.Map.of("id", "run-on", "text", runOn)) + "\n",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("run-on-analysed.jsonl");
        Outcome analyze = run("analyze", input.toString(), "-o", out.toString());
        assertThat(analyze.status()).as(analyze.err()).isEqualTo(ExitCodes.OK);
        assertThat(analyze.err()).contains("note: run-on: 1 run of more than 120 words without a sentence end");
        JsonNode a = lines(out).get(0);
        assertThat(a.has("errors")).isFalse();
        assertThat(a.get("notes").get(0).asText()).startsWith("run-on: 1 run of more than 120 words");
    }

    @Test
    void noHostileInputEndsARunAndTheOrdinaryArticleAfterThemComesThrough() throws Exception {
        Path corpus = tmp.resolve("hostile");
        int tried = HostileCorpus.write(corpus).size();

        Path extracted = tmp.resolve("extracted.jsonl");
        Outcome extract = run("extract", corpus.toString(), "-o", extracted.toString());
        assertThat(extract.status()).as(extract.err()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        List<JsonNode> pages = lines(extracted);
        assertThat(byId(pages, HostileCorpus.ORDINARY).get("text").asText()).contains("Esper");
        assertThat(byId(pages, "after-huge").get("text").asText()).startsWith("Rescue teams");
        assertThat(byId(pages, "huge-line-1").get("errors").get(0).asText()).contains("line larger than the 16 MiB limit");
        assertThat(byId(pages, "bomb").get("errors").get(0).asText()).contains("larger than the 16 MiB limit");
        assertThat(byId(pages, "entities").get("text").asText()).doesNotContain("root:").doesNotContain("lollollol");

        Path analysed = tmp.resolve("analysed.jsonl");
        Outcome analyze = run("analyze", corpus.toString(), "-o", analysed.toString(), "--threads", "2");
        assertThat(analyze.status()).as(analyze.err()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        List<JsonNode> analyses = lines(analysed);
        assertThat(analyses).hasSameSizeAs(pages);
        assertThat(byId(analyses, HostileCorpus.ORDINARY).get("events")).isNotEmpty();
        assertThat(byId(analyses, HostileCorpus.ORDINARY).has("errors")).isFalse();
        assertThat(byId(analyses, "endless-sentence").get("errors").get(0).asText())
                .startsWith("endless-sentence: longer than 25000 words");
        assertThat(byId(analyses, "repeated-sentence").get("events")).isNotEmpty();
        assertThat(analyze.err()).doesNotContain("StackOverflowError").doesNotContain("OutOfMemoryError")
                .doesNotContain("time budget");

        String db = tmp.resolve("store.duckdb").toString();
        Outcome ingest = run("ingest", corpus.toString(), "--db", db, "--threads", "2");
        assertThat(ingest.status()).as(ingest.err()).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
        try (Store store = Store.openReadOnly(db)) {
            long readable = analyses.stream().filter(a -> !a.get("text").asText().isBlank()).count();
            assertThat(store.counts().get("articles")).isEqualTo(readable);
        }

        long failed = analyses.stream().filter(a -> a.has("errors")).count();
        System.out.printf("hostile corpus: %d files tried, %d documents; crashed 0, hung 0; %d documents with an error naming"
                        + " them, %d processed clean; extract %d s, analyze %d s, ingest %d s%n", tried, analyses.size(), failed,
                analyses.size() - failed, extract.millis() / 1000, analyze.millis() / 1000, ingest.millis() / 1000);
    }
}
