package org.herodotus.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java metrics against figures the reference scorer (score_geo.py --json) printed for the
 * same small fixture: gold in EUPEG layout, predictions with a wrong resolution, a false
 * positive, a lower-case surface, a shifted span and a toponym without coordinates.
 */
class GeoScorerTest {

    @TempDir
    Path dir;

    private Path gold;

    @BeforeEach
    void writeFixture() throws Exception {
        Path corpora = Files.createDirectories(dir.resolve("eupeg/corpora/Demo"));
        Files.writeString(corpora.resolve("0"), "Fighting in Mosul and Baghdad spread to Anbar.");
        Files.writeString(corpora.resolve("1"), "Paris, Texas is not Paris.");
        gold = Files.createDirectories(dir.resolve("eupeg/gold")).resolve("Demo_gold.txt");
        Files.writeString(gold, "Mosul,,Mosul,,36.335,,43.11889,,12,,17||Baghdad,,Baghdad,,33.34058,,44.40088,,22,,29"
                + "||Anbar,,Anbar,,32.79,,41.61,,40,,45\n"
                + "Paris,,Paris,,33.66,,-95.55,,0,,5||Texas,,Texas,,31.25,,-99.25,,7,,12||Paris,,Paris,,33.66,,-95.55,,20,,25"
                + "||Nowhere,,Nowhere,,null,,null,,0,,1\n");
    }

    private static Map<String, List<GeoToponym>> predictions() {
        return Map.of(
                "Demo/0", List.of(new GeoToponym("Mosul", 36.3, 43.1, 12, 17),
                        new GeoToponym("Baghdad", 33.3, 44.4, 22, 29),
                        new GeoToponym("Anbar", 38.5, 40.1, 40, 45),
                        new GeoToponym("Fighting", 1.0, 1.0, 0, 8)),
                "Demo/1", List.of(new GeoToponym("Paris", 48.85, 2.35, 1, 6),
                        new GeoToponym("paris", 33.66, -95.55, 20, 25),
                        new GeoToponym("Texas", null, null, 7, 12)));
    }

    @Test
    void readsTheEupegLayoutWithTextsBesideTheGold() throws Exception {
        List<GeoDoc> docs = GeoGold.load(gold);
        assertThat(GeoGold.corpus(gold)).isEqualTo("Demo");
        assertThat(docs).extracting(GeoDoc::id).containsExactly("Demo/0", "Demo/1");
        assertThat(docs.get(1).text()).startsWith("Paris, Texas");
        assertThat(docs.get(1).toponyms()).hasSize(4);
        assertThat(docs.get(1).toponyms().get(3).hasCoordinates()).isFalse();
    }

    @Test
    void matchesTheReferenceScorerFigureForFigure() throws Exception {
        GeoScore s = GeoScorer.score("Demo", GeoGold.load(gold), predictions());
        assertThat(s.goldToponyms()).isEqualTo(6);
        assertThat(s.predictedToponyms()).isEqualTo(6);
        assertThat(s.tp()).isEqualTo(5);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.precision()).isCloseTo(0.8333333333333334, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.8333333333333334, within(1e-12));
        assertThat(s.f1()).isCloseTo(0.8333333333333334, within(1e-12));
        assertThat(s.matched()).isEqualTo(5);
        assertThat(s.acc161()).isCloseTo(0.6, within(1e-12));
        assertThat(s.meanKm()).isCloseTo(1688.283504539447, within(1e-6));
        assertThat(s.medianKm()).isCloseTo(4.513030892316563, within(1e-9));
        assertThat(s.auc()).isCloseTo(0.3614601148784982, within(1e-12));
        assertThat(s.f1At161()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void scoresPerfectGoldAsPerfectAndNothingAsZero() throws Exception {
        List<GeoDoc> docs = GeoGold.load(gold);
        Map<String, List<GeoToponym>> self = new java.util.HashMap<>();
        for (GeoDoc d : docs) {
            self.put(d.id(), d.toponyms());
        }
        GeoScore perfect = GeoScorer.score("Demo", docs, self);
        assertThat(perfect.f1()).isEqualTo(1.0);
        assertThat(perfect.acc161()).isEqualTo(1.0);
        assertThat(perfect.meanKm()).isEqualTo(0.0);
        assertThat(perfect.f1At161()).isEqualTo(1.0);
        GeoScore empty = GeoScorer.score("Demo", docs, Map.of());
        assertThat(empty.recall()).isZero();
        assertThat(empty.f1At161()).isZero();
        assertThat(empty.meanKm()).isNull();
    }

    @Test
    void countsRecallOnlyForPartiallyAnnotatedCorpora() throws Exception {
        GeoScore s = GeoScorer.score("WikToR", GeoGold.load(gold), predictions());
        assertThat(s.recallOnly()).isTrue();
        assertThat(s.fp()).isZero();
        assertThat(s.f1At161()).isCloseTo(3.0 / 6, within(1e-12));
    }
}
