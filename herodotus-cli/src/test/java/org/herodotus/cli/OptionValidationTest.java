package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.json.AnalysisJson;
import org.herodotus.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong command line is refused with exit status 2 and one line that names the wrong value and
 * what is accepted, never an empty result with status 0, a stack trace or the whole help.
 */
class OptionValidationTest {

    @TempDir
    static Path tmp;

    private static String db;

    @BeforeAll
    static void ingestAFewArticles() throws Exception {
        Path input = tmp.resolve("analyses.jsonl");
        SyntheticCorpus corpus = new SyntheticCorpus(7).expecting(3);
        Files.writeString(input, AnalysisJson.toLine(corpus.next()) + "\n" + AnalysisJson.toLine(corpus.next()) + "\n");
        db = tmp.resolve("store.duckdb").toString();
        assertThat(CliRun.result("ingest", "--db", db, input.toString()).status()).isZero();
    }

    /** Checks the run was refused with status 2 and exactly one line on standard error, and returns it. */
    private static String refusedInOneLine(String... args) {
        CliRun.Result r = CliRun.result(args);
        assertThat(r.status()).as("exit status of %s", String.join(" ", args)).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).as("standard error of %s", String.join(" ", args)).hasSize(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("Usage:");
        return r.err().strip();
    }

    @Test
    void aStoreThatDoesNotExistIsAnErrorForEveryReadingCommandAndIsNotCreated() {
        Path missing = tmp.resolve("no-such-folder").resolve("x.duckdb");
        for (String command : new String[] {"incidents", "query", "export"}) {
            String[] args = command.equals("export")
                    ? new String[] {command, "--db", missing.toString(), "--format", "csv"}
                    : new String[] {command, "--db", missing.toString()};
            assertThat(refusedInOneLine(args)).contains(missing.toString()).contains("no store");
        }
        assertThat(tmp.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void anEventTypeThatIsNotPloverIsRefusedWithTheTypesThatAre() {
        assertThat(refusedInOneLine("query", "--db", db, "--type", "ATTACK"))
                .contains("'ATTACK'").contains("ASSAULT").contains("PROTEST").contains("COERCE");
        assertThat(refusedInOneLine("incidents", "--db", db, "--type", "bombing")).contains("'bombing'").contains("ASSAULT");
        assertThat(refusedInOneLine("export", "--db", db, "--format", "csv", "--type", "ASSAULT,RIOT")).contains("'RIOT'");
    }

    @Test
    void anEventTypeInLowerCaseIsTheSameType() {
        assertThat(CliRun.result("query", "--db", db, "--type", "assault").status()).isZero();
    }

    @Test
    void aCountryCodeOfTwoLettersIsRefusedAndAnEnglishNameIsReadAsItsCodeSayingSo() {
        assertThat(refusedInOneLine("query", "--db", db, "--country", "iq")).contains("'iq'").contains("alpha-3");
        assertThat(refusedInOneLine("incidents", "--db", db, "--country", "Atlantis")).contains("'Atlantis'");
        CliRun.Result named = CliRun.result("query", "--db", db, "--country", "Iraq");
        assertThat(named.status()).isZero();
        assertThat(named.err()).contains("'Iraq' read as the country code IRQ");
        assertThat(CliRun.result("query", "--db", db, "--country", "irq").err()).isEmpty();
    }

    @Test
    void anActorCountryMayBeAnInternationalCodeButNotAWord() {
        assertThat(CliRun.result("query", "--db", db, "--actor-country", "IGO").status()).isZero();
        assertThat(refusedInOneLine("query", "--db", db, "--actor-country", "jihadists")).contains("'jihadists'").contains("IMG");
    }

    @Test
    void anImpossibleDateIsOneLineNotAStackTraceAndTheHelp() {
        assertThat(refusedInOneLine("query", "--db", db, "--from", "2025-13-01")).contains("'2025-13-01'").contains("YYYY-MM-DD");
        assertThat(refusedInOneLine("incidents", "--db", db, "--to", "yesterday")).contains("'yesterday'");
        assertThat(refusedInOneLine("analyze", "--published", "2025-02-30", "x.txt")).contains("'2025-02-30'");
    }

    @Test
    void aRadiusWithoutACentreSaysItNeedsNear() {
        assertThat(refusedInOneLine("query", "--db", db, "--radius", "10")).contains("--radius needs --near");
        assertThat(CliRun.result("query", "--db", db, "--near", "33.3,44.4", "--radius", "10").status()).isZero();
    }

    @Test
    void aSectorMustBeACodeAndCountsMustBePositive() {
        assertThat(refusedInOneLine("query", "--db", db, "--sector", "rebels")).contains("'rebels'").contains("REB");
        assertThat(refusedInOneLine("query", "--db", db, "--limit", "0")).contains("'0'");
        assertThat(refusedInOneLine("incidents", "--db", db, "--min-sources", "many")).contains("'many'");
        assertThat(refusedInOneLine("analyze", "--threads", "0", "x.txt")).contains("--threads");
    }

    @Test
    void aWarmUpWhoseMostIsBelowItsLeastIsRefusedBeforeAnythingRuns() {
        assertThat(refusedInOneLine("bench", "pipeline", "--corpus", tmp.toString(), "--warmup", "100", "--max-warmup", "50"))
                .contains("--max-warmup").contains("100").contains("50");
        assertThat(refusedInOneLine("bench", "pipeline", "--corpus", tmp.toString(), "--warmup", "-1")).contains("--warmup");
    }

    @Test
    void aBenchmarkOfNoArticlesIsRefusedInsteadOfPrintingNaN() {
        assertThat(refusedInOneLine("bench", "pipeline", "--corpus", tmp.toString(), "--articles", "0")).contains("--articles");
        assertThat(refusedInOneLine("bench", "nlp", "--corpus", tmp.toString(), "--articles", "0")).contains("--articles");
        assertThat(refusedInOneLine("bench", "nlp", "--corpus", tmp.toString(), "--phoenix-articles", "-1"))
                .contains("--phoenix-articles");
    }

    @Test
    void anUnknownOptionIsOneLineNamingIt() {
        assertThat(refusedInOneLine("query", "--db", db, "--contry", "IRQ")).contains("--contry").contains("--help");
    }

    @Test
    void noCommandAtAllPrintsTheUsageAndIsAUsageError() {
        CliRun.Result r = CliRun.result();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: herodotus").contains("query");
        assertThat(CliRun.result("eval").status()).isEqualTo(2);
        assertThat(CliRun.result("bench").status()).isEqualTo(2);
    }
}
