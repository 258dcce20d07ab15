package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalEventsCommandTest {

    private static String run(String... args) {
        return CliRun.stdout(args);
    }

    @Test
    void scoresAPredictionFileAgainstPloverGold(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id": "P1", "event": "DEMAND", "source": [{"code": "USA"}], "target": [{"code": "PRK"}], "text": "The US demanded that North Korea stop."}
                {"id": "P2", "event": "ASSAULT", "source": [{"code": "ISR"}], "target": [{"code": "LBN"}], "text": "Israel shelled Lebanon."}
                """);
        Path pred = dir.resolve("pred.jsonl");
        Files.writeString(pred, """
                {"id": "P1", "events": [{"event": "REQUEST", "actor_country": ["USA"], "recipient_country": ["PRK"]}]}
                {"id": "P2", "events": [{"event": "ASSAULT", "actor_country": ["ISR"], "recipient_country": []}]}
                """);
        String out = run("eval", "events", "--gold", gold.toString(), "--pred", pred.toString());
        assertThat(out).contains("event type   P 1.000  R 1.000  F1 1.000   (tp/fp/fn 2/0/0)");
        assertThat(out).contains("triples      P 0.500  R 0.500  F1 0.500   (tp/fp/fn 1/1/1");
    }
}
