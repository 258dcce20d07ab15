package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

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

/** Event coding of the ways news prose tells events: who counts as a doer, what is no event. */
class NewsEventCodingTest {

    private static final ActorStage ACTORS = new ActorStage();
    private static final EventStage EVENTS = new EventStage(EventLexicon.builtin(), ACTORS);

    private static Doc code(String text) {
        Article article = new Article("t", null, null, null, LocalDate.of(2021, 3, 10), "en", text, List.of());
        return EVENTS.apply(ACTORS.apply(SharedNlp.stage().apply(Doc.of(article))));
    }

    private static Doc code(String headline, String text) {
        Article article = new Article("t", null, headline, null, LocalDate.of(2021, 3, 10), "en", text, List.of());
        return EVENTS.apply(ACTORS.apply(SharedNlp.stage().apply(Doc.of(article))));
    }

    private static List<String> types(Doc doc) {
        return doc.events().stream().filter(e -> !e.negated()).map(Event::event).toList();
    }

    private static List<Event> ofType(Doc doc, String type) {
        return doc.events().stream().filter(e -> e.event().equals(type)).toList();
    }

    private static List<String> countries(Doc doc, List<String> ids) {
        Map<String, String> byId = doc.actors().stream()
                .collect(Collectors.toMap(Actor::id, a -> String.valueOf(a.country())));
        return ids.stream().map(byId::get).toList();
    }

    @Test
    void aDoerWithoutACountryStillMakesTheEvent() {
        Doc doc = code("Village elders thanked the soldiers for restoring calm to the valley.");
        assertThat(types(doc)).contains("SUPPORT");
    }

    @Test
    void aFiniteVerbHungFromItsSubjectStillHasThatSubjectAsDoer() {
        // the parser reads "fired" as a reduced relative on "bodyguards"
        Doc doc = code("Three people were wounded in Tripoli on Sunday after bodyguards loyal to the Libyan "
                + "minister's brother fired at a crowd of protesters.");
        Event fired = ofType(doc, "ASSAULT").get(0);
        assertThat(countries(doc, fired.actors())).containsExactly("LBY");
    }

    @Test
    void aPromiseOfAnEventWithoutAModeIsCodedWithoutFailing() {
        // a future "take" + place is promised coercion, whose mode carries over: here there is none
        assertThatCode(() -> code("The minister said the opposition party will take France backwards."))
                .doesNotThrowAnyException();
    }

    @Test
    void thePossessorOfAnArrestIsTheOneArrestedUnlessAnOfPhraseNamesThem() {
        Doc doc = code("Dissident writer Li Ming's arrest in Shanghai drew protests from rights groups. "
                + "The army's arrest of the mayor of Kidal angered residents.");
        List<Event> arrests = ofType(doc, "COERCE");
        assertThat(arrests).hasSize(2);
        Map<String, String> names = doc.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
        assertThat(arrests.get(0).actors()).extracting(names::get).doesNotContain("Li Ming");
        assertThat(arrests.get(0).recipients()).extracting(names::get).contains("Li Ming");
        assertThat(arrests.get(1).actors()).extracting(names::get).anySatisfy(n -> assertThat(n).containsIgnoringCase("army"));
    }

    @Test
    void theAccusedDidTheDeedTheAccusationNames() {
        Doc doc = code("The former commander is accused of torture by two former prisoners.");
        List<Event> assaults = ofType(doc, "ASSAULT");
        assertThat(assaults).hasSize(1);
        Map<String, String> names = doc.actors().stream().collect(Collectors.toMap(Actor::id, Actor::name));
        assertThat(assaults.get(0).actors()).extracting(names::get).anySatisfy(n -> assertThat(n).contains("commander"));
        Doc active = code("Villagers accused the militia of the killing of three farmers.");
        assertThat(countries(active, ofType(active, "ASSAULT").get(0).actors())).isNotEmpty();
    }

    @Test
    void anOrderIsNoRequest() {
        Doc doc = code("The governor ordered the police to clear the square before dawn.");
        assertThat(types(doc)).doesNotContain("REQUEST");
    }

