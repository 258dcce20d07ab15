package org.herodotus.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Herodotus learned from one article. This is the Analysis JSON contract: field names
 * may grow but never change. All offsets are {@code [start, end)} into {@link #text()}.
 * {@code claims} holds what someone is said to claim about a deed, a wrongdoing or who is to blame
 * for something; {@code quotes} holds the rest of the reported speech ("the minister said talks
 * would resume"), in the same shape, as type {@code statement}.
 */
public record Analysis(String id, String url, String title, String byline, LocalDate published,
                       String language, String text, List<Actor> actors, List<Place> places,
                       List<Event> events, List<Claim> claims, List<Claim> quotes, List<String> errors) {

    public Analysis {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        actors = actors == null ? List.of() : List.copyOf(actors);
        places = places == null ? List.of() : List.copyOf(places);
        events = events == null ? List.of() : List.copyOf(events);
        claims = claims == null ? List.of() : List.copyOf(claims);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** An analysis without quotes (the fields of the original contract). */
    public Analysis(String id, String url, String title, String byline, LocalDate published,
                    String language, String text, List<Actor> actors, List<Place> places,
                    List<Event> events, List<Claim> claims, List<String> errors) {
        this(id, url, title, byline, published, language, text, actors, places, events, claims, List.of(), errors);
    }

    /** An analysis holding only the article, before any stage has run. */
    public static Analysis of(Article article) {
        return new Analysis(article.id(), article.url(), article.title(), article.byline(),
                article.published(), article.language(), article.text(), List.of(), List.of(),
                List.of(), List.of(), article.errors());
    }
}
