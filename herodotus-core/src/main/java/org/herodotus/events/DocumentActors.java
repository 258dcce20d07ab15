package org.herodotus.events;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.actors.ActorStage;
import org.herodotus.actors.SpanResolver;
import org.herodotus.model.Actor;
import org.herodotus.nlp.Token;
import org.herodotus.pipeline.Doc;

/**
 * The actors of the document being coded: those the actors stage found, and those event arguments
 * add as coding goes ("US soldiers" when no actor covered it). The one place the events stage
 * extends the document; one instance per document.
 */
final class DocumentActors {

    private final SpanResolver resolver;
    private Doc doc;

    /** The actors of {@code doc}; {@code resolver} (may be null) makes new actors of argument phrases. */
    DocumentActors(Doc doc, SpanResolver resolver) {
        this.doc = doc;
        this.resolver = resolver;
    }

    /** The document with every actor added so far. */
    Doc doc() {
        return doc;
    }

    /** Whether new actors can be made from argument phrases. */
    boolean canAdd() {
        return resolver != null;
    }

    /** The actor covering a token, else null. */
    Actor at(Token tok) {
        return doc.actorAt(tok.start(), tok.end());
    }

    /**
     * An actor for the phrase [{@code start}, {@code end}) no known actor covers ("local partners",
     * "Islamic State militants"), added to the document only when its words tell its country or
     * sector; else null.
     */
    Actor add(int start, int end) {
        SpanResolver.Resolution r = resolver.resolve(doc, start, end);
        Actor a = r.actor();
        if (a == null || (a.country() == null && a.sector() == null)) {
            return null;
        }
        doc = r.doc();
        return a;
    }

    /**
     * An actor the text implies but never names ("the authorities" who made an arrest), with
     * {@code country} and {@code sector}: the one added before with the same name and country, else
     * a new generic actor with no mentions.
     */
    Actor implied(String name, String country, String sector) {
        for (Actor a : doc.actors()) {
            if (a.mentions().isEmpty() && a.name().equals(name) && country.equals(a.country())) {
                return a;
            }
        }
        Actor a = new Actor(ActorStage.nextId(doc.actors()), name, country, sector, List.of(), true);
        List<Actor> all = new ArrayList<>(doc.actors());
        all.add(a);
        doc = doc.withActors(all);
        return a;
    }
}
