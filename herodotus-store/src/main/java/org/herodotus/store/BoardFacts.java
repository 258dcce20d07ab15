package org.herodotus.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Event;
import org.herodotus.model.Span;
import org.herodotus.store.ClaimAndParticipantColumns.ClaimColumns;
import org.herodotus.store.ClaimAndParticipantColumns.ParticipantColumns;

/**
 * What an attribution board is built from, one article at a time: the article, the incidents its
 * events joined, its claims that name who did it, and the named actors of its merged events. The
 * store reads these from its tables ({@code Boards}); a batch job derives them from an analysis
 * with {@link #of}, through the column derivations the store writes those tables with ({@link
 * ClaimAndParticipantColumns}), so both hand {@link BoardRules} the same values.
 */
public final class BoardFacts {

    private BoardFacts() {
    }

    /**
     * One article, as a board quotes it.
     *
     * @param order     its place in storage order (the store's row id): same-day claims are listed in it
     * @param key       its store key ({@code doc_key})
     * @param document  the id given with the input, or null
     * @param url       its URL, or null
     * @param title     its title, or null
     * @param outlet    its outlet (from the URL), or null
     * @param published its publication date, or null
     * @param seen      the day it counts for: its publication date, else the day it was stored
     * @param group     the independent source it belongs to: its outlet, the original's outlet for a
     *                  wire copy, or "article:" and an id of its own when it has no outlet
     */
    public record Article(long order, String key, String document, String url, String title, String outlet,
                          LocalDate published, LocalDate seen, String group) {

        /** The date its claims carry: published, else seen. */
        LocalDate when() {
            return published != null ? published : seen;
        }
    }

    /**
     * A claim of the article that names who did it (its {@code attributedTo} is set).
     *
     * @param key         the claim's id in its analysis ("c9"); an article's claims are taken in this order
     * @param linked      whether the claim is about one of the article's events
     * @param incident    the incident that event joined, or null (no event, or one that joined none)
     * @param type        claim type, lower case
     * @param certainty   certainty, lower case, or null
     * @param speaker     the claimant actor's name, or null for an unnamed source
     * @param speakerText the words naming the source ("a military source"), or null
     * @param cue         the reporting words
     * @param cueStart    where they start in the article text, or null
     * @param content     what is claimed
     * @param name        the candidate it names
     * @param country     the candidate's country
     * @param sector      the candidate's sector
     */
    public record Claim(String key, boolean linked, Long incident, String type, String certainty, String speaker,
                        String speakerText, String cue, Integer cueStart, String content, String name, String country,
                        String sector) {
    }

    /**
     * A named actor (not a recipient) of one of the article's events that joined an incident: the
     * article's own narrative naming a perpetrator.
     *
     * @param event    the event's place among the article's events (any number that grows with it)
     * @param incident the incident the event joined
     * @param name     the actor's name
     * @param country  its country, or null
     * @param sector   its sector, or null
     * @param generic  whether the text only describes it ("gunmen"); null when not recorded
     * @param trigger  the event's trigger words
     * @param sentence the sentence that shows the actor at work ({@link Evidence}), else the event's
     * @param offset   where that sentence's evidence starts, else the trigger; null when neither is known
     */
    public record Participant(long event, long incident, String name, String country, String sector,
                              Boolean generic, String trigger, String sentence, Integer offset) {
    }

    /**
     * One article's facts.
     *
     * @param article      the article
     * @param incidents    every incident its events joined
     * @param claims       its claims that name who did it
     * @param participants the named actors of its events that joined an incident; those of one event
     *                     in the order the event lists them
     */
    public record ArticleFacts(Article article, Set<Long> incidents, List<Claim> claims, List<Participant> participants) {

        public ArticleFacts {
            incidents = Set.copyOf(incidents);
            claims = List.copyOf(claims);
            participants = List.copyOf(participants);
        }
    }

    /**
     * The facts of analysis {@code a}, stored as {@code article}, whose events joined the incidents
     * {@code incidentOfEvent} gives (event id → incident; events that joined none are absent): the
     * values the store's claims and event_actors rows hold for it.
     */
    public static ArticleFacts of(Analysis a, Article article, Map<String, Long> incidentOfEvent) {
        String text = a.text();
        Map<String, Actor> actors = new HashMap<>();
        a.actors().forEach(x -> actors.put(x.id(), x));
        Set<String> events = new HashSet<>();
        Set<Long> incidents = new TreeSet<>();
        List<Participant> participants = new ArrayList<>();
        for (int k = 0; k < a.events().size(); k++) {
            Event e = a.events().get(k);
            events.add(e.id());
            Long incident = incidentOfEvent.get(e.id());
            if (incident == null) {
                continue;
            }
            incidents.add(incident);
            Span t = e.trigger();
            for (String actorKey : e.actors()) {
                Actor actor = actors.get(actorKey);
                if (actor == null || actor.name() == null) {
                    continue;
                }
                ParticipantColumns p = ClaimAndParticipantColumns.participant(text, e, "actor", actorKey, actor);
                String sentence = p.evidenceText() != null ? p.evidenceText()
                        : e.sentence() == null ? null : e.sentence().of(text);
                Integer offset = p.evidenceStart() != null ? p.evidenceStart() : t == null ? null : t.start();
                participants.add(new Participant(k, incident, actor.name(), actor.country(), actor.sector(),
                        actor.generic(), t == null ? null : t.of(text), sentence, offset));
            }
        }
        List<Claim> claims = new ArrayList<>();
        for (org.herodotus.model.Claim claim : a.claims()) {
            ClaimColumns v = ClaimAndParticipantColumns.claim(text, claim, actors);
            if (v.attributedName() == null) {
                continue;
            }
            boolean linked = claim.event() != null && events.contains(claim.event());
            claims.add(new Claim(claim.id(), linked, linked ? incidentOfEvent.get(claim.event()) : null,
                    v.claimType(), v.certainty(), v.sourceName(), v.sourceText(), v.cueText(), v.cueStart(),
                    v.contentText(), v.attributedName(), v.attributedCountry(), v.attributedSector()));
        }
        return new ArticleFacts(article, incidents, claims, participants);
    }
}
