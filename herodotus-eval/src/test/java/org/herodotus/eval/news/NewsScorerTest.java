package org.herodotus.eval.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.herodotus.eval.Counts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The news scorer on small gold and prediction sets. The expected figures are what the
 * benchmark's score_news.py prints for the same two files (checked by running it on them).
 */
class NewsScorerTest {

    /**
     * Two gold items: a shelling story (a negated event, an actor without country, an accusation
     * and a denial attributed to "the rebels") and an arrest story with no prediction; a line that
     * is not JSON, which the reference scorer skips.
     */
    static final String GOLD = """
            {"id": "g1", "text": "Rebels shelled the town of Kadugli on Monday, the army said. Officials in Khartoum blamed the rebels for the attack, and the rebels denied it.", "events": [{"event": "ASSAULT", "actor": "Rebels", "actor_country": null, "trigger": "shelled", "negated": false}, {"event": "ACCUSE", "actor": "Officials", "actor_country": "SDN", "trigger": "blamed", "negated": false}, {"event": "ASSAULT", "actor": "the army", "actor_country": "SDN", "trigger": "shelled", "negated": false}, {"event": "PROTEST", "actor_country": "SDN", "trigger": "attack", "negated": true}], "claims": [{"cue": "said", "claim_type": "statement", "certainty": "asserted"}, {"cue": "blamed", "claim_type": "accusation", "attributed_to": "the rebels", "attributed_to_country": null, "certainty": "asserted"}, {"cue": "denied", "claim_type": "denial_of_responsibility", "attributed_to": "the rebels", "attributed_to_country": null, "certainty": "denied"}], "places": [{"text": "Kadugli", "country": "SDN"}, {"text": "Khartoum", "country": "SDN"}]}
            {"id": "g2", "text": "Police in Lagos arrested two men after a protest, a spokesman said.", "events": [{"event": "COERCE", "actor_country": "NGA", "trigger": "arrested", "negated": false}], "claims": [{"cue": "said", "claim_type": "statement", "certainty": "asserted"}], "places": [{"text": "Lagos", "country": "NGA"}]}
            not json
            """;

    /**
     * The prediction for the shelling story (a negated event whose actors still count, a claim
     * without cue, a place known only by name) and one for an item the gold set does not have.
     */
    static final String PRED = """
            {"id": "g1", "text": "Rebels shelled the town of Kadugli on Monday, the army said. Officials in Khartoum blamed the rebels for the attack, and the rebels denied it.", "actors": [{"id": "a1", "name": "Rebels", "country": null}, {"id": "a2", "name": "army", "country": "SDN"}, {"id": "a3", "name": "Officials", "country": "SDN"}], "events": [{"id": "e1", "event": "ASSAULT", "actors": ["a1", "a2"], "negated": false, "trigger": {"start": 7, "end": 14}}, {"id": "e2", "event": "ASSAULT", "actors": ["a3"], "negated": false, "trigger": {"start": 109, "end": 115}}, {"id": "e3", "event": "ACCUSE", "actors": ["a3", "a2"], "negated": true, "trigger": {"start": 83, "end": 89}}], "claims": [{"id": "c1", "cue": {"start": 55, "end": 59}, "certainty": "asserted", "attributedTo": null}, {"id": "c2", "cue": {"start": 132, "end": 138}, "certainty": "possible", "attributedTo": "a1"}, {"id": "c3", "cue": null, "certainty": "asserted", "attributedTo": "a3"}], "places": [{"id": "p1", "name": "Kadugli", "country": "SDN", "start": 27, "end": 34}, {"id": "p2", "name": "Khartoum", "country": "EGY", "start": 74, "end": 82}, {"id": "p3", "name": "Monday", "country": null}]}
            {"id": "extra", "text": "Nothing happened.", "events": [{"event": "FIGHT", "actors": []}]}
            """;

    @Test
    void printsTheFiguresAsTheReferenceScorerDoes(@TempDir Path dir) throws IOException {
        NewsScore score = score(dir, GOLD, PRED);
        assertThat(score.report()).isEqualTo("""
                event_type {'p': 1.0, 'r': 0.5, 'f1': 0.667}
                event_actor_country {'p': 0.667, 'r': 0.667, 'f1': 0.667}
                claim_cue {'p': 0.667, 'r': 0.5, 'f1': 0.571}
                attribution {'p': 0.5, 'r': 0.5, 'f1': 0.5}
                place {'p': 0.333, 'r': 0.333, 'f1': 0.333}
                certainty_acc 0.0
                items 2
                predicted_items 1
                0.584
                """);
    }

    @Test
    void printsTheReferenceScorersJson(@TempDir Path dir) throws IOException {
        assertThat(score(dir, GOLD, PRED).json()).isEqualTo("""
                {
                 "event_type": {
                  "p": 1.0,
                  "r": 0.5,
                  "f1": 0.667
                 },
                 "event_actor_country": {
                  "p": 0.667,
                  "r": 0.667,
                  "f1": 0.667
                 },
                 "claim_cue": {
                  "p": 0.667,
                  "r": 0.5,
                  "f1": 0.571
                 },
                 "attribution": {
                  "p": 0.5,
                  "r": 0.5,
                  "f1": 0.5
                 },
                 "place": {
                  "p": 0.333,
                  "r": 0.333,
                  "f1": 0.333
                 },
                 "certainty_acc": 0.0,
                 "items": 2,
                 "predicted_items": 1,
                 "summary": 0.584
                }
                """);
    }

