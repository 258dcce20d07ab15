package org.herodotus.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.herodotus.eval.attribution.AttributionScorer.Fragment;
import org.herodotus.eval.attribution.AttributionScorer.Relation;
import org.junit.jupiter.api.Test;

/** The PolNeAR metrics, checked on a hand-scored example. */
class AttributionScorerTest {

    private static final String TEXT = "Esper said Iran is behind it. Officials denied that.";

    private static Relation rel(int[] source, int[] cue, int[] content) {
        return new Relation(frag(source), frag(cue), frag(content));
    }

    private static List<Fragment> frag(int[] se) {
        return se == null ? List.of() : List.of(new Fragment(se[0], se[1]));
    }

    @Test
    void goldAgainstItselfScoresOneAndNothingScoresZero() {
        List<Relation> gold = List.of(rel(new int[] {0, 5}, new int[] {6, 10}, new int[] {11, 28}));
        AttributionScorer perfect = new AttributionScorer();
        perfect.add(TEXT, gold, gold);
        assertThat(perfect.result().summary()).isEqualTo(1.0);
        assertThat(perfect.result().token().get(2).f1()).isEqualTo(1.0);
        AttributionScorer empty = new AttributionScorer();
        empty.add(TEXT, gold, List.of());
        assertThat(empty.result().summary()).isEqualTo(0.0);
    }

    @Test
    void exactSpansIgnoreSurroundingWhiteSpaceButNotOtherDifferences() {
        List<Relation> gold = List.of(
                rel(new int[] {0, 5}, new int[] {6, 10}, new int[] {11, 28}),
                rel(new int[] {30, 39}, new int[] {40, 46}, new int[] {47, 51}));
        // Source with a trailing space (still exact), cue right, content one character short.
        List<Relation> pred = List.of(rel(new int[] {0, 6}, new int[] {6, 10}, new int[] {11, 27}));
        AttributionScorer s = new AttributionScorer();
        s.add(TEXT, gold, pred);
        AttributionScorer.Result r = s.result();
        assertThat(r.exact().get(0)).isEqualTo(new AttributionScorer.Counts(1, 0, 1));
        assertThat(r.exact().get(2)).isEqualTo(new AttributionScorer.Counts(0, 1, 2));
        // Token overlap: content tokens Iran/is/behind/it are all touched by [11, 27).
        assertThat(r.token().get(2)).isEqualTo(new AttributionScorer.Counts(4, 0, 1));
        assertThat(r.relation()).isEqualTo(new AttributionScorer.Counts(0, 1, 2));
        assertThat(r.summary()).isCloseTo((2.0 / 3 + 2.0 / 3 + 0) / 3, within(1e-12));
    }

    @Test
    void fragmentsAreComparedAsSortedSetsAndDuplicatesCountOnce() {
        List<Relation> gold = List.of(new Relation(List.of(), List.of(new Fragment(6, 10)),
                List.of(new Fragment(0, 5), new Fragment(11, 28))));
        List<Relation> pred = List.of(
                new Relation(List.of(), List.of(new Fragment(6, 10)), List.of(new Fragment(11, 28), new Fragment(0, 5))),
                new Relation(List.of(), List.of(new Fragment(6, 10)), List.of(new Fragment(11, 28), new Fragment(0, 5))));
        AttributionScorer s = new AttributionScorer();
        s.add(TEXT, gold, pred);
        assertThat(s.result().exact().get(2)).isEqualTo(new AttributionScorer.Counts(1, 1, 0));
        assertThat(s.result().exact().get(0)).isEqualTo(new AttributionScorer.Counts(0, 0, 0));
    }

    @Test
    void tokensSplitAsThePythonScorerDoesCombiningMarksApartNumbersTogether() {
        // Python's \w leaves out combining marks ("e" + U+0301 are two tokens) but counts "½" as a word character.
        String text = "e\u0301 x½y";
        AttributionScorer s = new AttributionScorer();
        s.add(text, List.of(new Relation(List.of(), List.of(), List.of(new Fragment(0, 1)))),
                List.of(new Relation(List.of(), List.of(), List.of(new Fragment(1, 2)))));
        assertThat(s.result().token().get(2)).isEqualTo(new AttributionScorer.Counts(0, 1, 1));
        AttributionScorer t = new AttributionScorer();
        t.add(text, List.of(new Relation(List.of(), List.of(), List.of(new Fragment(3, 4)))),
                List.of(new Relation(List.of(), List.of(), List.of(new Fragment(5, 6)))));
        assertThat(t.result().token().get(2)).isEqualTo(new AttributionScorer.Counts(1, 0, 0));
    }
}
