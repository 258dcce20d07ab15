package org.herodotus.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.model.Certainty;
import org.herodotus.model.Claim;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Span;
import org.herodotus.nlp.SharedNlp;
import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.DocPart;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.pipeline.Stage;
import org.herodotus.pipeline.StageContract;
import org.junit.jupiter.api.Test;

/** Claim types, certainty and links on short news sentences (nlp and claims stages only). */
class ClaimStageTest {

    private static Analysis analyse(String text, Stage... before) {
        List<Stage> stages = new java.util.ArrayList<>(List.of(SharedNlp.stage()));
        stages.addAll(List.of(before));
        stages.add(new ClaimStage());
        return new Pipeline(stages).analyze(new Article("t", null, null, null, null, "en", text, List.of()));
    }

    /** Everything reported as said, claims and quotes alike: these tests are about finding attributions. */
    private static List<Claim> reported(Analysis a) {
        List<Claim> all = new java.util.ArrayList<>(a.claims());
        all.addAll(a.quotes());
        return all;
    }

    private static Claim only(Analysis a) {
        assertThat(reported(a)).hasSize(1);
        return reported(a).get(0);
    }

    @Test
    void aContentThatAnnouncesItsPartsRunsOnOverTheSentencesGivingThem() {
        String text = "According to two diplomats, the aim of the blockade is twofold. On the one hand, Cairo wants to "
                + "cut the smugglers' routes. On the other, it hopes to force talks. The ministry said the border was calm.";
        Analysis a = analyse(text);
        Claim diplomats = reported(a).stream().filter(c -> c.source() != null
                && a.text().substring(c.source().start(), c.source().end()).equals("two diplomats")).findFirst().orElseThrow();
        assertThat(diplomats.content().of(a.text())).startsWith("the aim of the blockade is twofold")
                .endsWith("it hopes to force talks");
        // "Cairo wants to …" is the diplomats' reading, not a claim of Cairo's; the next report stands.
        assertThat(reported(a)).noneMatch(c -> c.cue().of(a.text()).equals("wants"));
        assertThat(reported(a)).anyMatch(c -> c.content().of(a.text()).equals("the border was calm"));
    }

    @Test
    void aContentRunsOnOnlyWhenItAnnouncesParts() {
        String text = "According to two diplomats, the blockade is over. On the other hand, Cairo says the border stays shut.";
        Analysis a = analyse(text);
        assertThat(reported(a)).anyMatch(c -> c.content().of(a.text()).equals("the blockade is over"));
        assertThat(reported(a)).anyMatch(c -> c.content().of(a.text()).equals("the border stays shut"));
    }

    @Test
    void denialOfResponsibilityIsADenial() {
        Analysis a = analyse("The Revolutionary Guards denied that they carried out the attack on the tanker.");
        Claim c = only(a);
        assertThat(c.type()).isEqualTo(ClaimType.DENIAL);
        assertThat(c.certainty()).isEqualTo(Certainty.DENIED);
        assertThat(c.source().start()).isNotNull();
        assertThat(a.text().substring(c.source().start(), c.source().end())).isEqualTo("The Revolutionary Guards");
    }

    @Test
    void blamingSomeoneIsAnAccusationAgainstThem() {
        Analysis a = analyse("Washington blamed Hezbollah for the bombing of the embassy.");
        Claim c = only(a);
        assertThat(c.type()).isEqualTo(ClaimType.ACCUSATION);
        assertThat(c.attributedSpan().of(a.text())).isEqualTo("Hezbollah");
    }

    @Test
    void reportedlyIsTheReportersDoubtAndLeavesANamedSpeakerAsserted() {
        Analysis a = analyse("Officials said the militia reportedly carried out the raid.");
        Claim c = only(a);
        assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(c.type()).isEqualTo(ClaimType.RESPONSIBILITY);
        assertThat(c.attributedSpan().of(a.text())).isEqualTo("militia");
    }

    @Test
    void anonymousSourceGetsAnActorWithTheSectorItsWordsGive() {
        Analysis a = analyse("According to Iraqi security officials, the bombing was carried out by Islamic State.");
        Claim c = only(a);
        Actor source = a.actors().stream().filter(x -> x.id().equals(c.source().actor())).findFirst().orElseThrow();
        assertThat(source.name()).isEqualTo("Iraqi security official");
        assertThat(source.sector()).isEqualTo("MIL");
        assertThat(c.attributedSpan().of(a.text())).isEqualTo("Islamic State");
        assertThat(c.certainty()).isEqualTo(Certainty.ASSERTED);
    }

