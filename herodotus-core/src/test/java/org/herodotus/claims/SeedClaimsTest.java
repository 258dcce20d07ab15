package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.herodotus.actors.ActorStage;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.model.Certainty;
import org.herodotus.model.Claim;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claims 1–4 of the seed article's expected analysis: who blames whom, and how sure they are. */
class SeedClaimsTest {

    private static Analysis analysis;
    private static String text;

    @BeforeAll
    static void analyseSeed() throws IOException {
        text = seedArticle();
        Article article = new Article("seed", null, null, null, null, "en", text, List.of());
        analysis = new Pipeline(List.of(SharedNlp.stage(), new ActorStage(), new ClaimStage())).analyze(article);
    }

    /** The seed article (headline line included), shared with the actors tests. */
    static String seedArticle() throws IOException {
        try (InputStream in = SeedClaimsTest.class.getResourceAsStream("/org/herodotus/extract/seed/article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String actorName(String id) {
        return analysis.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse(null);
    }

    private static String of(Span s) {
        return s == null ? null : s.of(text);
    }

    private static String sourceText(Claim c) {
        return c.source() == null || c.source().start() == null ? null : text.substring(c.source().start(), c.source().end());
    }

    private static List<Claim> claims(Predicate<Claim> p) {
        return analysis.claims().stream().filter(p).toList();
    }

    @Test
    void attributesSuspicionToEsperAsPossibleOrProbable() {
        List<Claim> esper = claims(c -> "Esper".equals(sourceText(c)) && "Iran".equals(of(c.attributedSpan())));
        assertThat(esper).isNotEmpty();
        assertThat(esper).allSatisfy(c -> {
            assertThat(actorName(c.source().actor())).isEqualTo("Mark Esper");
            assertThat(actorName(c.attributedTo())).isEqualTo("Iran");
            assertThat(c.type()).isEqualTo(ClaimType.RESPONSIBILITY);
            assertThat(c.certainty()).isIn(Certainty.POSSIBLE, Certainty.PROBABLE);
        });
        assertThat(esper).anySatisfy(c -> assertThat(of(c.cue())).isIn("suspect", "suspicion"));
        // The quotation "My suspicion is ... most likely ... difficult to pin down" is hedged down to possible.
        assertThat(esper).anySatisfy(c -> {
            assertThat(of(c.content())).contains("most likely");
            assertThat(c.certainty()).isEqualTo(Certainty.POSSIBLE);
        });
    }

    @Test
    void hedgesInsideOneQuotationDoNotWeakenTheNextReportOfItsSentence() {
        // "“… most likely … difficult to pin down,” said Esper, who also spoke about the issue with
        // the Baghdad’s premier": the talk with the premier is reported as a fact.
        // no deed is claimed in it, so it is a quote
        List<Claim> spoke = analysis.quotes().stream().filter(c -> of(c.content()).contains("Baghdad’s premier")).toList();
        assertThat(spoke).isNotEmpty().allSatisfy(c -> assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED));
    }

    @Test
    void refutesTheIsisHypothesis() {
        List<Claim> isis = claims(c -> "Isis".equals(of(c.attributedSpan())) && of(c.content()).contains("work of Isis"));
        assertThat(isis).singleElement().satisfies(c -> {
            assertThat(c.certainty()).isEqualTo(Certainty.REFUTED);
            assertThat(c.type()).isEqualTo(ClaimType.RESPONSIBILITY);
            assertThat(actorName(c.attributedTo())).isEqualTo("Islamic State");
            assertThat(actorName(c.source().actor())).isEqualTo("Mark Esper");
            assertThat(of(c.cue())).isEqualTo("hypothesis");
        });
        assertThat(claims(c -> "Isis".equals(of(c.attributedSpan())) && c.certainty() != Certainty.REFUTED)).isEmpty();
    }

    @Test
    void militarySourcesRelayedByNprAssertKataibHezbollah() {
        List<Claim> kh = claims(c -> "Kataib Hezbollah".equals(of(c.attributedSpan())));
        assertThat(kh).hasSize(2).allSatisfy(c -> {
            assertThat(actorName(c.attributedTo())).isEqualTo("Kataib Hezbollah");
            assertThat(c.type()).isEqualTo(ClaimType.RESPONSIBILITY);
            assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
        });
        Claim colon = kh.get(0);
        Claim relayed = kh.get(1);
        assertThat(sourceText(colon)).isEqualTo("A military source");
        assertThat(sourceText(relayed)).isEqualTo("military sources");
        assertThat(of(relayed.cue())).isEqualTo("According to");
        assertThat(relayed.relay()).isNotNull();
        assertThat(text.substring(relayed.relay().start(), relayed.relay().end())).isEqualTo("NPR");
        assertThat(actorName(relayed.relay().actor())).isEqualTo("NPR");
        // Both anonymous sources are one anonymous military actor.
        assertThat(colon.source().actor()).isNotNull().isEqualTo(relayed.source().actor());
        Actor source = analysis.actors().stream().filter(a -> a.id().equals(colon.source().actor())).findFirst().orElseThrow();
        assertThat(source.name()).isEqualTo("military source");
        assertThat(source.sector()).isEqualTo("MIL");
    }

    @Test
    void analystsReadingOfTheMotiveIsAProbableStatement() {
        List<Claim> analysts = claims(c -> "several analysts".equals(sourceText(c)));
        assertThat(analysts).singleElement().satisfies(c -> {
            // The two parts the analysts announce are theirs: harassment, and the drones' command centres.
            assertThat(of(c.content())).startsWith("the objective of attacks on US military bases is twofold")
                    .contains("Iran wants to carry out parallel actions of harassment")
                    .endsWith("command and control centers of American drones");
            assertThat(c.type()).isEqualTo(ClaimType.STATEMENT);
            assertThat(c.certainty()).isEqualTo(Certainty.PROBABLE);
            assertThat(c.source().actor()).isNotNull();
        });
        assertThat(claims(c -> "wants".equals(of(c.cue())))).isEmpty();
    }

    @Test
    void seedAnalysisWithItsClaimsValidatesAgainstTheShippedSchema() throws Exception {
        String json = org.herodotus.json.AnalysisJson.toLine(analysis);
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(SeedClaimsTest.class.getResourceAsStream("/org/herodotus/json/analysis.schema.json"));
        assertThat(schema.validate(org.herodotus.json.AnalysisJson.mapper().readTree(json))).isEmpty();
        assertThat(json).contains("\"relay\":{\"start\"").contains("\"attributedSpan\":{\"start\"");
    }

    @Test
    void everyAttributedActorIsTheActorNamedByTheAttributedWords() {
        for (Claim c : analysis.claims()) {
            if (c.attributedTo() != null) {
                Actor a = analysis.actors().stream().filter(x -> x.id().equals(c.attributedTo())).findFirst().orElseThrow();
                assertThat(a.mentions()).anySatisfy(m -> assertThat(m.overlaps(c.attributedSpan())).isTrue());
            }
        }
    }

    @Test
    void passiveStatementCreditsEsperWithThePossibleIranHypothesis() {
        assertThat(claims(c -> of(c.content()).startsWith("There may be Iran and not Isis"))).singleElement()
                .satisfies(c -> {
                    assertThat(sourceText(c)).endsWith("Mark Esper");
                    assertThat(actorName(c.source().actor())).isEqualTo("Mark Esper");
                    assertThat(of(c.attributedSpan())).isEqualTo("Iran");
                    assertThat(c.certainty()).isEqualTo(Certainty.POSSIBLE);
                });
    }
}