    @Test
    void peopleReleasedFromPrisonAreAReleaseEvenNamedByAPronounOrAQuantity() {
        assertThat(types(code("Kenyan police said most of the students were released on Sunday.")))
                .contains("RETREAT");
        assertThat(types(code("Egypt freed him from prison after eleven months, his lawyer said.")))
                .contains("RETREAT");
    }

    @Test
    void seizingATownOrControlIsCoercion() {
        assertThat(types(code("Houthi fighters seized the town of Marib on Tuesday."))).contains("COERCE");
        assertThat(types(code("Government troops took control of the airport after two days."))).contains("COERCE");
    }

    @Test
    void lootingIsCoercionAndSeizingAnAirlinerIsAnAbduction() {
        assertThat(ofType(code("Armed men looted shops in the centre of Goma, residents said."), "COERCE"))
                .extracting(Event::mode).contains("confiscate");
        assertThat(ofType(code("Four gunmen seized an Ethiopian airliner over Somalia."), "ASSAULT"))
                .extracting(Event::mode).contains("abduct");
    }

    @Test
    void aCrowdGatheringIsAProtest() {
        Doc doc = code("Hundreds of supporters gathered outside the court in Seoul, waving flags.");
        assertThat(types(doc)).contains("PROTEST");
    }

    @Test
    void anArrestWhoseAgentIsUnsaidWasMadeByTheAuthoritiesOfTheStorysCountry() {
        Doc doc = code("The Chinese dissident Li Wen was arrested in Shanghai on Monday. "
                + "China has jailed several activists this year.");
        assertThat(ofType(doc, "COERCE")).first().satisfies(e -> {
            assertThat(countries(doc, e.actors())).containsExactly("CHN");
            Actor a = doc.actors().stream().filter(x -> x.id().equals(e.actors().get(0))).findFirst().orElseThrow();
            assertThat(a.name()).isEqualTo("authorities");
            assertThat(a.mentions()).isEmpty();
        });
    }

    @Test
    void anArrestWithANamedAgentKeepsIt() {
        Doc doc = code("French police arrested two men in Marseille on Monday.");
        assertThat(ofType(doc, "COERCE")).singleElement().satisfies(e ->
                assertThat(doc.actors().stream().filter(a -> e.actors().contains(a.id())).map(Actor::name))
                        .doesNotContain("authorities"));
    }

    @Test
    void aQuestionPutToTheSpeakerIsNoRequestOfTheSpeaker() {
        Doc doc = code("Asked about the border talks, the Indian foreign minister said nothing.");
        assertThat(types(doc)).doesNotContain("REQUEST");
    }

    @Test
    void anAccusationWithoutItsAccuserIsNoEvent() {
        assertThat(types(code("The mayor of Lagos is accused of taking bribes from a builder."))).doesNotContain("ACCUSE");
        assertThat(types(code("The opposition accused the mayor of Lagos of taking bribes."))).contains("ACCUSE");
    }

    @Test
    void executingAWarrantOrAbusingPowerIsNoAssault() {
        assertThat(types(code("Detectives executed a search warrant at a house in Leeds on Monday.")))
                .doesNotContain("ASSAULT");
        assertThat(types(code("The court found that the former president abused her power.")))
                .doesNotContain("ASSAULT");
    }

    @Test
    void anEventDatedYearsBeforeTheArticleIsBackgroundHistory() {
        assertThat(types(code("Police arrested the writer Li Wen in 2012 for his essays."))).doesNotContain("COERCE");
        assertThat(types(code("Police arrested the writer Li Wen on Monday for his essays."))).contains("COERCE");
    }

    @Test
    void withoutAPublicationDateTheLatestDayTheArticleNamesTellsHistoryFromNews() {
        Article article = new Article("t", null, null, null, null, "en",
                "BEIJING 2019-08-31 Police arrested the writer Li Wen on Friday. He was first jailed in 2009 "
                        + "for his essays.", List.of());
        Doc doc = EVENTS.apply(ACTORS.apply(SharedNlp.stage().apply(Doc.of(article))));
        assertThat(doc.events()).extracting(e -> e.trigger().of(doc.text())).contains("arrested")
                .doesNotContain("jailed");
    }

