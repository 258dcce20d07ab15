package org.herodotus.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Article;
import org.herodotus.model.Span;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Doc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The actors of the seed article, as the expected analysis lists them. */
class SeedArticleActorsTest {

    private static String text;
    private static ActorStage stage;
    private static Doc doc;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = SeedArticleActorsTest.class.getResourceAsStream("/org/herodotus/extract/seed/article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        stage = new ActorStage();
        Article article = new Article("esper-iran-bases", null, null, null, LocalDate.of(2019, 12, 15), "en", text, List.of());
        doc = stage.apply(SharedNlp.stage().apply(Doc.of(article)));
    }

    private static Actor named(String name) {
        return doc.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + " in " + doc.actors()));
    }

    private static List<String> mentions(Actor a) {
        return a.mentions().stream().map(m -> m.of(text)).toList();
    }

    @Test
    void resolvesEsperAsUsGovernmentThroughTitlesSurnameAndPronouns() {
        Actor esper = named("Mark Esper");
        assertThat(esper.country()).isEqualTo("USA");
        assertThat(esper.sector()).isEqualTo("GOV");
        assertThat(mentions(esper)).contains("Esper", "US Secretary of Defense (DoD), Mark Esper",
                "US DoD secretary", "he", "his");
    }

    @Test
    void resolvesKataibHezbollahAsIraqiMilitia() {
        Actor kh = named("Kataib Hezbollah");
        assertThat(kh.country()).isEqualTo("IRQ");
        assertThat(kh.sector()).isIn("UAF", "REB");
        assertThat(mentions(kh)).contains("Kataib Hezbollah", "a militia");
    }

    @Test
    void resolvesAbdulMahdiAsIraqiGovernmentFromBaghdadsPremier() {
        Actor pm = named("Adil Abdul-Mahdi");
        assertThat(pm.country()).isEqualTo("IRQ");
        assertThat(pm.sector()).isEqualTo("GOV");
        assertThat(mentions(pm)).anyMatch(m -> m.startsWith("Baghdad") && m.endsWith("Adil Abdul-Mahdi"));
    }

    @Test
    void mergesEveryNameOfIslamicStateIntoOneActor() {
        Actor isis = named("Islamic State");
        assertThat(mentions(isis)).contains("Isis", "ISIS", "Islamic State", "Daesh");
        assertThat(isis.sector()).isEqualTo("REB");
        assertThat(doc.actors().stream().filter(a -> mentions(a).contains("Daesh"))).hasSize(1);
    }

    @Test
    void mergesIranTehranAndTheIslamicRepublicAsIranianGovernment() {
        Actor iran = named("Iran");
        assertThat(iran.country()).isEqualTo("IRN");
        assertThat(iran.sector()).isEqualTo("GOV");
        assertThat(mentions(iran)).contains("Iran", "Tehran", "the Islamic Republic");
    }

    @Test
    void resolvesOtherActorsOfTheArticle() {
        assertThat(named("NPR")).extracting(Actor::country, Actor::sector).containsExactly("USA", "JRN");
        assertThat(named("Popular Mobilization Forces").country()).isEqualTo("IRQ");
        assertThat(mentions(named("Popular Mobilization Forces"))).contains("PMF", "al-Shaabi");
        assertThat(named("Iraqi Security Forces").country()).isEqualTo("IRQ");
        assertThat(named("Israel").country()).isEqualTo("ISR");
        assertThat(named("United States").country()).isEqualTo("USA");
        assertThat(mentions(named("United States"))).contains("American", "United States");
        Actor soldiers = doc.actorAt(text.indexOf("US soldiers"), text.indexOf("US soldiers") + "US soldiers".length());
        assertThat(soldiers).extracting(Actor::country, Actor::sector).containsExactly("USA", "MIL");
        // the bases are the US military's: the same actor as its soldiers
        int bases = text.indexOf("US military bases");
        assertThat(doc.actorAt(bases, bases + "US military bases".length())).isEqualTo(soldiers);
        int airBases = text.indexOf("American air bases");
        assertThat(doc.actorAt(airBases, airBases + "American air bases".length())).isEqualTo(soldiers);
    }

    @Test
    void keepsPlacesThatAreNotActorsOut() {
        assertThat(doc.actors()).noneMatch(a -> a.name().contains("Assad") || a.name().equals("Middle Eastern"));
        int airport = text.indexOf("Baghdad international airport");
        assertThat(doc.actorAt(airport, airport + "Baghdad".length())).isNull();
    }

    @Test
    void resolvesAnUnknownSpanToANewActorFromItsWords() {
        int at = text.indexOf("Baghdad international airport");
        SpanResolver.Resolution r = stage.resolve(doc, at, at + "Baghdad international airport".length());
        assertThat(r.actor().country()).isEqualTo("IRQ");
        assertThat(r.doc().actors()).hasSize(doc.actors().size() + 1).contains(r.actor());
        assertThat(r.actor().mentions()).containsExactly(new Span(at, at + "Baghdad international airport".length()));
        int source = text.indexOf("A military source");
        SpanResolver.Resolution known = stage.resolve(doc, source, source + "A military source".length());
        assertThat(known.doc()).isSameAs(doc);
        assertThat(known.actor().sector()).isEqualTo("MIL");
    }

    @Test
    void marksDescriptionsAsGenericAndNamesAsNot() {
        assertThat(named("Kataib Hezbollah").generic()).isFalse();
        assertThat(named("Mark Esper").generic()).isFalse();
        assertThat(named("Iran").generic()).isFalse();
        int militia = text.indexOf("pro-Iran militia");
        assertThat(doc.actorAt(militia, militia + "pro-Iran militia".length()).generic()).isTrue();
        int source = text.indexOf("A military source");
        assertThat(doc.actorAt(source, source + "A military source".length()).generic()).isTrue();
        int soldiers = text.indexOf("US soldiers");
        SpanResolver.Resolution r = stage.resolve(doc, soldiers, soldiers + "US soldiers".length());
        assertThat(r.actor().generic()).isTrue();
    }
}
