package org.herodotus.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.herodotus.eval.Counts;
import org.herodotus.events.CameoMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventScorerTest {

    /** Two CAMEO-coded sentences, one no-event sentence, one with a test code PLOVER cannot map. */
    static final String CAMEO_GOLD = """
            {"id": "S1", "date": "19950103", "text": "Arnor met Gondor.", "expected": [{"source": "ARNGOV", "target": "GON", "event": "042"}, {"source": "GON", "target": "ARNGOV", "event": "043"}]}
            {"id": "S2", "text": "Arnor praised Gondor.", "expected": [{"source": "ARN", "target": "GON", "event": "051"}, {"source": "ARN", "target": "GON", "event": "010"}]}
            {"id": "S3", "text": "The weather was fine.", "expected": [], "noevents": true}
            {"id": "S4", "text": "Arnor did something odd.", "expected": [{"source": "ARN", "target": "GON", "event": "912"}]}
            {"id": "S5", "text": "Arnor is about.", "sentence": "false", "expected": [{"source": "ARN", "target": "GON", "event": "064"}]}
            """;

    static final String PLOVER_GOLD = """
            {"id": "P1", "date": "2000-01-01", "event": "DEMAND", "source": [{"code": "USA"}], "target": [{"code": "PRK"}], "text": "The US demanded that North Korea stop."}
            {"id": "P2", "event": "FIGHT", "source": [{"code": "JAP"}, {"code": "CHN"}], "target": "", "text": "Japan and China fought."}
            """;

    @Test
    void cameoGoldMapsCodesAndSkipsUnmappableSentences(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, CAMEO_GOLD);
        List<GoldSentence> gold = EventGold.read(file, CameoMapping.builtin());
        assertThat(gold).extracting(GoldSentence::scored).containsExactly(true, true, true, false, false);
        assertThat(gold.get(0).types()).containsExactly("CONSULT");
        assertThat(gold.get(0).triples()).containsExactlyInAnyOrder(new Triple("ARN", "GON", "CONSULT"),
                new Triple("GON", "ARN", "CONSULT"));
        // 010 is a public statement: no PLOVER event
        assertThat(gold.get(1).types()).containsExactly("SUPPORT");
        assertThat(gold.get(2).types()).isEmpty();
        assertThat(gold.get(3).reason()).isEqualTo("unmapped CAMEO code");
        assertThat(gold.get(4).reason()).isEqualTo("sentence=false");
        assertThat(gold.get(0).date()).hasToString("1995-01-03");
    }

    @Test
    void ploverGoldRenamesOldTypesAndCrossesActorsWithRecipients(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, PLOVER_GOLD);
        List<GoldSentence> gold = EventGold.read(file, CameoMapping.builtin());
        assertThat(gold.get(0).types()).containsExactly("REQUEST");
        assertThat(gold.get(0).triples()).containsExactly(new Triple("USA", "PRK", "REQUEST"));
        assertThat(gold.get(1).triples()).containsExactlyInAnyOrder(new Triple("JPN", "", "ASSAULT"),
                new Triple("CHN", "", "ASSAULT"));
    }

    @Test
    void countsTypesAndTriplesPerSentence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, CAMEO_GOLD);
        List<GoldSentence> gold = EventGold.read(file, CameoMapping.builtin());
        Map<String, Prediction> predictions = Map.of(
                // right type, one of the two triples
                "S1", new Prediction("S1", List.of(new PredictedEvent("consult", List.of("ARN"), List.of("GON"),
                        null, 0, 5))),
                // wrong type
                "S2", new Prediction("S2", List.of(new PredictedEvent("AGREE", List.of("ARN"), List.of("GON"),
                        null, 0, 5))),
                // an event where none is expected
                "S3", new Prediction("S3", List.of(new PredictedEvent("ASSAULT", List.of(), List.of(), null, 0, 5))),
                "XX", new Prediction("XX", List.of()));
        EventScore score = EventScorer.score(gold, predictions);
        assertThat(score.scored()).isEqualTo(3);
        assertThat(score.type()).isEqualTo(new Counts(1, 2, 1));
        assertThat(score.triple()).isEqualTo(new Counts(1, 2, 2));
        assertThat(score.type().f1()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score.extraIds()).isEqualTo(1);
        assertThat(score.unscored()).containsEntry("unmapped CAMEO code", 1).containsEntry("sentence=false", 1);
        assertThat(score.report("gold.jsonl")).contains("event type   P 0.333  R 0.500  F1 0.400");
    }

    @Test
    void predictionFilesInEveryAcceptedShapeAreRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pred.jsonl");
        Files.writeString(file, """
                {"id": "S1", "events": [{"event": "CONSULT", "actor_country": "ARN", "recipient_country": null}]}
                {"id": "S2", "events": [{"event": "SUPPORT", "actor": [{"country": "ARN"}], "recipient": [{"code": "GON"}]}]}
                {"id": "S3", "events": [{"event": "ASSAULT", "actor_country": ["ARN", "GON"], "recipient_country": []}]}
                """);
        Map<String, Prediction> p = EventPredictions.read(file);
        assertThat(p.get("S1").triples()).containsExactly(new Triple("ARN", "", "CONSULT"));
        assertThat(p.get("S2").triples()).containsExactly(new Triple("ARN", "GON", "SUPPORT"));
        assertThat(p.get("S3").triples()).containsExactlyInAnyOrder(new Triple("ARN", "", "ASSAULT"),
                new Triple("GON", "", "ASSAULT"));
    }
}
