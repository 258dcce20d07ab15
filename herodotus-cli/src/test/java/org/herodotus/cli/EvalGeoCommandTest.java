package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalGeoCommandTest {

    @TempDir
    Path dir;

    private Path fixture() throws Exception {
        Path corpora = Files.createDirectories(dir.resolve("eupeg/corpora/Demo"));
        Files.writeString(corpora.resolve("0"), "Rockets hit Ain al-Asad in Anbar and the airport of Qayyarah near Mosul.");
        Path gold = Files.createDirectories(dir.resolve("eupeg/gold")).resolve("Demo_gold.txt");
        Files.writeString(gold, "Al Asad,,Ain al-Asad,,33.7856,,42.4412,,12,,23||Anbar,,Anbar,,32.79,,41.61,,27,,32"
                + "||Qayyarah West,,Qayyarah,,35.7672,,43.1251,,52,,60||Mosul,,Mosul,,36.335,,43.11889,,66,,71\n");
        return gold;
    }

    private static String run(String... args) {
        return CliRun.stdout(args);
    }

    @Test
    void resolvesGivenGoldToponymsAndWritesPredictionsForTheReferenceScorer() throws Exception {
        Path gold = fixture();
        Path pred = dir.resolve("given.jsonl");
        String out = run("eval", "geo", "--gold", gold.toString(), "--mode", "given", "--pred-out-given", pred.toString());
        assertThat(out).contains("== Demo: gold toponyms given");
        assertThat(out).contains("resolution   acc@161 1.000");
        assertThat(out).contains("baseline     acc@161");
        List<String> lines = Files.readAllLines(pred);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"id\":\"Demo/0\"").contains("\"text\":\"Qayyarah\"");
    }

    @Test
    void reportsAMissingGoldFileAsAUsageError() {
        assertThat(Main.run("eval", "geo", "--gold", dir.resolve("nope_gold.txt").toString(), "--mode", "given"))
                .isEqualTo(ExitCodes.USAGE);
    }
}
