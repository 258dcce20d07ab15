package org.herodotus.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything Herodotus learned from one article. This is the Analysis JSON contract: field names
 * may grow but never change. All offsets are {@code [start, end)} into {@link #text()}, which is
 * the text the stages read: the headline, a blank line and the body ({@link AnalysedText}), so
 * events and claims of the headline point into it like any others; {@link #bodyStart()} says
 * where the body begins (0 when no headline stands before it). {@code claims} holds what someone
 * is said to claim about a deed, a wrongdoing or who is to blame for something; {@code quotes}
 * holds the rest of the reported speech ("the minister said talks would resume"), in the same
 * shape, as type {@code statement}. {@code errors} says what could not be processed (the analysis
 * is incomplete); {@code notes} what was changed to process it, the analysis being whole (a run of
 * words without a sentence end parsed in pieces).
 */
public record Analysis(String id, String url, String title, String byline, LocalDate published,
                       String language, String text, int bodyStart, List<Actor> actors, List<Place> places,
                       List<Event> events, List<Claim> claims, List<Claim> quotes, List<String> errors,
                       List<String> notes) {

    public Analysis {
        if (bodyStart < 0 || text != null && bodyStart > text.length()) {
            throw new IllegalArgumentException("body start " + bodyStart + " outside the text");
        }
        actors = actors == null ? List.of() : List.copyOf(actors);
        places = places == null ? List.of() : List.copyOf(places);
        events = events == null ? List.of() : List.copyOf(events);
        claims = claims == null ? List.of() : List.copyOf(claims);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        errors = errors == null ? List.of() : List.copyOf(errors);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** An analysis without notes. */
    public Analysis(String id, String url, String title, String byline, LocalDate published,
                    String language, String text, int bodyStart, List<Actor> actors, List<Place> places,
                    List<Event> events, List<Claim> claims, List<Claim> quotes, List<String> errors) {
        this(id, url, title, byline, published, language, text, bodyStart, actors, places, events, claims, quotes,
                errors, List.of());
    }

    /** An analysis without quotes. */
    public Analysis(String id, String url, String title, String byline, LocalDate published,
                    String language, String text, int bodyStart, List<Actor> actors, List<Place> places,
                    List<Event> events, List<Claim> claims, List<String> errors) {
        this(id, url, title, byline, published, language, text, bodyStart, actors, places, events, claims, List.of(), errors);
    }

    /** An analysis of {@code text} with no headline before the body ({@code bodyStart} 0). */
    public Analysis(String id, String url, String title, String byline, LocalDate published,
                    String language, String text, List<Actor> actors, List<Place> places,
                    List<Event> events, List<Claim> claims, List<String> errors) {
        this(id, url, title, byline, published, language, text, 0, actors, places, events, claims, List.of(), errors);
    }

    /** An analysis holding only the article (headline before body), before any stage has run. */
    public static Analysis of(Article article) {
        AnalysedText t = AnalysedText.of(article);
        return new Analysis(article.id(), article.url(), article.title(), article.byline(),
                article.published(), article.language(), t.text(), t.bodyStart(), List.of(), List.of(),
                List.of(), List.of(), List.of(), article.errors());
    }

    /** The body: {@link #text()} from {@link #bodyStart()} on, without the headline. */
    public String body() {
        return text == null ? null : text.substring(bodyStart);
    }

    /** A copy with the publication date replaced. */
    public Analysis withPublished(LocalDate date) {
        return new Analysis(id, url, title, byline, date, language, text, bodyStart, actors, places, events,
                claims, quotes, errors, notes);
    }
}
