package org.herodotus.eval.events;

import java.util.List;

/**
 * One event as the scorer sees it.
 *
 * @param event              PLOVER type
 * @param actorCountries     countries of the actors ("" for an actor of unknown country)
 * @param recipientCountries countries of the recipients
 * @param mode               PLOVER mode, null when none
 * @param start              start offset of the trigger in the sentence
 * @param end                end offset of the trigger
 */
public record PredictedEvent(String event, List<String> actorCountries, List<String> recipientCountries,
                             String mode, int start, int end) {

    public PredictedEvent {
        actorCountries = List.copyOf(actorCountries);
        recipientCountries = List.copyOf(recipientCountries);
    }
}
