package org.herodotus.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

/** How mentions become events: repeated mentions join, opposite directions and argless ones do not. */
class EventMergerTest {

    private static final EventMerger MERGER = new EventMerger(PloverCodebook.builtin());
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    private static Mention.Participant actor(String id, String country, int at) {
        return new Mention.Participant(id, "a:" + id, country, "word" + id, new Span(at, at + 1));
    }

    private static Mention assault(int sentence, int at, List<Mention.Participant> actors,
                                   List<Mention.Participant> recipients, boolean nominal, boolean definite) {
        return new Mention("ASSAULT", null, sentence, new Span(at, at + 6), new Span(at - 10, at + 40), actors,
                recipients, Modality.ASSERTED, false, null, nominal, definite, "attack", false, false);
    }

    @Test
    void mentionsOfOneAttackByTheSameDoerInTwoSentencesAreOneEvent() {
        Mention first = assault(0, 20, List.of(actor("a1", "ISR", 0)), List.of(actor("a2", "LBN", 30)), false, false);
        Mention again = assault(1, 120, List.of(actor("a1", "ISR", 100)), List.of(), true, true);
        List<Event> events = MERGER.merge(List.of(first, again), DAY);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.mentions()).hasSize(2);
            assertThat(e.actors()).containsExactly("a1");
            assertThat(e.recipients()).containsExactly("a2");
        });
    }

    @Test
    void aLaterMentionWhoseDoerSharesTheCountryOfTheFirstOnesTargetIsAnotherEvent() {
        // measured on news: keeping these apart codes more of the events analysts code than joining them
        Mention first = assault(0, 20, List.of(actor("a1", "SYR", 0)), List.of(actor("a2", "SYR", 30)), false, false);
        Mention later = assault(1, 120, List.of(actor("a3", "SYR", 100)), List.of(), false, false);
        assertThat(MERGER.merge(List.of(first, later), DAY)).hasSize(2);
    }

    @Test
    void anAttackOneWayAndAnAttackBackAreTwoEvents() {
        Mention one = assault(0, 20, List.of(actor("a1", "ISR", 0)), List.of(actor("a2", "LBN", 30)), false, false);
        Mention back = assault(0, 60, List.of(actor("a2", "LBN", 50)), List.of(actor("a1", "ISR", 70)), false, false);
        assertThat(MERGER.merge(List.of(one, back), DAY)).hasSize(2);
    }

    @Test
    void aMentionNamingNoParticipantIsNoEvent() {
        Mention bare = assault(0, 20, List.of(), List.of(), true, true);
        assertThat(MERGER.merge(List.of(bare), DAY)).isEmpty();
    }

    @Test
    void anEventWithoutADateInTheTextIsDatedByPublication() {
        Mention m = assault(0, 20, List.of(actor("a1", "SYR", 0)), List.of(actor("a2", "SYR", 30)), false, false);
        Event e = MERGER.merge(List.of(m), DAY).get(0);
        assertThat(e.date()).isEqualTo("2024-05-06");
        assertThat(e.dateSource()).isEqualTo("published");
    }

    @Test
    void aVictimKilledAndThenShotByNamedOfficersIsOneEvent() {
        // the officers share the victim's country, which alone would read as an attack back
        Mention killed = assault(0, 20, List.of(), List.of(actor("a8", "USA", 0)), false, false);
        Mention shot = assault(1, 120, List.of(actor("a4", "USA", 100)),
                List.of(actor("a2", "USA", 130), actor("a8", "USA", 140)), false, false);
        assertThat(MERGER.merge(List.of(killed, shot), DAY)).singleElement()
                .satisfies(e -> assertThat(e.actors()).containsExactly("a4"));
    }

    @Test
    void twoArrestsByTheSamePoliceOfDifferentPeopleAreTwoEvents() {
        Mention one = assault(0, 20, List.of(actor("a3", "USA", 0)), List.of(actor("a5", "USA", 30)), false, false);
        Mention two = assault(2, 220, List.of(actor("a3", "USA", 200)), List.of(actor("a7", "USA", 230)), false, false);
        assertThat(MERGER.merge(List.of(one, two), DAY)).hasSize(2);
    }

    private static Mention.Participant word(String lemma, int at) {
        return new Mention.Participant(null, "w:" + lemma, null, lemma, new Span(at, at + 1));
    }

    private static Mention verbal(String type, String lemma, int sentence, int at, List<Mention.Participant> actors,
                                  List<Mention.Participant> recipients) {
        return new Mention(type, null, sentence, new Span(at, at + 6), new Span(at - 10, at + 40), actors,
                recipients, Modality.ASSERTED, false, null, false, false, lemma, false, false);
    }

    @Test
    void aStatementRetoldInALaterParagraphWithTheSameVerbAndDoerIsOneEvent() {
        // "Lebed said he and Maskhadov agreed after overnight talks to defer the decision …";
        // later "Lebed said he and Maskhadov agreed to defer … the painful issue"
        List<Mention.Participant> doers = List.of(actor("a1", "RUS", 0), actor("a3", "RUS", 10));
        Mention first = verbal("AGREE", "agree", 1, 20, doers, List.of(word("talk", 40)));
        Mention again = verbal("AGREE", "agree", 5, 520, List.of(actor("a1", "RUS", 500), actor("a3", "RUS", 510)),
                List.of(word("issue", 560)));
        assertThat(MERGER.merge(List.of(first, again), DAY)).singleElement()
                .satisfies(e -> assertThat(e.mentions()).hasSize(2));
    }

    @Test
    void aLaterStatementWithAnotherVerbOrAnotherTargetIsAnotherEvent() {
        Mention accused = verbal("ACCUSE", "accuse", 0, 20, List.of(actor("a1", "GBR", 0)), List.of(actor("a2", "RUS", 30)));
        Mention blamed = verbal("ACCUSE", "blame", 3, 320, List.of(actor("a1", "GBR", 300)), List.of(actor("a2", "RUS", 330)));
        Mention other = verbal("ACCUSE", "accuse", 5, 520, List.of(actor("a1", "GBR", 500)), List.of(actor("a4", "SYR", 530)));
        assertThat(MERGER.merge(List.of(accused, blamed, other), DAY)).hasSize(3);
    }

    @Test
    void aHedgedRetellingOfAToldActOnTheSamePartyIsTheSameEvent() {
        // "the child who was raped …"; later "it is unknown whether she was raped there"; an
        // assault on someone else of the same country, told as possible, is another event
        Mention told = new Mention("ASSAULT", "sexual", 0, new Span(40, 45), new Span(0, 80), List.of(),
                List.of(actor("a2", "ZAF", 20)), Modality.ASSERTED, false, null, false, false, "rape", false, true);
        Mention hedged = new Mention("ASSAULT", "sexual", 6, new Span(640, 645), new Span(600, 700), List.of(),
                List.of(actor("a2", "ZAF", 630)), Modality.HYPOTHETICAL, false, null, false, false, "rape", false, true);
        Mention other = new Mention("ASSAULT", "sexual", 12, new Span(1240, 1245), new Span(1200, 1300), List.of(),
                List.of(actor("a5", "ZAF", 1230)), Modality.HYPOTHETICAL, false, null, false, false, "assault", false, true);
        List<Event> events = MERGER.merge(List.of(told, hedged, other), DAY);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).modality()).isEqualTo(Modality.ASSERTED);
        assertThat(events.get(0).mentions()).hasSize(2);
    }
}