    @Test
    void claimLinksToTheEventItsContentMentionsAndTheEventListsTheClaim() {
        String text = "Rockets hit the base on Monday. A spokesman said the attack was the work of a local militia.";
        // A stand-in events stage: one ASSAULT event triggered by "hit", one by "attack".
        Stage events = new Stage() {
            @Override
            public Doc apply(Doc doc) {
                int hit = text.indexOf("hit");
                int attack = text.indexOf("attack");
                return doc.withEvents(List.of(
                        new Event("e1", "ASSAULT", null, List.of(), List.of(), null, null, false, Modality.ASSERTED, 4, -10.0,
                                new Span(hit, hit + 3), new Span(0, 31), List.of()),
                        new Event("e2", "ASSAULT", null, List.of(), List.of(), null, null, false, Modality.ASSERTED, 4, -10.0,
                                new Span(attack, attack + 6), new Span(32, text.length()), List.of())));
            }

            @Override
            public String name() {
                return "events";
            }

            @Override
            public StageContract contract() {
                return StageContract.requires().assigns(DocPart.EVENTS);
            }
        };
        Analysis a = analyse(text, events);
        Claim c = only(a);
        assertThat(c.event()).isEqualTo("e2");
        assertThat(a.events().get(1).claims()).containsExactly(c.id());
        assertThat(a.events().get(0).claims()).isEmpty();
    }

    @Test
    void textWithoutReportedSpeechHasNoClaims() {
        assertThat(analyse("Rockets hit the base on Monday. Nobody was hurt.").claims()).isEmpty();
    }

    @Test
    void evidenceAndStancesTheRulesMissAreClaimsFromTheTagger() {
        String poll = "The poll shows Clinton ahead by three points in Ohio.";
        Claim c = only(analyse(poll));
        assertThat(c.source().start()).isNotNull();
        assertThat(poll.substring(c.source().start(), c.source().end()) + " | " + c.cue().of(poll) + " | " + c.content().of(poll))
                .isEqualTo("The poll | shows | Clinton ahead by three points in Ohio");
        String stance = "Sanders called for a higher minimum wage.";
        assertThat(only(analyse(stance)).cue().of(stance)).isEqualTo("called for");
    }

    @Test
    void withoutTheTaggerTheRulesFindNoClaimInEvidenceOrStances() {
        ClaimStage rulesOnly = new ClaimStage(ClaimLexicon.defaults(), null);
        for (String text : List.of("The poll shows Clinton ahead by three points in Ohio.", "Sanders called for a higher minimum wage.")) {
            assertThat(rulesOnly.attributions(text, SharedNlp.stage().parse(text, null))).isEmpty();
        }
    }

    @Test
    void aQuotationCreditedAfterADashIsAClaimOfTheNamedPerson() {
        Analysis a = analyse("Readers answered overnight.\n\n“Mr. Trump scares me. He never listens.” ― Krystal Correa\n"
                + "“He can’t even answer a question.”― Esther Tapia\u00a0\n");
        assertThat(reported(a)).extracting(c -> a.text().substring(c.source().start(), c.source().end()) + " | " + c.content().of(a.text()))
                .containsExactly("Krystal Correa | “Mr. Trump scares me. He never listens.”",
                        "Esther Tapia | “He can’t even answer a question.”");
    }

    @Test
    void transcriptLinesAreClaimsOfTheirSpeakersButEditorialLabelsAreNot() {
        Analysis a = analyse("Mike Pence was the guest of Chris Wallace on Fox News Sunday.\n\n"
                + "WALLACE: Will Gennifer Flowers be there? I want to ask you that.\n\n"
                + "PENCE: Gennifer Flowers will not be attending the debate. Trump was making a point.\n\n"
                + "CORRECTION: An earlier version of this article misstated the date of the debate.\n");
        assertThat(reported(a)).extracting(c -> a.text().substring(c.source().start(), c.source().end()) + " | " + c.content().of(a.text()))
                .containsExactly("WALLACE | Will Gennifer Flowers be there? I want to ask you that.",
                        "PENCE | Gennifer Flowers will not be attending the debate. Trump was making a point.");
    }

