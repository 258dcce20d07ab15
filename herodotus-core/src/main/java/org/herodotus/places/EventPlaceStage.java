package org.herodotus.places;

import org.herodotus.pipeline.Doc;
import org.herodotus.pipeline.DocPart;
import org.herodotus.pipeline.Stage;
import org.herodotus.pipeline.StageContract;

/**
 * The event places stage: gives each event the place where it happened ({@link EventPlaces}),
 * among the places {@link PlaceStage} found. It runs after the events stage; the places
 * themselves are found earlier, before the actors. Stateless.
 */
public final class EventPlaceStage implements Stage {

    private final EventPlaces eventPlaces = new EventPlaces();

    @Override
    public String name() {
        return "event places";
    }

    @Override
    public StageContract contract() {
        return StageContract.requires(DocPart.PARSE, DocPart.EVENTS, DocPart.PLACES).reads(DocPart.ACTORS)
                .assigns(DocPart.EVENTS);
    }

    @Override
    public Doc apply(Doc doc) {
        if (doc.events().isEmpty() || doc.places().isEmpty()) {
            return doc;
        }
        return doc.withEvents(eventPlaces.link(doc.events(), doc.places(), doc.actors(), doc.parse()));
    }
}
