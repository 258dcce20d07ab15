package org.herodotus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static final String TEXT = "Esper: I suspect Iran is behind the attacks on our bases.\n"
            + "Mr. Esper spoke to Gen. Smith. The attacks by pro-Iran militia on US bases have two objectives.";

    private static Span find(String what, int from) {
        int i = TEXT.indexOf(what, from);
        return new Span(i, i + what.length());
    }

    /** The attacks of TEXT: triggered in its first sentence, mentioned again in its last. */
    private static Event attacks() {
        Span first = find("attacks", 0);
        Span second = find("attacks", first.end());
        return new Event("e1", "ASSAULT", null, List.of("a1"), List.of(), null, null, false, Modality.ASSERTED, 4,
                -9.0, first, new Span(0, TEXT.indexOf('\n')), List.of(), null, List.of(first, second));
    }

    @Test
    void quotesTheMentionNearestTheParticipant() {
        Event event = attacks();
        Actor militia = new Actor("a1", "pro-Iran militia", "IRQ", "UAF", List.of(find("pro-Iran militia", 0)));

        Span evidence = Evidence.of(TEXT, event, militia);

        assertThat(evidence.of(TEXT)).isEqualTo("The attacks by pro-Iran militia on US bases have two objectives.");
    }

    @Test
    void keepsTheEventSentenceWhenTheFirstMentionIsNearest() {
        Event event = attacks();
        Actor iran = new Actor("a1", "Iran", "IRN", "GOV", List.of(find("Iran", 0)));

        assertThat(Evidence.of(TEXT, event, iran)).isNull();
    }

    @Test
    void neverQuotesANeighbouringSentenceThatDoesNotNameTheParticipant() {
        String text = "Esper spoke with the premier, Adil Abdul-Mahdi. In a telephone call, he voiced concern.";
        Span spoke = new Span(text.indexOf("spoke"), text.indexOf("spoke") + 5);
        Span call = new Span(text.indexOf("telephone call"), text.indexOf("telephone call") + 14);
        Event consult = new Event("e2", "CONSULT", null, List.of("a1"), List.of("a2"), null, null, false, Modality.ASSERTED, 1,
                1.0, spoke, new Span(0, text.indexOf('.') + 1), List.of(), null, List.of(spoke, call));
        int at = text.indexOf("Adil");
        Actor premier = new Actor("a2", "Adil Abdul-Mahdi", "IRQ", "GOV", List.of(new Span(at, at + 16)));

        assertThat(Evidence.of(text, consult, premier)).isNull();
    }

    @Test
    void sentencesDoNotEndAtTitlesAbbreviated() {
        assertThat(Evidence.sentenceAround(TEXT, find("Smith", 0)).of(TEXT)).isEqualTo("Mr. Esper spoke to Gen. Smith.");
    }
}
