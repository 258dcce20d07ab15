package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.herodotus.actors.ActorStage;
import org.herodotus.model.Actor;
import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Span;
import org.herodotus.nlp.ParseFilter;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Doc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events of the seed article, as its expected analysis lists them. */
class SeedArticleEventsTest {

    private static String text;
    private static Doc doc;
    private static Map<String, Actor> actors;

    @BeforeAll
    static void analyse() throws IOException {
        try (InputStream in = SeedArticleEventsTest.class.getResourceAsStream("/org/herodotus/extract/seed/article.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Article article = new Article("esper-iran-bases", null, null, null, LocalDate.of(2019, 12, 15), "en", text,
                List.of());
        ActorStage actorStage = new ActorStage();
        doc = actorStage.apply(SharedNlp.stage().apply(Doc.of(article)));
        doc = new EventStage(EventLexicon.builtin(), actorStage).apply(doc);
        actors = doc.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    }

    private static Event event(String type, String trigger) {
        return doc.events().stream()
                .filter(e -> e.event().equals(type) && e.trigger().of(text).equals(trigger))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " '" + trigger + "' in " + doc.events()));
    }

    private static List<String> names(List<String> ids) {
        return ids.stream().map(id -> actors.get(id).name()).toList();
    }

    private static List<String> countries(List<String> ids) {
        return ids.stream().map(id -> actors.get(id).country()).toList();
    }

    @Test
    void attacksOnUsBasesAreOneAssaultWithTheirNominalMentionsMerged() {
        Event attacks = doc.events().get(0);
        assertThat(attacks.event()).isEqualTo("ASSAULT");
        assertThat(countries(attacks.recipients())).containsExactly("USA");
        assertThat(attacks.recipients()).extracting(id -> actors.get(id).sector()).containsExactly("MIL");
        List<String> mentions = attacks.mentions().stream().map(s -> s.of(text)).toList();
        assertThat(mentions).hasSizeGreaterThanOrEqualTo(6).contains("attacks", "aggressions");
        // the title, "a wave of attacks on US military bases", "aggressions against American air bases",
        // "The attacks against US military bases", the analysts' "attacks on US military bases"
        assertThat(attacks.mentions()).anySatisfy(s -> assertThat(s.start()).isLessThan(60));
        assertThat(attacks.mentions()).anySatisfy(s -> assertThat(text.substring(s.start() - 8, s.start()))
                .isEqualTo("wave of "));
        // who did it is what the claims are about: the event does not pick a side
        assertThat(names(attacks.actors())).doesNotContain("Iran", "Kataib Hezbollah", "Islamic State");
        assertThat(attacks.quad()).isEqualTo(4);
        assertThat(attacks.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void esperAndAbdulMahdiConsultedByPhone() {
        Event call = event("CONSULT", "spoke");
        assertThat(call.mode()).isEqualTo("phone");
        assertThat(names(call.actors())).containsExactlyInAnyOrder("Mark Esper", "Adil Abdul-Mahdi");
        assertThat(call.mentions()).extracting(s -> s.of(text)).containsExactly("spoke", "telephone call");
    }

    @Test
    void unitedStatesSentReinforcements() {
        Event reinforcements = event("MOBILIZE", "sent");
        assertThat(reinforcements.mode()).isEqualTo("troops");
        assertThat(countries(reinforcements.actors())).containsExactly("USA");
    }

    @Test
    void esperAskedLocalPartners() {
        Event request = event("REQUEST", "asked");
        assertThat(names(request.actors())).containsExactly("Mark Esper");
        assertThat(names(request.recipients())).containsExactly("local partners");
        // local to where the article's events happen: Iraq
        assertThat(countries(request.recipients())).containsExactly("IRQ");
    }

    @Test
    void israelRaidsAndIsisAttacksAreEventsOfTheirOwn() {
        Event raids = event("ASSAULT", "raids");
        assertThat(countries(raids.actors())).containsExactly("ISR");
        Event isis = doc.events().stream()
                .filter(e -> e.event().equals("ASSAULT") && names(e.actors()).contains("Islamic State"))
                .findFirst().orElseThrow();
        assertThat(isis.recipients()).extracting(id -> actors.get(id).sector()).containsExactly("CVL", "MIL");
        assertThat(isis.sentence().of(text)).contains("have increased attacks on civilians and soldiers");
    }

    @Test
    void analystsPurposesAreNotCoded() {
        List<String> purposes = List.of("to create begin parallel actions", "to neutralize the drones",
                "Iran wants to carry out", "it aims to damage", "they must be neutralized");
        for (String p : purposes) {
            int start = text.indexOf(p);
            assertThat(start).isNotNegative();
            Span sentence = doc.parse().sentenceAt(start) == null ? null
                    : new Span(doc.parse().sentenceAt(start).start(), doc.parse().sentenceAt(start).end());
            assertThat(doc.events()).allSatisfy(e -> assertThat(e.mentions())
                    .noneMatch(m -> m.start() >= start && m.end() <= start + p.length() + 40)
                    .noneMatch(m -> sentence != null && sentence.contains(m) && !m.of(text).equals("attacks")));
        }
    }

    @Test
    void sixEventsAndNoMore() {
        assertThat(doc.events()).extracting(Event::event)
                .containsExactly("ASSAULT", "CONSULT", "REQUEST", "MOBILIZE", "ASSAULT", "ASSAULT");
    }

    @Test
    void undatedSentencesTakeThePublicationDateMarkedAsSuch() {
        assertThat(doc.events()).allSatisfy(e -> {
            assertThat(e.date()).isEqualTo("2019-12-15");
            assertThat(e.dateSource()).isEqualTo("published");
        });
    }

    @Test
    void parseFilterKeepsEverySentenceWithAnEvent() {
        ParseFilter filter = EventLexicon.builtin().parseFilter();
        assertThat(doc.events()).allSatisfy(e -> e.mentions().forEach(m ->
                assertThat(filter.needsParse(doc.parse().sentenceAt(m.start()))).isTrue()));
        long skipped = doc.parse().sentences().stream().filter(s -> !filter.needsParse(s)).count();
        assertThat(skipped).isGreaterThan(doc.parse().sentences().size() / 3);
    }
}