    @Test
    void aRelativePronounSpeakerIsTheActorItRefersTo() {
        Analysis a = analyse("Reporters met Mark Esper, who said that the bases in Iraq were safe.",
                new org.herodotus.actors.ActorStage());
        Claim c = only(a);
        assertThat(a.text().substring(c.source().start(), c.source().end())).isEqualTo("who");
        assertThat(a.actors()).filteredOn(x -> x.id().equals(c.source().actor()))
                .extracting(Actor::name).containsExactly("Mark Esper");
    }

    @Test
    void aRelativePronounSpeakerIsTheNounItFollowsNotTheSentencesSubject() {
        Analysis a = analyse("The government blamed Houthi forces, who said they had targeted military supplies.",
                new org.herodotus.actors.ActorStage());
        Claim said = reported(a).stream().filter(c -> c.cue().of(a.text()).equals("said")).findFirst().orElseThrow();
        assertThat(a.actors()).filteredOn(x -> x.id().equals(said.source().actor()))
                .extracting(Actor::name).containsExactly("Houthis");
        // "they had targeted …" in their own words: the Houthis claim the deed; the government's
        // accusation names them too, not the government.
        assertThat(said.type()).isEqualTo(ClaimType.RESPONSIBILITY);
        assertThat(said.attributedTo()).isEqualTo(said.source().actor());
        Claim blamed = reported(a).stream().filter(c -> c.cue().of(a.text()).equals("blamed")).findFirst().orElseThrow();
        assertThat(blamed.attributedTo()).isEqualTo(said.source().actor());
    }

    @Test
    void aGroupSayingItStruckClaimsTheStrikeButAPlannedStrikeIsNoClaim() {
        Analysis a = analyse("A spokesman for the Houthis said the group had struck the depot. "
                + "Dock workers said they would strike on Monday.", new org.herodotus.actors.ActorStage());
        Claim houthis = reported(a).stream().filter(c -> c.content().of(a.text()).contains("depot")).findFirst().orElseThrow();
        assertThat(houthis.type()).isEqualTo(ClaimType.RESPONSIBILITY);
        assertThat(a.actors()).filteredOn(x -> x.id().equals(houthis.attributedTo()))
                .extracting(Actor::name).containsExactly("Houthis");
        Claim workers = reported(a).stream().filter(c -> c.content().of(a.text()).contains("Monday")).findFirst().orElseThrow();
        assertThat(workers.type()).isEqualTo(ClaimType.STATEMENT);
        assertThat(workers.attributedTo()).isNull();
    }

    @Test
    void aDenialBesideAReportDoesNotMakeTheReportDenied() {
        Analysis a = analyse("The M23 denied the accusation and said the shells had been fired by government troops.");
        Claim said = reported(a).stream().filter(c -> c.cue().of(a.text()).equals("said")).findFirst().orElseThrow();
        assertThat(said.certainty()).isEqualTo(Certainty.ASSERTED);
        assertThat(said.type()).isEqualTo(ClaimType.RESPONSIBILITY);
        assertThat(said.attributedSpan().of(a.text())).isEqualTo("government troops");
    }

    @Test
    void aTimeIsNotTheContentOfAClaim() {
        Analysis a = analyse("A fire burned for hours at a storage terminal in Hodeidah after what officials called a drone "
                + "attack; the government blamed Houthi forces, who said they had targeted \"military supplies\".");
        assertThat(reported(a)).extracting(c -> c.cue().of(a.text())).doesNotContain("burned for").contains("blamed");
    }

    @Test
    void aGroupClaimingResponsibilityIsAResponsibilityClaimAboutItself() {
        Analysis a = analyse("Kataib Hezbollah fired rockets at the base on Monday. The group later claimed responsibility for the attack.",
                new org.herodotus.actors.ActorStage());
        Claim c = only(a);
        assertThat(c.type()).isEqualTo(ClaimType.RESPONSIBILITY);
        assertThat(c.attributedTo()).isEqualTo(c.source().actor()).isNotNull();
        assertThat(a.actors()).filteredOn(x -> x.id().equals(c.attributedTo()))
                .extracting(Actor::name).containsExactly("Kataib Hezbollah");
    }
}
