package org.herodotus.actors;

import org.herodotus.model.Actor;
import org.herodotus.pipeline.Doc;

/**
 * Turns an arbitrary stretch of text into an actor, for the stages after the actors stage: an
 * event's argument or a claim's source ("US soldiers", "a military source", "local partners").
 */
@FunctionalInterface
public interface SpanResolver {

    /**
     * The actor {@code [start, end)} of {@code doc}'s text refers to: a known one when a mention
     * overlaps the span, otherwise a new anonymous actor with the country and sector the words
     * give, which the returned document includes.
     */
    Resolution resolve(Doc doc, int start, int end);

    /**
     * Whether {@code [start, end)} names someone who can act: a known actor, a name, a pronoun, or
     * words that describe people or an organisation ("government forces", "the suspect"); not a
     * deed or a thing ("the coup", "conditions"). Resolvers that cannot tell say yes.
     */
    default boolean namesSomeone(Doc doc, int start, int end) {
        return true;
    }

    /**
     * The actor a span resolved to, and the document that holds it.
     *
     * @param actor the actor
     * @param doc   the document, with the actor added when it is new
     */
    record Resolution(Actor actor, Doc doc) {
    }
}
