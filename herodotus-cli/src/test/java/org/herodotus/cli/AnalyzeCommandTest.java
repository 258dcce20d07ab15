package org.herodotus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.herodotus.json.AnalysisJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herodotus analyze} on the seed article, end to end as a user runs it: the stages must
 * agree with each other (claims about the event the places and actors belong to), and the output
 * must follow the shipped schema.
 */
class AnalyzeCommandTest {

    @TempDir
    static Path tmp;

    static JsonNode seed;
    static String text;
    static int exit;
    static List<JsonNode> lines = new ArrayList<>();

    @BeforeAll
    static void analyseExamples() throws Exception {
        Path out = tmp.resolve("out.jsonl");
        Path empty = Files.writeString(tmp.resolve("empty.html"), "");
        exit = Main.run("analyze", "../examples/esper-iran-bases.txt", empty.toString(),
                "--published", "2019-12-15", "--threads", "2", "--out", out.toString());
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            lines.add(AnalysisJson.mapper().readTree(line));
        }
        seed = lines.get(0);
        text = seed.get("text").asText();
    }

    private static String of(JsonNode span) {
        return text.substring(span.get("start").asInt(), span.get("end").asInt());
    }

    private static JsonNode byId(String array, String id) {
        for (JsonNode n : seed.get(array)) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }

    private static List<JsonNode> where(String array, Predicate<JsonNode> p) {
        List<JsonNode> out = new ArrayList<>();
        seed.get(array).forEach(n -> {
            if (p.test(n)) {
                out.add(n);
            }
        });
        return out;
    }

    @Test
    void everyLineFollowsTheShippedSchema() throws Exception {
        try (InputStream in = AnalysisJson.class.getResourceAsStream("analysis.schema.json")) {
            var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            for (JsonNode line : lines) {
                assertThat(schema.validate(line)).as(line.get("id").asText()).isEmpty();
            }
        }
    }

    @Test
    void aBadInputIsReportedByNameAndTheRunGoesOn() {
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).get("errors").get(0).asText()).contains("empty.html");
        assertThat(seed.has("errors")).isFalse();
        assertThat(exit).isEqualTo(ExitCodes.SOME_INPUTS_FAILED);
    }

    @Test
    void theThreeCompetingAttributionsAreClaimsAboutTheAttacksOnUsBases() {
        List<JsonNode> attacks = where("events", e -> e.get("event").asText().equals("ASSAULT")
                && e.get("recipients").size() > 0
                && byId("actors", e.get("recipients").get(0).asText()).get("country").asText().equals("USA"));
        assertThat(attacks).hasSize(1);
        JsonNode attack = attacks.get(0);
        JsonNode base = byId("actors", attack.get("recipients").get(0).asText());
        assertThat(base.get("sector").asText()).isEqualTo("MIL");

        List<String> perpetrators = new ArrayList<>();
        for (JsonNode c : seed.get("claims")) {
            if (c.get("type").asText().equals("responsibility")) {
                assertThat(c.get("event").asText()).as(of(c.get("content"))).isEqualTo(attack.get("id").asText());
                assertThat(attack.get("claims").toString()).contains(c.get("id").asText());
                perpetrators.add(byId("actors", c.get("attributedTo").asText()).get("name").asText()
                        + " " + c.get("certainty").asText());
            }
        }
        assertThat(perpetrators).contains("Kataib Hezbollah asserted", "Islamic State refuted")
                .anyMatch(p -> p.equals("Iran possible") || p.equals("Iran probable"))
                .noneMatch(p -> p.startsWith("Iran asserted") || p.startsWith("Islamic State asserted"));
    }

    @Test
    void placesAndEventPlacesPointAtTheRightWords() {
        for (JsonNode p : seed.get("places")) {
            assertThat(of(p)).isNotBlank().doesNotContain("Middle Eastern").isNotEqualTo("American");
        }
        JsonNode raids = where("events", e -> of(e.get("trigger")).equals("raids")).get(0);
        assertThat(byId("places", raids.get("place").asText()).get("name").asText()).isEqualTo("Syria");
        assertThat(byId("actors", raids.get("actors").get(0).asText()).get("name").asText()).isEqualTo("Israel");
        assertThat(where("places", p -> of(p).equals("Ain al-Assad")).get(0).get("name").asText())
                .isEqualTo("Al Asad Air Base");
    }

    @Test
    void datesComeFromThePublicationDateGivenOnTheCommandLine() {
        assertThat(seed.get("published").asText()).isEqualTo("2019-12-15");
        for (JsonNode e : seed.get("events")) {
            assertThat(e.get("date").asText()).isEqualTo("2019-12-15");
        }
    }
}
