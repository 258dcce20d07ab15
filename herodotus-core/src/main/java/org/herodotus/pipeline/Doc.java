package org.herodotus.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.AnalysedText;
import org.herodotus.model.Analysis;
import org.herodotus.model.Article;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Place;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;

/**
 * The article as it moves through the stages: each stage returns a copy enriched with what it
 * found. Immutable, so a stage can never disturb what an earlier one produced. Its article's text
 * is the text the stages read: the headline before the body ({@link AnalysedText}); {@code
 * bodyStart} says where the body begins.
 */
public record Doc(Article article, int bodyStart, Parse parse, List<Actor> actors, List<Place> places,
                  List<Event> events, List<Claim> claims, List<Claim> quotes, List<String> errors,
                  List<String> notes) {

    public Doc {
        parse = parse == null ? Parse.EMPTY : parse;
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /**
     * A document holding only the article, its headline put before its body: the text of the
     * returned document's article is {@link AnalysedText#of(Article)}.
     */
    public static Doc of(Article article) {
        AnalysedText t = AnalysedText.of(article);
        Article read = new Article(article.id(), article.url(), article.title(), article.byline(),
                article.published(), article.language(), t.text(), article.errors());
        return new Doc(read, t.bodyStart(), Parse.EMPTY, List.of(), List.of(), List.of(), List.of(), List.of(), article.errors(),
                List.of());
    }

    /** The article text all offsets refer to. */
    public String text() {
        return article.text();
    }

    /**
     * The actor one of whose mentions overlaps {@code [start, end)} the most, or null. Later stages
     * use it to turn argument and speaker spans into actor ids.
     */
    public Actor actorAt(int start, int end) {
        Actor best = null;
        int bestOverlap = 0;
        for (Actor a : actors) {
            for (Span m : a.mentions()) {
                int overlap = Math.min(end, m.end()) - Math.max(start, m.start());
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = a;
                }
            }
        }
        return best;
    }

    /** The place one of whose mentions overlaps {@code [start, end)}, or null. */
    public Place placeAt(int start, int end) {
        for (Place p : places) {
            if (p.mentionedAt(start, end)) {
                return p;
            }
        }
        return null;
    }

    public Doc withParse(Parse p) {
        return new Doc(article, bodyStart, p, actors, places, events, claims, quotes, errors, notes);
    }

    public Doc withActors(List<Actor> a) {
        return new Doc(article, bodyStart, parse, a, places, events, claims, quotes, errors, notes);
    }

    public Doc withPlaces(List<Place> p) {
        return new Doc(article, bodyStart, parse, actors, p, events, claims, quotes, errors, notes);
    }

    public Doc withEvents(List<Event> e) {
        return new Doc(article, bodyStart, parse, actors, places, e, claims, quotes, errors, notes);
    }

    public Doc withClaims(List<Claim> c) {
        return new Doc(article, bodyStart, parse, actors, places, events, c, quotes, errors, notes);
    }

    /** A copy with {@code q} as the quotes: reported speech that is no claim about a deed. */
    public Doc withQuotes(List<Claim> q) {
        return new Doc(article, bodyStart, parse, actors, places, events, claims, q, errors, notes);
    }

    /** A copy with {@code error} appended. */
    public Doc withError(String error) {
        List<String> all = new ArrayList<>(errors);
        all.add(error);
        return new Doc(article, bodyStart, parse, actors, places, events, claims, quotes, all, notes);
    }

    /**
     * A copy with {@code note} appended: something a stage changed in what it read, though the
     * article was analysed whole (a run of words without a sentence end parsed in pieces).
     */
    public Doc withNote(String note) {
        List<String> all = new ArrayList<>(notes);
        all.add(note);
        return new Doc(article, bodyStart, parse, actors, places, events, claims, quotes, errors, all);
    }

    /** The public result: the Analysis JSON contract. */
    public Analysis toAnalysis() {
        return new Analysis(article.id(), article.url(), article.title(), article.byline(),
                article.published(), article.language(), article.text(), bodyStart, actors, places,
                events, claims, quotes, errors, notes);
    }
}
