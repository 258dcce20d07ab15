package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.herodotus.actors.ActorStage;
import org.herodotus.events.EventLexicon;
import org.herodotus.events.EventStage;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.model.Certainty;
import org.herodotus.model.Claim;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Event;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who a claim says did it, on everyday wire-news sentences: every claim that names the party
 * that did (or did not do) something carries it in {@code attributedTo}, whatever the claim type.
 */
class WhoDidItTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        ActorStage actors = new ActorStage();
        ClaimLexicon lexicon = ClaimLexicon.defaults();
        pipeline = new Pipeline(List.of(SharedNlp.stage(), actors, new EventStage(EventLexicon.builtin(), actors),
                new ClaimStage(lexicon, AttributionTagger.bundled(lexicon), actors)));
    }

    private static Analysis analyse(String text) {
        return pipeline.analyze(new Article("t", null, null, null, null, "en", text, List.of()));
    }

    private static Optional<Claim> claimWithCue(Analysis a, String cue) {
        return a.claims().stream().filter(c -> c.cue() != null && c.cue().of(a.text()).contains(cue)).findFirst();
    }

    private static Actor actor(Analysis a, String id) {
        return a.actors().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
    }

    private static String attributedText(Analysis a, Claim c) {
        return c.attributedSpan() == null ? null : c.attributedSpan().of(a.text());
    }

    @Test
    void aReportThatNamesTheDoerAccusesIt() {
        Analysis a = analyse("Iranian security forces raided the home of a German diplomat in Tehran and detained "
                + "his guests, the German foreign ministry said on Saturday.");
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.ACCUSATION);
        assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(actor(a, c.attributedTo()).country()).isEqualTo("IRN");
    }

    @Test
    void theAccusedOfAnActiveAccusationIsItsObject() {
        Analysis a = analyse("Villagers accused government troops of burning their homes near the border.");
        Claim c = claimWithCue(a, "accused").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.ACCUSATION);
        assertThat(attributedText(a, c)).isEqualTo("government troops");
        assertThat(c.attributedTo()).isNotNull();
    }

    @Test
    void theAccusedOfAPassiveAccusationIsItsSubjectNotTheCharge() {
        Analysis a = analyse("The former governor was accused of embezzling public funds by the anti-graft agency.");
        Claim c = claimWithCue(a, "accused").orElseThrow();
        assertThat(attributedText(a, c)).isEqualTo("The former governor");
    }

    @Test
    void blameLaidOnAPartyNamesIt() {
        Analysis a = analyse("Police said the car bomb that killed six people was blamed on separatist rebels.");
        assertThat(a.claims()).anyMatch(c -> "separatist rebels".equals(attributedText(a, c)));
    }

    @Test
    void aTimeIsNeverTheAccused() {
        Analysis a = analyse("The opposition accused the ruling party on Friday of rigging the vote.");
        Claim c = claimWithCue(a, "accused").orElseThrow();
        assertThat(attributedText(a, c)).isEqualTo("the ruling party");
    }

    @Test
    void aDenialThatNamesNoOneElseIsTheDeniersOwn() {
        Analysis a = analyse("Britain says Moscow ordered the poisoning of the former spy. Moscow denies any involvement.");
        Claim c = claimWithCue(a, "denies").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.DENIAL);
        assertThat(c.certainty()).isEqualTo(Certainty.DENIED);
        assertThat(actor(a, c.attributedTo()).country()).isEqualTo("RUS");
    }

    @Test
    void aDenialByAnotherPartyInsideTheContentLeavesTheAccusationAsserted() {
        Analysis a = analyse("Britain accuses Russia of the poisoning of a former spy, a charge that Russia denies.");
        Claim c = claimWithCue(a, "accuses").orElseThrow();
        assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(actor(a, c.attributedTo()).country()).isEqualTo("RUS");
    }

    @Test
    void aReporterHedgeDoesNotLowerANamedClaimant() {
        Analysis a = analyse("Prosecutors said the two men allegedly shot a shopkeeper during the robbery.");
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void aSpeakersOwnSideDoingItIsAResponsibilityClaim() {
        Analysis a = analyse("The army said it had shelled rebel positions outside the town overnight.");
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.RESPONSIBILITY);
        assertThat(c.attributedTo()).isEqualTo(c.source().actor());
    }

    @Test
    void anEventWithoutAnActorTakesThePerpetratorOfAnAssertedClaim() {
        Analysis a = analyse("An army convoy was ambushed near Kano on Monday. The ministry said the attack on the "
                + "convoy was carried out by Boko Haram.");
        Event ambush = a.events().stream().filter(e -> e.event().equals("ASSAULT")).findFirst().orElseThrow();
        Claim claim = claimWithCue(a, "said").orElseThrow();
        assertThat(claim.event()).isEqualTo(ambush.id());
        assertThat(actor(a, claim.attributedTo()).name()).isEqualTo("Boko Haram");
        assertThat(ambush.actors()).containsExactly(claim.attributedTo());
        assertThat(ambush.recipients()).doesNotContain(claim.attributedTo());
        assertThat(ambush.claims()).contains(claim.id());
    }

    @Test
    void talkAboutNoDeedIsAQuoteNotAClaim() {
        Analysis a = analyse("The trade minister said talks with the European Union would resume next week.");
        assertThat(a.claims()).isEmpty();
        assertThat(a.quotes()).hasSize(1);
        assertThat(a.quotes().get(0).id()).isEqualTo("q1");
        assertThat(a.quotes().get(0).type()).isEqualTo(ClaimType.STATEMENT);
    }

    @Test
    void aDemandThatSpeaksOfAWrongIsTheDemandNotAClaim() {
        // the demand is coded as a REQUEST event; "detained" alone would have made it a claim
        Analysis a = analyse("British Foreign Secretary Jeremy Hunt said Britain had asked Iran to release the detained "
                + "British sailors.");
        assertThat(a.events()).anyMatch(e -> e.event().equals("REQUEST"));
        assertThat(a.claims()).isEmpty();
        assertThat(a.quotes()).hasSize(1);
    }

    @Test
    void aWireCreditTrailedByADayIsRead() {
        Analysis a = analyse("Chinese police have detained dissident Wang Donghai, the New York-based pressure group "
                + "Human Rights in China said on Saturday.");
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(a.text().substring(c.source().start(), c.source().end()))
                .isEqualTo("the New York-based pressure group Human Rights in China");
        assertThat(c.content().of(a.text())).isEqualTo("Chinese police have detained dissident Wang Donghai");
        assertThat(c.type()).isEqualTo(ClaimType.ACCUSATION);
        assertThat(actor(a, c.attributedTo()).country()).isEqualTo("CHN");
    }

    @Test
    void aBylineAndDatelineAreNeverTheSpeaker() {
        String text = "Senior politician attacks president\nJohn Smithers\nMINSK 1996-08-30\n"
                + "A senior politician accused the president on Friday of trying to set up a dictatorship.";
        Analysis a = analyse(text);
        Claim c = claimWithCue(a, "accused").orElseThrow();
        assertThat(a.text().substring(c.source().start(), c.source().end())).isEqualTo("A senior politician");
    }
    @Test
    void aDenialThatOnlyRefusesIsNoClaim() {
        Analysis a = analyse("The ministry denied his application for a visa last month. Three asylum seekers who "
                + "have been denied asylum now face deportation.");
        assertThat(claimWithCue(a, "denied")).isEmpty();
    }

    @Test
    void aDenialOfARequestWithAVerbInsideIsStillARefusal() {
        Analysis a = analyse("The appeals court rejected the former minister's attempt to delay his corruption trial. "
                + "The treasury denied the charity's application to receive a donation from abroad.");
        assertThat(claimWithCue(a, "rejected")).isEmpty();
        assertThat(claimWithCue(a, "denied")).isEmpty();
    }

    @Test
    void aModalInARelativeClauseBesideAnAccusationDoesNotWeakenIt() {
        Analysis a = analyse("Prosecutors charged the colonel on Tuesday. He is accused of ordering the shelling of a "
                + "market, which could bring a life sentence.");
        Claim c = claimWithCue(a, "is accused of").orElseThrow();
        assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void aTollParticipleAfterTheReportedClauseIsPartOfWhatIsReported() {
        Analysis a = analyse("The ministry said in a statement that insurgent mortars had hit a bus station in Gao on "
                + "Sunday, killing six passengers.");
        Claim c = claimWithCue(a, "said in a statement").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.ACCUSATION);
        assertThat(c.event()).isNotNull();
    }

    @Test
    void aDenialOfAllegationsStaysAClaim() {
        Analysis a = analyse("Prosecutors accused the mayor of taking bribes. The mayor denied the allegations on Monday.");
        Claim c = claimWithCue(a, "denied").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.DENIAL);
        assertThat(c.certainty()).isEqualTo(Certainty.DENIED);
    }

    @Test
    void aPartyThatDeniesInARelativeClauseIsTheDenier() {
        Analysis a = analyse("German prosecutors accused Iran's intelligence minister of ordering the killings. "
                + "Iran, which denies the allegations, urged Germany to disregard the testimony.");
        Claim c = claimWithCue(a, "denies").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.DENIAL);
        assertThat(actor(a, c.attributedTo()).country()).isEqualTo("IRN");
    }

    @Test
    void theAgentOfAPassiveWrongdoingInAReportIsTheDoer() {
        Analysis a = analyse("A Georgian official has said that the border area was mined by Azerbaijani soldiers.");
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.ACCUSATION);
        assertThat(actor(a, c.attributedTo()).country()).isEqualTo("AZE");
    }

    @Test
    void involvementInADeedNamesTheDoer() {
        Analysis a = analyse("Britain says the Russian government was involved in the poisoning of a former spy in "
                + "Salisbury.");
        Claim c = claimWithCue(a, "says").orElseThrow();
        assertThat(actor(a, c.attributedTo()).country()).isEqualTo("RUS");
    }

    @Test
    void anAccusationDeedIsNeverTheAccused() {
        Analysis a = analyse("The Security Council condemned the coup in Burundi on Thursday.");
        Claim c = claimWithCue(a, "condemned").orElseThrow();
        assertThat(c.attributedTo()).isNull();
    }
    @Test
    void policeReportingArrestsWithNoAgentClaimThemAsTheirOwn() {
        Analysis a = analyse("Two men were arrested in connection with the bombing on Friday, police said.");
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.RESPONSIBILITY);
        assertThat(actor(a, c.attributedTo()).sector()).isEqualTo("COP");
        Event arrest = a.events().stream().filter(e -> e.event().equals("COERCE")).findFirst().orElseThrow();
        assertThat(arrest.actors()).containsExactly(c.attributedTo());
    }

    @Test
    void aWitnessReportingAnArrestWithNoAgentNamesNoDoer() {
        Analysis a = analyse("Two men were arrested in connection with the bombing on Friday, a witness said.");
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(c.attributedTo()).isNull();
    }
    @Test
    void aHedgeOnAParticipantDoesNotWeakenTheSpeakersClaim() {
        Analysis a = analyse("Police have detained 26 suspected members of a banned militant group in the south, "
                + "the state news agency reported on Sunday.");
        Claim c = claimWithCue(a, "reported").orElseThrow();
        assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void aHedgeOnWhatHappenedStillWeakensIt() {
        Analysis a = analyse("The rebels may have shot down the helicopter near the border, a military source said.");
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(c.certainty()).isNotEqualTo(Certainty.ASSERTED);
    }

    @Test
    void aPoliceForceNamedByItsAcronymReportsItsOwnArrest() {
        Analysis a = analyse("A well-known boxer has been arrested and charged with assault after a brawl in a Brooklyn bar, "
                + "the NYPD says.");
        Claim c = claimWithCue(a, "says").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.RESPONSIBILITY);
        assertThat(actor(a, c.attributedTo()).sector()).isEqualTo("COP");
    }

    @Test
    void guestsSeizedByNamedForcesAreAnArrestTheReportBlamesOnThem() {
        Analysis a = analyse("Iranian security forces raided the home of a German diplomat in Tehran and seized his "
                + "guests for questioning, the foreign ministry in Berlin said.");
        assertThat(a.events()).extracting(Event::event).contains("COERCE");
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(c.type()).isEqualTo(ClaimType.ACCUSATION);
        assertThat(actor(a, c.attributedTo()).country()).isEqualTo("IRN");
    }

    @Test
    void aReportRetellingAnEventToldBeforeStillNamesTheDoer() {
        // the second "arrested" joins the arrest of the first sentence; the report still holds it
        Analysis a = analyse("Saheed Vassell was killed in Brooklyn on Wednesday. "
                + "The mayor said officers fatally shot Saheed Vassell near a grocery store.");
        assertThat(a.events().stream().filter(e -> e.event().equals("ASSAULT"))).hasSize(1);
        Claim c = claimWithCue(a, "said").orElseThrow();
        assertThat(attributedText(a, c)).isEqualTo("officers");
    }
}
