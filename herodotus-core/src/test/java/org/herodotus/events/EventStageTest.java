package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.herodotus.actors.ActorStage;
import org.herodotus.model.Actor;
import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Doc;
import org.junit.jupiter.api.Test;

class EventStageTest {

    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage(EventLexicon.builtin(), ACTORS);
    private static final LocalDate WEDNESDAY = LocalDate.of(2019, 12, 18);

    private static Doc code(String text, LocalDate published) {
        Article article = new Article("t", null, null, null, published, "en", text, List.of());
        Doc doc = SharedNlp.stage().apply(Doc.of(article));
        doc = ACTORS.apply(doc);
        return EVENTS.apply(doc);
    }

    /** The countries of the actors {@code ids}, as users see them. */
    private static List<String> names(Doc doc, List<String> ids) {
        Map<String, String> byId = doc.actors().stream()
                .collect(Collectors.toMap(Actor::id, a -> String.valueOf(a.country())));
        return ids.stream().map(byId::get).toList();
    }

    @Test
    void codesShootingWithActorRecipientModeAndDate() {
        Doc doc = code("Israeli troops opened fire on Palestinian protesters in Gaza on Monday.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("ASSAULT");
            assertThat(e.mode()).isEqualTo("firearms");
            assertThat(names(doc, e.actors())).containsExactly("ISR");
            assertThat(names(doc, e.recipients())).containsExactly("PSE");
            assertThat(e.trigger().of(doc.text())).isEqualTo("opened fire");
            assertThat(e.quad()).isEqualTo(4);
            assertThat(e.intensity()).isEqualTo(-9.3);
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(e.negated()).isFalse();
            // "on Monday", said on a Wednesday about something done: the Monday before
            assertThat(e.date()).isEqualTo("2019-12-16");
            assertThat(e.dateSource()).isEqualTo("text");
            assertThat(e.sentence().of(doc.text())).startsWith("Israeli troops").endsWith("Monday.");
        });
    }

    @Test
    void repeatedMentionsOfAnAttackBecomeOneEvent() {
        Doc doc = code("Hezbollah attacked the US embassy in Beirut. The attack on the embassy lasted an hour. "
                + "Washington said the attack was planned in Syria.", WEDNESDAY);
        List<Event> assaults = doc.events().stream().filter(e -> e.event().equals("ASSAULT")).toList();
        assertThat(assaults).singleElement().satisfies(e -> {
            assertThat(names(doc, e.actors())).containsExactly("LBN");
            assertThat(e.mentions()).hasSize(3);
            assertThat(e.mentions()).extracting(s -> s.of(doc.text())).containsExactly("attacked", "attack", "attack");
            assertThat(e.trigger()).isEqualTo(e.mentions().get(0));
        });
    }

    @Test
    void anEventTheHeadlineAndTheBodyNameTakesItsTriggerFromTheBody() {
        String headline = "Hezbollah attack on US embassy";
        Article article = new Article("t", null, headline, null, WEDNESDAY, "en",
                "Hezbollah attacked the US embassy in Beirut on Monday. The attack lasted an hour.", List.of());
        Doc doc = EVENTS.apply(ACTORS.apply(SharedNlp.stage().apply(Doc.of(article))));
        assertThat(doc.bodyStart()).isEqualTo(headline.length() + 2);
        List<Event> assaults = doc.events().stream().filter(e -> e.event().equals("ASSAULT")).toList();
        assertThat(assaults).singleElement().satisfies(e -> {
            assertThat(e.mentions()).extracting(s -> s.of(doc.text())).containsExactly("attack", "attacked", "attack");
            assertThat(e.mentions().get(0).end()).isLessThanOrEqualTo(doc.bodyStart());
            assertThat(e.trigger()).isEqualTo(e.mentions().get(1));
            assertThat(e.sentence().of(doc.text())).startsWith("Hezbollah attacked");
            assertThat(e.date()).isEqualTo("2019-12-16");
        });
    }

    @Test
    void teachersWhoWentOnStrikeProtest() {
        Doc doc = code("French teachers went on strike on Monday.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("PROTEST");
            assertThat(e.mode()).isEqualTo("strike");
            assertThat(names(doc, e.actors())).containsExactly("FRA");
        });
    }

    @Test
    void aGroupThatStruckIsNotOnStrike() {
        Doc doc = code("A spokesman for the Houthis said the group had struck \"military supplies stored by the aggressors\".",
                WEDNESDAY);
        assertThat(doc.events()).extracting(Event::event).doesNotContain("PROTEST");
    }

    @Test
    void purposesAndWishesAreNotCoded() {
        Doc doc = code("Iran wants to attack American bases in Iraq. Syria moved troops to the border to attack Turkey.",
                WEDNESDAY);
        assertThat(doc.events()).extracting(Event::event).containsExactly("MOBILIZE");
        assertThat(names(doc, doc.events().get(0).actors())).containsExactly("SYR");
    }

    @Test
    void promisedAidIsCodedAsAgreement() {
        Doc doc = code("Finland promised to give Tanzania a grant of 580 million shillings next year.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("AGREE");
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(names(doc, e.actors())).containsExactly("FIN");
            assertThat(names(doc, e.recipients())).containsExactly("TZA");
            assertThat(e.quad()).isEqualTo(1);
        });
    }

    @Test
    void announcedAidKeepsItsTypeAndIsFuture() {
        Doc doc = code("Finland will give Tanzania a grant of 580 million shillings next year.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("AID");
            assertThat(e.modality()).isEqualTo(Modality.FUTURE);
            assertThat(names(doc, e.actors())).containsExactly("FIN");
            assertThat(names(doc, e.recipients())).containsExactly("TZA");
        });
    }

    @Test
    void threatenedInvasionIsCodedAsThreatOfViolence() {
        Doc doc = code("Turkey threatened to invade Syria if the Kurdish forces do not withdraw.", WEDNESDAY);
        // the withdrawal the condition names is coded too, negated
        assertThat(doc.events().stream().filter(e -> !e.negated())).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("THREATEN");
            assertThat(e.mode()).isEqualTo("violence");
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(names(doc, e.actors())).containsExactly("TUR");
            assertThat(names(doc, e.recipients())).containsExactly("SYR");
        });
    }

    @Test
    void announcedInvasionIsAFutureAssault() {
        Doc doc = code("Turkey said it would invade Syria next month.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("ASSAULT");
            assertThat(e.modality()).isEqualTo(Modality.FUTURE);
            assertThat(names(doc, e.actors())).containsExactly("TUR");
            assertThat(names(doc, e.recipients())).containsExactly("SYR");
        });
    }

    @Test
    void eventInsideAConditionIsHypothetical() {
        Doc doc = code("If Russia invades Ukraine, the alliance will respond.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("ASSAULT");
            assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL);
        });
    }

    @Test
    void negatedEventIsFlagged() {
        Doc doc = code("Russia has not sent troops to Belarus.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("MOBILIZE");
            assertThat(e.negated()).isTrue();
        });
    }

    @Test
    void urgingIsARequestAndWhatIsUrgedIsNotAnEvent() {
        Doc doc = code("Germany urged Iran to release the British sailors.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("REQUEST");
            assertThat(names(doc, e.actors())).containsExactly("DEU");
            assertThat(names(doc, e.recipients())).containsExactly("IRN");
        });
    }

    @Test
    void phoneCallMakesBothSidesActors() {
        Doc doc = code("Putin telephoned Macron to discuss the gas dispute.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("CONSULT");
            assertThat(e.mode()).isEqualTo("phone");
            assertThat(names(doc, e.actors())).containsExactlyInAnyOrder("RUS", "FRA");
            assertThat(e.recipients()).isEmpty();
        });
    }

    @Test
    void dateFallsBackToPublicationAndIsNullWithoutOne() {
        Doc dated = code("Hezbollah attacked the embassy.", WEDNESDAY);
        assertThat(dated.events().get(0).date()).isEqualTo("2019-12-18");
        assertThat(dated.events().get(0).dateSource()).isEqualTo("published");
        Doc undated = code("Hezbollah attacked the embassy.", null);
        assertThat(undated.events().get(0).date()).isNull();
        assertThat(undated.events().get(0).dateSource()).isNull();
    }

    @Test
    void bombingWhoseVictimsHaveNoCountryIsStillOneEvent() {
        Doc doc = code("A bomb exploded near a market and killed several people.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("ASSAULT");
            assertThat(e.mode()).isEqualTo("explosives");
            assertThat(e.actors()).isEmpty();
        });
    }

    @Test
    void theTollOfABombingIsPartOfTheBombingNotASecondAttack() {
        Doc doc = code("A car bomb exploded near a police station in Kirkuk on Monday. "
                + "Seven Iraqi policemen were killed and twelve were wounded.", WEDNESDAY);
        assertThat(doc.events().stream().filter(e -> e.event().equals("ASSAULT"))).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(s -> s.of(doc.text()))
                        .contains("exploded", "killed"));
    }

    @Test
    void aDeathWithNoAttackNearbyIsAnEventOfItsOwn() {
        Doc doc = code("Two Turkish soldiers were killed in the south-east on Monday. "
                + "The minister said the army would stay. Ankara later recalled its ambassador to Vienna.",
                WEDNESDAY);
        assertThat(doc.events()).extracting(Event::event).contains("ASSAULT");
    }

    @Test
    void aPrisonerReleasedByUnnamedCaptorsIsARetreat() {
        Doc doc = code("Chinese dissident Wang Dan was released from a labour camp in Beijing on Monday.", WEDNESDAY);
        assertThat(doc.events()).extracting(Event::event).containsExactly("RETREAT");
        assertThat(doc.events().get(0).mode()).isEqualTo("release");
    }

    @Test
    void anArrestOfSomeoneTheTextGivesNoCountryIsStillCoded() {
        Doc doc = code("Police arrested a lawyer outside the court on Tuesday.", WEDNESDAY);
        assertThat(doc.events()).extracting(Event::event).containsExactly("COERCE");
    }

    @Test
    void besiegingATownRestrictsItRatherThanAssaultingIt() {
        Doc doc = code("Syrian government forces besieged the town of Madaya in January.", WEDNESDAY);
        assertThat(doc.events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("COERCE");
            assertThat(e.mode()).isEqualTo("restrict");
        });
    }
}