    @Test
    void reservingTheRightToHitBackIsAThreat() {
        assertThat(types(code("Pakistan said it reserved the right to respond to any Indian strike."))).contains("THREATEN");
    }

    @Test
    void theHeadlineAndTheBodyTellingOneEventInOtherWordsGiveOneEvent() {
        Doc doc = code("Police detain opposition leader in Lagos",
                "Nigerian police have detained opposition leader Adamu Bello, his party said on Friday.");
        assertThat(ofType(doc, "COERCE")).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void anEventToldOnlyInTheHeadlineStays() {
        Doc doc = code("Rebels attack army post in the north",
                "The government said it would send more troops to the region next month.");
        assertThat(types(doc)).contains("ASSAULT");
    }

    @Test
    void theTollOfAnAttackToldWithItsDoersIsPartOfTheAttack() {
        Doc doc = code("Gunmen attacked a bus near the border on Sunday, killing four passengers and wounding six, police said.");
        assertThat(ofType(doc, "ASSAULT")).hasSize(1);
    }

    @Test
    void dealsFilmsAndCorruptionAreNoAssault() {
        assertThat(types(code("The minister struck a deal with the unions on Monday."))).doesNotContain("ASSAULT");
        assertThat(types(code("The new governor promised to fight corruption in the ports."))).doesNotContain("ASSAULT");
        assertThat(types(code("Most of the film was shot in Dublin last summer."))).doesNotContain("ASSAULT");
    }

    @Test
    void aYearHungOnTheSubjectStillDatesTheDeedAsHistory() {
        assertThat(types(code("South Korea in 1993 unconditionally repatriated a northern partisan jailed for decades.")))
                .doesNotContain("RETREAT");
        assertThat(types(code("South Korea on Friday repatriated a northern partisan jailed for decades.")))
                .contains("RETREAT");
    }

    @Test
    void aNounTheTaggerCallsAnAdjectiveStillUndergoesTheArrest() {
        // "corporal" after "the" is tagged as an adjective, though it is the subject
        Doc doc = code("Police in the town of Enugu said the corporal had been arrested on Tuesday.");
        assertThat(types(doc)).contains("COERCE");
    }

    @Test
    void backingFromACountryIsThatCountrysSupport() {
        Doc doc = code("Mali has received strong backing from France and its allies in Europe.");
        Event backing = ofType(doc, "SUPPORT").get(0);
        assertThat(countries(doc, backing.actors())).contains("FRA");
    }

    @Test
    void theExpulsionOfDiplomatsFromACountryIsThatCountrysSanctionOnTheirs() {
        Doc doc = code("The row led to the expulsion of Iranian diplomats from Albania on Wednesday.");
        Event expulsion = ofType(doc, "SANCTION").get(0);
        assertThat(countries(doc, expulsion.actors())).contains("ALB");
        assertThat(countries(doc, expulsion.recipients())).contains("IRN");
    }

    @Test
    void askingAQuestionIsNoRequest() {
        assertThat(types(code("The Kremlin spokesman asked why the reporters had waited two years to complain.")))
                .doesNotContain("REQUEST");
        assertThat(types(code("The Kremlin spokesman asked the reporters to leave the building.")))
                .contains("REQUEST");
    }

    @Test
    void aGroupToldOfBeforeUndergoesTheAct() {
        // "most" names no actor, but it is who was released: the release happened
        Doc doc = code("Police in Lagos detained 40 protesters on Sunday. Most were released on Monday, "
                + "a lawyer said.");
        assertThat(types(doc)).contains("COERCE", "RETREAT");
    }

    @Test
    void aMeetingToldBeforeTheReportingTailKeepsItsCounterpart() {
        // the parser reads "Nyerere …, the ministry" as two subjects of "said", leaving "met" bare
        Doc doc = code("Italian Foreign Minister Lamberto Dini on Saturday met former Tanzanian president "
                + "Julius Nyerere, the international negotiator for Burundi, the ministry said.");
        Event meeting = ofType(doc, "CONSULT").get(0);
        assertThat(countries(doc, meeting.actors())).contains("ITA", "TZA");
    }

    @Test
    void theOnesCalledOnToActReceiveTheRequest() {
        Doc doc = code("Iran's foreign minister called on Turkey to close its border with Iraq.");
        Event request = ofType(doc, "REQUEST").get(0);
        assertThat(countries(doc, request.actors())).contains("IRN");
        assertThat(countries(doc, request.recipients())).contains("TUR");
    }

    @Test
    void meetingsOfOneEnvoyWithDifferentCounterpartsAreDifferentMeetings() {
        Doc doc = code("Kenyan envoy Daniel Moi met Egyptian President Hosni Mubarak in Cairo on Monday. "
                + "Moi also held talks with Sudanese Foreign Minister Ali Osman Taha.");
        assertThat(ofType(doc, "CONSULT")).hasSize(2);
    }

    @Test
    void aRaidByThePoliceIsCoercionNotAnAttack() {
        assertThat(types(code("Police raided the offices of an opposition newspaper in Harare on Tuesday.")))
                .contains("COERCE").doesNotContain("ASSAULT");
        assertThat(types(code("Rebels raided an army post near the border on Tuesday.")))
                .contains("ASSAULT");
    }

    @Test
    void surrendersAndAgreementsReachedAreEvents() {
        assertThat(types(code("Hundreds of rebel fighters surrendered to the Colombian army on Friday.")))
                .contains("RETREAT");
        assertThat(types(code("The Sudanese government reached an agreement with the southern rebels in Nairobi.")))
                .contains("AGREE");
    }

    @Test
    void aVisitOrACallToOnesFamilyIsNoConsultation() {
        assertThat(types(code("The Kenyan foreign minister visited her father in Mombasa on Sunday.")))
                .doesNotContain("CONSULT");
        assertThat(types(code("The Kenyan foreign minister visited Uganda's president in Kampala on Sunday.")))
                .contains("CONSULT");
    }

    @Test
    void aTextThatCallsForSomethingAndASpeakerBindingItselfAskNoOne() {
        assertThat(types(code("The draft constitution calls for a two-chamber parliament in Minsk.")))
                .doesNotContain("REQUEST");
        assertThat(types(code("The Chinese commerce ministry said it must adopt new countermeasures.")))
                .doesNotContain("REQUEST");
        assertThat(types(code("The Chinese commerce ministry said Washington must lift the new tariffs.")))
                .contains("REQUEST");
    }

    @Test
    void suspicionAndACourtCaseAreAccusations() {
        assertThat(types(code("Dutch police suspect a local businessman smuggled the weapons into Rotterdam.")))
                .contains("ACCUSE");
        assertThat(types(code("Three Nigerian senators have dragged the Inspector-General of Police to court.")))
                .contains("ACCUSE");
        // a speaker's own "I suspect" is a belief, recorded as a claim
        assertThat(types(code("\"I suspect Iran is behind the attacks on the bases,\" the defence secretary said.")))
                .doesNotContain("ACCUSE");
    }

    @Test
    void anOrderToServeIsASentenceAndBuyingArmsIsAMobilization() {
        assertThat(types(code("Last month the dissident was ordered to serve two years of re-education through labour.")))
                .contains("SANCTION");
        assertThat(types(code("The Nigerian army purchased arms and ammunition from Russia on Monday.")))
                .contains("MOBILIZE");
    }

    @Test
    void imposingSanctionsOrTariffsIsRestriction() {
        // CAMEO 163, "impose embargo, boycott, or sanctions", is COERCE/restrict in PLOVER
        Doc doc = code("The European Union imposed sanctions on Belarus on Monday.");
        assertThat(ofType(doc, "COERCE")).singleElement()
                .satisfies(e -> assertThat(e.mode()).isEqualTo("restrict"));
        Doc tariffs = code("Washington slapped tariffs on Chinese steel last week.");
        assertThat(ofType(tariffs, "COERCE")).singleElement()
                .satisfies(e -> assertThat(e.mode()).isEqualTo("restrict"));
    }

    @Test
    void anEventACampaignIsForIsWantedNotDone() {
        Doc doc = code("The exiled leader, who heads a campaign for sanctions on the military government, "
                + "returned to Rangoon.");
        assertThat(doc.events()).noneMatch(e -> e.event().equals("COERCE") && e.modality() == Modality.ASSERTED);
    }
}
