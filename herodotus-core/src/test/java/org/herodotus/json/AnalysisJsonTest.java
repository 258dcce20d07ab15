package org.herodotus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.model.Certainty;
import org.herodotus.model.Claim;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

    static final String TEXT = "A military source: the perpetrators are the militiamen of Kataib Hezbollah.";

    static Analysis sample() {
        Actor source = new Actor("a1", "military source", "USA", "MIL", List.of(new Span(2, 17)));
        Actor kh = new Actor("a2", "Kataib Hezbollah", "IRQ", "UAF", List.of(new Span(58, 74)));
        Place iraq = new Place("p1", "Iraq", 0, 0, 33.0, 44.0, "IRQ", null, "country");
        Event attack = new Event("e1", "ASSAULT", null, List.of(), List.of(), null, null, false,
                Modality.ASSERTED, 4, -9.0, new Span(23, 35), new Span(0, TEXT.length()), List.of("c1"));
        Claim claim = new Claim("c1", new Claim.Source(2, 17, "a1"), new Span(17, 18), new Span(19, 74),
                ClaimType.RESPONSIBILITY, Certainty.ASSERTED, "e1", "a2");
        return new Analysis("seed", "https://example.org/a", "Title", null, LocalDate.of(2019, 12, 14), "en",
                TEXT, List.of(source, kh), List.of(iraq), List.of(attack), List.of(claim), List.of());
    }

    static JsonSchema schema(String name) throws Exception {
        try (InputStream in = AnalysisJson.class.getResourceAsStream(name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void analysisLineValidatesAgainstTheShippedSchema() throws Exception {
        JsonNode json = AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        assertThat(schema("analysis.schema.json").validate(json)).isEmpty();
    }

    @Test
    void schemaRejectsAnAnalysisWithoutText() throws Exception {
        ObjectNode json = (ObjectNode) AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        json.remove("text");
        Set<ValidationMessage> problems = schema("analysis.schema.json").validate(json);
        assertThat(problems).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("text"));
    }

    @Test
    void schemaRejectsAnUnknownEventType() throws Exception {
        ObjectNode json = (ObjectNode) AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        ((ObjectNode) json.get("events").get(0)).put("event", "ATTACK");
        assertThat(schema("analysis.schema.json").validate(json)).isNotEmpty();
    }

    @Test
    void analysisSurvivesARoundTrip() throws Exception {
        Analysis a = sample();
        assertThat(AnalysisJson.parseAnalysis(AnalysisJson.toLine(a))).isEqualTo(a);
    }

    @Test
    void errorsAppearOnlyWhenSomethingWentWrong() throws Exception {
        JsonNode fine = AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        assertThat(fine.has("errors")).isFalse();
        assertThat(fine.get("byline").isNull()).isTrue();

        Article broken = Article.failed("x", null, "x.html: empty input");
        JsonNode line = AnalysisJson.mapper().readTree(AnalysisJson.toLine(broken));
        assertThat(line.get("errors").get(0).asText()).isEqualTo("x.html: empty input");
        assertThat(schema("article.schema.json").validate(line)).isEmpty();
    }

    @Test
    void notesAppearOnlyWhenTheTextWasChangedToAnalyseItAndSurviveARoundTrip() throws Exception {
        Analysis a = sample();
        assertThat(AnalysisJson.mapper().readTree(AnalysisJson.toLine(a)).has("notes")).isFalse();
        Analysis noted = new Analysis(a.id(), a.url(), a.title(), a.byline(), a.published(), a.language(), a.text(),
                a.bodyStart(), a.actors(), a.places(), a.events(), a.claims(), a.quotes(), List.of(),
                List.of("seed: 1 run of more than 120 words without a sentence end cut into sentences of at most 120"));
        JsonNode json = AnalysisJson.mapper().readTree(AnalysisJson.toLine(noted));
        assertThat(json.get("notes").get(0).asText()).startsWith("seed: 1 run of more than 120 words");
        assertThat(json.has("errors")).isFalse();
        assertThat(schema("analysis.schema.json").validate(json)).isEmpty();
        assertThat(AnalysisJson.parseAnalysis(AnalysisJson.toLine(noted))).isEqualTo(noted);
        assertThat(noted.withPublished(LocalDate.of(2020, 1, 1)).notes()).isEqualTo(noted.notes());
    }

    @Test
    void bodyStartIsWrittenAndReadBack() throws Exception {
        String headline = "Militia blamed for rocket attack";
        Analysis a = sample();
        Analysis headed = new Analysis(a.id(), a.url(), headline, null, a.published(), a.language(),
                headline + "\n\n" + TEXT, headline.length() + 2, List.of(), List.of(), List.of(), List.of(), List.of());
        JsonNode json = AnalysisJson.mapper().readTree(AnalysisJson.toLine(headed));
        assertThat(json.get("bodyStart").asInt()).isEqualTo(headline.length() + 2);
        assertThat(json.has("body")).as("the body is text from bodyStart on, not a field").isFalse();
        assertThat(schema("analysis.schema.json").validate(json)).isEmpty();
        assertThat(AnalysisJson.parseAnalysis(AnalysisJson.toLine(headed))).isEqualTo(headed);
    }

    @Test
    void anAnalysisWrittenBeforeBodyStartExistedReadsAsAllBody() throws Exception {
        ObjectNode json = (ObjectNode) AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        json.remove("bodyStart");
        assertThat(AnalysisJson.parseAnalysis(json.toString()).bodyStart()).isZero();
    }

    @Test
    void claimTypeAndCertaintyAreWrittenAsTheirLowerCaseWords() throws Exception {
        JsonNode claim = AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample())).get("claims").get(0);
        assertThat(claim.get("type").textValue()).isEqualTo("responsibility");
        assertThat(claim.get("certainty").textValue()).isEqualTo("asserted");
    }

    @Test
    void everyClaimTypeAndCertaintyReadsBackAsItself() throws Exception {
        Claim c = sample().claims().get(0);
        for (ClaimType type : ClaimType.values()) {
            for (Certainty certainty : Certainty.values()) {
                Claim other = new Claim(c.id(), c.source(), c.cue(), c.content(), type, certainty, c.event(),
                        c.attributedTo());
                String line = AnalysisJson.toLine(other);
                assertThat(line).contains("\"type\":\"" + type.value() + "\"", "\"certainty\":\"" + certainty.value() + "\"");
                assertThat(AnalysisJson.mapper().readValue(line, Claim.class)).isEqualTo(other);
            }
        }
    }

    @Test
    void anUnknownCertaintyIsAnErrorNamingIt() throws Exception {
        ObjectNode json = (ObjectNode) AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        ((ObjectNode) json.get("claims").get(0)).put("certainty", "sure");
        assertThatThrownBy(() -> AnalysisJson.parseAnalysis(json.toString()))
                .isInstanceOf(IOException.class).hasMessageContaining("\"sure\"")
                .hasMessageContaining("unknown certainty 'sure' (expected one of asserted, probable, possible, denied, refuted)");
    }

    @Test
    void anUnknownClaimTypeIsAnErrorNamingIt() throws Exception {
        ObjectNode json = (ObjectNode) AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        ((ObjectNode) json.get("claims").get(0)).put("type", "rumour");
        assertThatThrownBy(() -> AnalysisJson.parseAnalysis(json.toString()))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown claim type 'rumour'");
    }

    @Test
    void everyModalityIsWrittenAsItsWordAndReadsBackAsItself() throws Exception {
        Event e = sample().events().get(0);
        for (Modality modality : Modality.values()) {
            Event other = new Event(e.id(), e.event(), e.mode(), e.actors(), e.recipients(), e.place(), e.date(),
                    e.negated(), modality, e.quad(), e.intensity(), e.trigger(), e.sentence(), e.claims());
            String line = AnalysisJson.toLine(other);
            assertThat(line).contains("\"modality\":\"" + modality.name().toLowerCase(Locale.ROOT) + "\"");
            assertThat(AnalysisJson.mapper().readValue(line, Event.class)).isEqualTo(other);
        }
    }

    @Test
    void anUnknownModalityIsAnErrorNamingIt() throws Exception {
        ObjectNode json = (ObjectNode) AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        ((ObjectNode) json.get("events").get(0)).put("modality", "likely");
        assertThatThrownBy(() -> AnalysisJson.parseAnalysis(json.toString())).isInstanceOf(IOException.class)
                .hasMessageContaining("unknown modality 'likely' (expected one of asserted, future, hypothetical, intended)");
    }

    @Test
    void aNullModalityIsWrittenAndReadAsNull() throws Exception {
        ObjectNode json = (ObjectNode) AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        ((ObjectNode) json.get("events").get(0)).putNull("modality");
        Analysis read = AnalysisJson.parseAnalysis(json.toString());
        assertThat(read.events().get(0).modality()).isNull();
        assertThat(AnalysisJson.toLine(read)).contains("\"modality\":null");
        assertThat(schema("analysis.schema.json").validate(AnalysisJson.mapper().readTree(AnalysisJson.toLine(read))))
                .isEmpty();
    }

    @Test
    void aNullCertaintyReadsAsNull() throws Exception {
        ObjectNode json = (ObjectNode) AnalysisJson.mapper().readTree(AnalysisJson.toLine(sample()));
        ((ObjectNode) json.get("claims").get(0)).putNull("certainty");
        assertThat(AnalysisJson.parseAnalysis(json.toString()).claims().get(0).certainty()).isNull();
    }

    @Test
    void publishedDateIsWrittenAsIsoDate() {
        assertThat(AnalysisJson.toLine(sample())).contains("\"published\":\"2019-12-14\"");
    }
}
