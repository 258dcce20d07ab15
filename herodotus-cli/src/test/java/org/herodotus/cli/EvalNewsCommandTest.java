package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalNewsCommandTest {

    /** A headline line and a body: analyze splits the title off, so predicted offsets point into the body. */
    static final String TEXT = "Two men held in Lagos after protest\\n\\nPolice in Lagos arrested two men on Sunday after a protest"
            + " outside the governor's office turned violent, a police spokesman said. The men were taken to a station"
            + " in Ikeja, he said, and will appear in court this week.";

    static final String BODY = TEXT.substring(TEXT.indexOf("Police"));

    static final String GOLD = """
            {"id": "n1", "text": "%s", "events": [{"event": "COERCE", "actor_country": "NGA", "trigger": "arrested", "negated": false}], "claims": [{"cue": "said", "claim_type": "statement", "certainty": "asserted"}], "places": [{"text": "Lagos", "country": "NGA"}]}
            """.formatted(TEXT);

    @Test
    void scoresAnAnalyzeOutputWithoutRunningThePipeline(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
        Path pred = Files.writeString(dir.resolve("pred.jsonl"), """
                {"id": "n1", "text": "%s", "actors": [{"id": "a1", "name": "Police", "country": "NGA"}], "events": [{"id": "e1", "event": "COERCE", "actors": ["a1"], "negated": false, "trigger": {"start": 16, "end": 24}}], "claims": [], "places": [{"id": "p1", "name": "Lagos", "start": 10, "end": 15, "country": "NGA"}]}
                """.formatted(BODY));
        String out = CliRun.stdout("eval", "news", "--gold", gold.toString(), "--pred", pred.toString(), "--misses");
        assertThat(out).isEqualTo("""
                == n1
                  claim cues missed: "said"
                event_type {'p': 1.0, 'r': 1.0, 'f1': 1.0}
                event_actor_country {'p': 1.0, 'r': 1.0, 'f1': 1.0}
                claim_cue {'p': 0.0, 'r': 0.0, 'f1': 0.0}
                attribution {'p': 0.0, 'r': 0.0, 'f1': 0.0}
                place {'p': 1.0, 'r': 1.0, 'f1': 1.0}
                certainty_acc 0.0
                items 1
                predicted_items 1
                0.5
                """);
        String json = CliRun.stdout("eval", "news", "--gold", gold.toString(), "--pred", pred.toString(), "--json");
        assertThat(json).contains(" \"claim_cue\": {\n  \"p\": 0.0,").endsWith(" \"summary\": 0.5\n}\n");
    }

    @Test
    void scoresWhatAnalyzePrintsForEachGoldItem(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD);
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"n1\", \"text\": \"" + TEXT + "\"}\n");
        Path scored = dir.resolve("scored.jsonl");
        String figures = CliRun.stdout("eval", "news", "--gold", gold.toString(), "--threads", "1",
                "--pred-out", scored.toString());
        Path analyzed = dir.resolve("analyzed.jsonl");
        CliRun.stdout("analyze", input.toString(), "--threads", "1", "--out", analyzed.toString());
        assertThat(Files.readString(scored, StandardCharsets.UTF_8)).isEqualTo(Files.readString(analyzed, StandardCharsets.UTF_8));
        assertThat(CliRun.stdout("eval", "news", "--gold", gold.toString(), "--pred", scored.toString())).isEqualTo(figures);
        assertThat(figures).startsWith("event_type {").contains("items 1\npredicted_items 1\n");
    }
}
