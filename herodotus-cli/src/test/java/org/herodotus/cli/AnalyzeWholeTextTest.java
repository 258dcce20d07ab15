package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.json.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herodotus analyze} reads every word it is given: a JSON Lines record with only a
 * {@code text}, one paragraph or one sentence long, is an article, and a headline is analysed like
 * the body, its events and claims pointing into the {@code text} before {@code bodyStart}.
 */
class AnalyzeWholeTextTest {

    static final String HEADLINE_FIRST = "Army says rebels shelled Goma airport\n"
            + "The rebels shelled the airport on Tuesday night, a spokesman said.\n\nFlights were suspended until Friday.";
    static final String ONE_PARAGRAPH = "Protesters blocked the road to the airport in Lagos on Wednesday. "
            + "Police fired tear gas to disperse them, witnesses said.";
    static final String ONE_SENTENCE = "Rebels attacked a police station in Goma on Monday, the army said.";
    static final String HEADLINE = "Rebels say they shot down army helicopter near Goma";
    static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + HEADLINE
            + " | Lakes Courier</title></head><body><header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
            + "<article><h1>" + HEADLINE + "</h1>"
            + "<p>The fighting around the eastern city has grown heavier over the past week, according to residents "
            + "who fled to the border town of Gisenyi.</p>"
            + "<p>An army spokesman declined to comment on the loss of the aircraft when reached by telephone on "
            + "Thursday evening in Kinshasa.</p>"
            + "<p>Aid agencies said thousands of families had left their homes since the start of the month and were "
            + "sheltering in schools and churches.</p></article><footer>Copyright 2024 Lakes Courier</footer></body></html>";

    @TempDir
    static Path tmp;

    static int exit;
    static final Map<String, JsonNode> BY_ID = new HashMap<>();

    @BeforeAll
    static void analyse() throws Exception {
        List<String> records = List.of(record("headline-first", HEADLINE_FIRST), record("one-paragraph", ONE_PARAGRAPH),
                record("one-sentence", ONE_SENTENCE));
        Path jsonl = Files.write(tmp.resolve("wire.jsonl"), records, StandardCharsets.UTF_8);
        Path page = Files.writeString(tmp.resolve("helicopter.html"), PAGE);
        Path out = tmp.resolve("out.jsonl");
        exit = Main.run("analyze", jsonl.toString(), page.toString(), "--published", "2024-03-07", "--threads", "2",
                "--out", out.toString());
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode n = AnalysisJson.mapper().readTree(line);
            BY_ID.put(n.get("id").asText(), n);
        }
    }

    private static String record(String id, String text) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("id", id);
        o.put("text", text);
        return o.toString();
    }

    private static String of(JsonNode analysis, JsonNode span) {
        return analysis.get("text").asText().substring(span.get("start").asInt(), span.get("end").asInt());
    }

    @Test
    void everyRecordIsAnArticleAndFollowsTheSchema() throws Exception {
        assertThat(exit).isEqualTo(ExitCodes.OK);
        assertThat(BY_ID).containsOnlyKeys("headline-first", "one-paragraph", "one-sentence", "helicopter");
        try (InputStream in = AnalysisJson.class.getResourceAsStream("analysis.schema.json")) {
            var schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                    com.networknt.schema.SpecVersion.VersionFlag.V202012).getSchema(in);
            for (JsonNode a : BY_ID.values()) {
                assertThat(a.has("errors")).as(a.get("id").asText()).isFalse();
                assertThat(schema.validate(a)).as(a.get("id").asText()).isEmpty();
            }
        }
    }

    @Test
    void aOneSentenceRecordIsAnalysedWhole() {
        JsonNode a = BY_ID.get("one-sentence");
        assertThat(a.get("text").asText()).isEqualTo(ONE_SENTENCE);
        assertThat(a.get("title").isNull()).isTrue();
        assertThat(a.get("bodyStart").asInt()).isZero();
        JsonNode claim = a.get("claims").get(0);
        assertThat(of(a, claim.get("cue"))).isEqualTo("said");
        assertThat(of(a, claim.get("content"))).isEqualTo("Rebels attacked a police station in Goma on Monday");
        assertThat(a.get("places").get(0).get("name").asText()).isEqualTo("Goma");
    }

    @Test
    void aOneParagraphRecordKeepsBothSentences() {
        JsonNode a = BY_ID.get("one-paragraph");
        assertThat(a.get("text").asText()).isEqualTo(ONE_PARAGRAPH);
        assertThat(a.get("bodyStart").asInt()).isZero();
        assertThat(a.get("claims")).anyMatch(c -> of(a, c.get("cue")).equals("said")
                && of(a, c.get("source")).equals("witnesses")
                && of(a, c.get("content")).equals("Police fired tear gas to disperse them"));
    }

    @Test
    void aTextRecordsFirstLineIsReportedAsTitleAndStillAnalysed() {
        JsonNode a = BY_ID.get("headline-first");
        String headline = "Army says rebels shelled Goma airport";
        String text = a.get("text").asText();
        int bodyStart = a.get("bodyStart").asInt();
        assertThat(a.get("title").asText()).isEqualTo(headline);
        assertThat(text).isEqualTo(headline + "\n\n" + HEADLINE_FIRST.substring(headline.length() + 1));
        assertThat(bodyStart).isEqualTo(headline.length() + 2);
        assertThat(text.substring(bodyStart)).startsWith("The rebels shelled the airport");
        JsonNode says = null;
        for (JsonNode c : a.get("claims")) {
            if (c.get("cue").get("end").asInt() <= bodyStart) {
                says = c;
            }
        }
        assertThat(says).as("a claim in the headline").isNotNull();
        assertThat(of(a, says.get("cue"))).isEqualTo("says");
        assertThat(of(a, says.get("source"))).isEqualTo("Army");
        assertThat(of(a, says.get("content"))).isEqualTo("rebels shelled Goma airport");
    }

    @Test
    void aPagesHeadlineEventAndClaimPointIntoTheHeadline() {
        JsonNode a = BY_ID.get("helicopter");
        String text = a.get("text").asText();
        int bodyStart = a.get("bodyStart").asInt();
        assertThat(a.get("title").asText()).isEqualTo(HEADLINE);
        assertThat(text).startsWith(HEADLINE + "\n\nThe fighting around the eastern city");
        assertThat(bodyStart).isEqualTo(HEADLINE.length() + 2);

        JsonNode shot = null;
        for (JsonNode e : a.get("events")) {
            if (e.get("trigger").get("end").asInt() <= bodyStart) {
                shot = e;
            }
        }
        assertThat(shot).as("the headline's event").isNotNull();
        assertThat(shot.get("event").asText()).isEqualTo("ASSAULT");
        assertThat(of(a, shot.get("trigger"))).isEqualTo("shot");
        assertThat(of(a, shot.get("sentence"))).isEqualTo(HEADLINE);

        JsonNode say = null;
        for (JsonNode c : a.get("claims")) {
            if (c.get("cue").get("end").asInt() <= bodyStart) {
                say = c;
            }
        }
        assertThat(say).as("the headline's claim").isNotNull();
        assertThat(of(a, say.get("source"))).isEqualTo("Rebels");
        assertThat(of(a, say.get("cue"))).isEqualTo("say");
        assertThat(of(a, say.get("content"))).isEqualTo("they shot down army helicopter near Goma");
        assertThat(say.get("type").asText()).isEqualTo("responsibility");
        assertThat(say.get("event").asText()).isEqualTo(shot.get("id").asText());
    }
}
