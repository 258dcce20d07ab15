package org.herodotus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Certainty;
import org.herodotus.model.Claim;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Event;
import org.herodotus.model.Modality;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * Builds Analysis objects by hand for tests, finding every span by its words in the text so the
 * offsets are the ones a real analysis would carry. Shared with other modules' tests through this
 * module's test-jar.
 */
public final class AnalysisBuilder {

    private final String id;
    private final String url;
    private final String title;
    private final LocalDate published;
    private final String text;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    /** An analysis of {@code text}, with nothing found in it yet. */
    public AnalysisBuilder(String id, String url, String title, LocalDate published, String text) {
        this.id = id;
        this.url = url;
        this.title = title;
        this.published = published;
        this.text = text;
    }

    /** The article's text. */
    public String text() {
        return text;
    }

    /** The span of the first occurrence of {@code words}. */
    public Span span(String words) {
        return span(words, 1);
    }

    /** The span of the {@code nth} occurrence of {@code words}. */
    public Span span(String words, int nth) {
        int at = -1;
        for (int i = 0; i < nth; i++) {
            at = text.indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' (" + nth + ") not in the text of " + id);
            }
        }
        return new Span(at, at + words.length());
    }

    /** The sentence around a span: from after the previous full stop to the next one. */
    public Span sentence(Span inside) {
        int start = inside.start();
        while (start > 0 && ".\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        while (start < inside.start() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = inside.end();
        while (end < text.length() && ".\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return new Span(start, Math.min(text.length(), end + 1));
    }

    /** Adds an actor mentioned by each of {@code mentions}; returns its id. */
    public String actor(String name, String country, String sector, String... mentions) {
        String aid = "a" + (actors.size() + 1);
        List<Span> spans = new ArrayList<>();
        for (String m : mentions) {
            spans.add(span(m));
        }
        actors.add(new Actor(aid, name, country, sector, spans));
        return aid;
    }

    /** Adds a place mentioned wherever {@code toponym} occurs (the first is its start); returns its id. */
    public String place(String toponym, String name, Double lat, Double lon, String country, String admin1, String feature) {
        String pid = "p" + (places.size() + 1);
        Span s = span(toponym);
        List<Span> mentions = new ArrayList<>();
        for (int i = s.start(); i >= 0; i = text.indexOf(toponym, i + toponym.length())) {
            int end = i + toponym.length();
            if (end == text.length() || !Character.isLetter(text.charAt(end))) {
                // "Iraq" is not mentioned by "Iraqi"
                mentions.add(new Span(i, end));
            }
        }
        places.add(new Place(pid, name, s.start(), s.end(), lat, lon, country, admin1, feature, mentions));
        return pid;
    }

    /** The span of {@code word} inside the first occurrence of {@code context}. */
    public Span within(String context, String word) {
        Span c = span(context);
        int at = text.indexOf(word, c.start());
        if (at < 0 || at + word.length() > c.end()) {
            throw new IllegalArgumentException("'" + word + "' not inside '" + context + "'");
        }
        return new Span(at, at + word.length());
    }

    /** Adds an asserted event whose trigger is {@code word} inside {@code context}; returns its id. */
    public String eventIn(String type, String mode, String context, String word, List<String> who, List<String> whom,
                   String place, String date) {
        String eid = "e" + (events.size() + 1);
        Span t = within(context, word);
        events.add(new Event(eid, type, mode, who, whom, place, date, false, Modality.ASSERTED, 4, -10.0, t, sentence(t), List.of()));
        return eid;
    }

    /** Adds an asserted event triggered by {@code trigger} (nth occurrence); returns its id. */
    public String event(String type, String mode, String trigger, int nth, List<String> who, List<String> whom, String place,
                 String date) {
        return event(type, mode, trigger, nth, who, whom, place, date, false, Modality.ASSERTED);
    }

    /** Adds an event triggered by {@code trigger} (nth occurrence), negated or of another modality; returns its id. */
    public String event(String type, String mode, String trigger, int nth, List<String> who, List<String> whom, String place,
                 String date, boolean negated, Modality modality) {
        String eid = "e" + (events.size() + 1);
        Span t = span(trigger, nth);
        events.add(new Event(eid, type, mode, who, whom, place, date, negated, modality, 4, -10.0, t, sentence(t), List.of()));
        return eid;
    }

    /** Adds a claim; {@code sourceWords} may be null for an unnamed source. */
    public String claim(String sourceWords, String speaker, String cue, String content, ClaimType type,
                 Certainty certainty, String event, String attributedTo) {
        String cid = "c" + (claims.size() + 1);
        Span src = sourceWords == null ? null : span(sourceWords);
        claims.add(new Claim(cid, new Claim.Source(src == null ? null : src.start(), src == null ? null : src.end(), speaker),
                span(cue), span(content), type, certainty, event, attributedTo));
        return cid;
    }

    /** The analysis, in English, with what was added. */
    public Analysis build() {
        return new Analysis(id, url, title, null, published, "en", text, actors, places, events, claims, List.of());
    }
}
