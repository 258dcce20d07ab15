package org.herodotus.events;

import java.util.List;
import org.herodotus.model.Modality;
import org.herodotus.model.Span;

/**
 * One trigger in one sentence, with what the sentence says about it: before mentions of the same
 * event are merged into events.
 *
 * @param type       PLOVER event type (after coding promises as AGREE / THREATEN)
 * @param mode       PLOVER mode, null when none
 * @param sentence   index of the sentence
 * @param trigger    the trigger words
 * @param sentenceSpan the sentence
 * @param actors     who acts
 * @param recipients who is acted upon
 * @param modality   asserted, future, hypothetical or intended
 * @param negated    whether the text says it did not happen
 * @param date       date read from a time expression attached to the trigger, null when none
 * @param nominal    whether the trigger is a noun ("the attacks")
 * @param definite   whether a nominal trigger is definite or demonstrative ("the attacks", "these attacks")
 * @param headLemma  lemma of the trigger's head word
 * @param symmetric  whether every participant is an actor
 * @param agentless  whether the trigger is a passive verb that leaves its agent unsaid ("was
 *                   released", "were arrested"), or a noun whose possessor underwent it ("Wang's
 *                   arrest"): someone acted, the text does not say who
 */
record Mention(String type, String mode, int sentence, Span trigger, Span sentenceSpan, List<Participant> actors,
               List<Participant> recipients, Modality modality, boolean negated, String date, boolean nominal,
               boolean definite, String headLemma, boolean symmetric, boolean agentless) {

    Mention {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
    }

    /** Whether the mention names no participant at all. */
    boolean argless() {
        return actors.isEmpty() && recipients.isEmpty();
    }

    /**
     * An argument of a trigger.
     *
     * @param actorId the actor it resolves to, null when it resolves to none
     * @param key     what identifies it when comparing mentions: the actor id, else the head lemma
     * @param country the actor's country, null when unknown
     * @param lemma   the head word's lemma ("base" for "US military bases")
     * @param span    the argument's head word
     */
    record Participant(String actorId, String key, String country, String lemma, Span span) {

        /** What identifies the participant: its key, and its country when known. */
        List<String> keys() {
            List<String> k = new java.util.ArrayList<>(3);
            k.add(key);
            if (country != null) {
                k.add("c:" + country);
            }
            if (lemma != null && !key.equals("w:" + lemma)) {
                k.add("w:" + lemma);
            }
            return k;
        }
    }
}