    @Test
    void countsNegatedEventsOnlyForActorCountries(@TempDir Path dir) throws IOException {
        NewsScore score = score(dir, GOLD, PRED);
        // gold: ASSAULT, ACCUSE, ASSAULT (the negated PROTEST left out) and COERCE; predicted: two ASSAULTs
        assertThat(score.events()).isEqualTo(new Counts(2, 0, 2));
        // the negated ACCUSE by Sudanese officials still gives (ACCUSE, SDN); the shelling's two actors give one SDN
        assertThat(score.eventActors()).isEqualTo(new Counts(2, 1, 1));
    }

    @Test
    void matchesAttributionNamesByContainmentAndCountsCertaintyOnMatches(@TempDir Path dir) throws IOException {
        NewsScore score = score(dir, GOLD, PRED);
        // "rebels" (the predicted actor, no country) is inside "the rebels"; the officials' SDN matches nothing
        assertThat(score.attributions()).isEqualTo(new Counts(1, 1, 1));
        assertThat(score.certaintyRight()).isZero();
        assertThat(score.certaintyCount()).isEqualTo(1);
    }

    @Test
    void shortAttributionNamesMustBeEqual() {
        String gold = """
                {"id": "n1", "text": "The IRA was blamed for the bomb.", "claims": [{"cue": "blamed", "claim_type": "accusation", "attributed_to": "IRA", "certainty": "probable"}]}
                """;
        String pred = """
                {"id": "n1", "text": "The IRA was blamed for the bomb.", "actors": [{"id": "a1", "name": "The IRA"}], "claims": [{"cue": {"start": 12, "end": 18}, "attributedTo": "a1", "certainty": "probable"}]}
                """;
        NewsScore score = NewsScorer.score(parse(gold), parse(pred));
        assertThat(score.attributions()).isEqualTo(new Counts(0, 1, 1));
        assertThat(score.claimCues()).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void cueMatchesWhenOneContainsTheOtherAndEachPredictedCueOnce() {
        String gold = """
                {"id": "c1", "text": "The minister said in a statement that talks failed, and said more later.", "claims": [{"cue": "said in a statement"}, {"cue": "said"}, {"cue": "said"}]}
                """;
        String pred = """
                {"id": "c1", "text": "The minister said in a statement that talks failed, and said more later.", "claims": [{"cue": {"start": 13, "end": 17}}, {"cue": {"start": 56, "end": 60}}]}
                """;
        assertThat(NewsScorer.score(parse(gold), parse(pred)).claimCues()).isEqualTo(new Counts(2, 0, 1));
    }

    @Test
    void slicesPredictedOffsetsByCodePointsAsPythonDoes() {
        // Python counts the emoji as one character, so [12, 16) is "said" there (in UTF-16 units it is [13, 17))
        String text = "\uD83D\uDE42 Officials said the road was closed.";
        String gold = "{\"id\": \"u1\", \"text\": \"" + text + "\", \"claims\": [{\"cue\": \"said\"}]}";
        String pred = "{\"id\": \"u1\", \"text\": \"" + text + "\", \"claims\": [{\"cue\": {\"start\": 12, \"end\": 16}}]}";
        assertThat(NewsScorer.score(parse(gold), parse(pred)).claimCues()).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void roundsHalfToEvenOnTheBinaryValueAsPythonDoes() {
        assertThat(NewsScore.repr(0.0625)).isEqualTo("0.062");
        assertThat(NewsScore.repr(0.0015)).isEqualTo("0.002");
        assertThat(NewsScore.repr(2.0 / 3)).isEqualTo("0.667");
        assertThat(NewsScore.repr(1.0)).isEqualTo("1.0");
        assertThat(NewsScore.repr(0.0)).isEqualTo("0.0");
    }

    @Test
    void listsWhatEachItemMissedAndWhatWasSpurious(@TempDir Path dir) throws IOException {
        String report = NewsMisses.report(load(dir, "gold.jsonl", GOLD), load(dir, "pred.jsonl", PRED));
        assertThat(report).isEqualTo("""
                == g1
                  events missed: ACCUSE x1 (gold "blamed")
                  actor countries spurious: "ASSAULT"/"SDN"
                  claim cues missed: "blamed"
                  claim cues spurious: "(no cue)"
                  attributions missed: the rebels denied
                  attributions spurious: Officials (SDN) asserted
                  certainty differs: the rebels: gold asserted, predicted possible
                  places missed: "khartoum"/"SDN"
                  places spurious: "khartoum"/"EGY", "monday"/null
                == g2 (no prediction)
                  events missed: COERCE x1 (gold "arrested")
                  actor countries missed: "COERCE"/"NGA"
                  claim cues missed: "said"
                  places missed: "lagos"/"NGA"
                """);
    }

    @Test
    void loadsAsTheReferenceScorerSkippingBadLinesAndKeepingTheLastOfAnId(@TempDir Path dir) throws IOException {
        Map<String, JsonNode> items = load(dir, "x.jsonl", """
                {"id": "a", "text": "first"}
                  # a comment
                {"id": "a", "text": "second"}
                {"id": 7, "text": "numbered"}
                {"text": "no id"}
                """);
        assertThat(items.keySet()).containsExactly("a", "7", "None");
        assertThat(items.get("a").get("text").asText()).isEqualTo("second");
    }

    private static NewsScore score(Path dir, String gold, String pred) throws IOException {
        return NewsScorer.score(load(dir, "gold.jsonl", gold), load(dir, "pred.jsonl", pred));
    }

    private static Map<String, JsonNode> load(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return NewsScorer.load(file);
    }

    private static Map<String, JsonNode> parse(String lines) {
        try {
            Path file = Files.createTempFile("news", ".jsonl");
            try {
                Files.writeString(file, lines);
                return NewsScorer.load(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
