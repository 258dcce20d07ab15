package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herodotus.json.AnalysisJson;
import org.herodotus.model.Analysis;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.store.AnalysisBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long run says on standard error that the language models are loading and how long they took,
 * and ends with one summary line (articles, events, claims, errors, time); standard output and
 * the written analyses stay as they were.
 */
class RunSummaryTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "herodotus (analyze|ingest): (\\d+) articles?, (\\d+) events?, (\\d+) claims?, (\\d+) errors? in [0-9.:]+( s)?\\n");

    @TempDir
    Path tmp;

    @Test
    void analyzeAnnouncesTheModelsAndEndsWithTheCountsOfWhatItWrote() throws Exception {
        Path kano = Files.writeString(tmp.resolve("kano.txt"),
                "Gunmen kill five in Kano market\n\nGunmen attacked a market in Kano on Tuesday, killing five traders, "
                        + "police said. A police spokesman said the attackers were members of a local gang.");
        Path harbour = Files.writeString(tmp.resolve("harbour.txt"),
                "Fishermen protest in Mombasa\n\nHundreds of fishermen protested in Mombasa on Friday against a new "
                        + "levy, the county government said.");
        Path out = tmp.resolve("out.jsonl");
        CliRun.Result r = CliRun.result("analyze", "--threads", "1", kano.toString(), harbour.toString(),
                "--out", out.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("herodotus analyze: loading language models…\n")
                .containsPattern("herodotus analyze: language models loaded in \\d+\\.\\d s\\n");
        List<Analysis> written = Files.readAllLines(out).stream().map(RunSummaryTest::parse).toList();
        assertThat(summary(r.err(), "analyze")).containsExactly(2L,
                written.stream().mapToLong(a -> a.events().size()).sum(),
                written.stream().mapToLong(a -> a.claims().size()).sum(), 0L);
    }

    @Test
    void ingestOfAnalysesEndsWithTheirCountsAndAnErrorForTheLineThatIsNoJson() throws Exception {
        AnalysisBuilder b = new AnalysisBuilder("kano-market", "https://www.example-wire.com/nigeria/kano-market",
                "Gunmen kill five in Kano market", LocalDate.of(2024, 3, 5),
                "Gunmen kill five in Kano market\n\nGunmen attacked a market in Kano on Tuesday, killing five traders, "
                        + "police said. Police said the attackers were members of a local gang.");
        String gunmen = b.actor("gunmen", "NGA", "REB", "Gunmen attacked");
        String traders = b.actor("traders", "NGA", "CVL", "traders");
        String police = b.actor("Nigerian police", "NGA", "COP", "police said");
        String kano = b.place("Kano", "Kano", 12.0, 8.52, "NGA", null, "city");
        String attack = b.event("ASSAULT", null, "attacked", 1, List.of(gunmen), List.of(traders), kano, "2024-03-05");
        b.event("ASSAULT", null, "killing", 1, List.of(gunmen), List.of(traders), kano, "2024-03-05");
        b.claim("Police", police, "said", "the attackers were members of a local gang", ClaimType.RESPONSIBILITY,
                Certainty.ASSERTED, attack, gunmen);
        Path analyses = Files.writeString(tmp.resolve("analysed.jsonl"),
                AnalysisJson.toLine(b.build()) + "\nthis line was cut off: {\"id\": \"kano-mar\n");

        CliRun.Result r = CliRun.result("ingest", "--analysed", "--db", tmp.resolve("s.duckdb").toString(),
                analyses.toString());

        assertThat(r.err()).doesNotContain("loading language models");
        assertThat(summary(r.err(), "ingest")).containsExactly(1L, 2L, 1L, 1L);
    }

    @Test
    void aRunOfMoreThanAMinuteIsTimedInHoursMinutesAndSeconds() {
        assertThat(RunSummary.duration(41.26)).isEqualTo("41.3 s");
        assertThat(RunSummary.duration(3725.0)).isEqualTo("1:02:05");
    }

    /** Articles, events, claims and errors of the command's summary line, which must be there once. */
    private static List<Long> summary(String err, String command) {
        Matcher m = SUMMARY.matcher(err);
        assertThat(m.find()).as("a summary line in:%n%s", err).isTrue();
        assertThat(m.group(1)).isEqualTo(command);
        List<Long> counts = List.of(Long.parseLong(m.group(2)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4)),
                Long.parseLong(m.group(5)));
        assertThat(m.find()).as("one summary line").isFalse();
        return counts;
    }

    private static Analysis parse(String line) {
        try {
            return AnalysisJson.parseAnalysis(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
