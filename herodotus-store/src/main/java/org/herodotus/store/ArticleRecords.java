package org.herodotus.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Place;
import org.herodotus.model.Span;

/**
 * Turns a batch of analyses into the rows of the store's tables (articles, their MinHash bands and
 * words, actors, places, events, event participants and their names, claims) and inserts them, one
 * statement per table. The rows denormalise what readers filter on (an event's place and coordinates, a
 * participant's name and country, a claim's speaker and attributed party), so reading needs no join.
 */
final class ArticleRecords {

    private final StatementCache sql;

    ArticleRecords(StatementCache sql) {
        this.sql = sql;
    }

    /** Inserts every record of the batch, table by table. */
    void insert(List<PendingArticle> work, Map<Long, Long> incidentOf) throws SQLException {
        List<Object[]> articles = new ArrayList<>();
        List<Object[]> bands = new ArrayList<>();
        List<Object[]> actorRows = new ArrayList<>();
        List<Object[]> placeRows = new ArrayList<>();
        List<Object[]> eventRows = new ArrayList<>();
        List<Object[]> participants = new ArrayList<>();
        List<Object[]> claimRows = new ArrayList<>();
        List<Object[]> wordRows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (PendingArticle item : work) {
            Analysis a = item.a;
            String text = a.text();
            long articleId = item.id;
            articles.add(new Object[] {articleId, item.key, item.contentHash, item.textHash, a.id(), a.url(),
                ArticleKeys.outlet(a.url()), a.title(), a.byline(), a.published(), item.seen, a.language(), text, item.json,
                item.signature.shingles(), item.signature.bytes(), item.copyOf, item.group, now});
            if (item.signature.shingles() > 0) {
                for (long b : item.signature.buckets()) {
                    bands.add(new Object[] {b, articleId});
                }
            }
            wordRows.addAll(WordIndex.rows(articleId, a.title(), text));
            Map<String, Actor> actors = new HashMap<>();
            for (Actor actor : a.actors()) {
                actors.put(actor.id(), actor);
                actorRows.add(new Object[] {articleId, actor.id(), actor.name(), actor.country(), actor.sector(),
                    actor.mentions().size()});
            }
            Map<String, Place> places = new HashMap<>();
            for (Place place : a.places()) {
                places.put(place.id(), place);
                placeRows.add(new Object[] {articleId, place.id(), place.name(), place.start(), place.end(), place.lat(),
                    place.lon(), place.country(), place.admin1(), place.feature(), place.mentions().size()});
            }
            Map<String, Long> eventIds = new HashMap<>();
            for (int k = 0; k < a.events().size(); k++) {
                Event e = a.events().get(k);
                long id = item.eventIds.get(k);
                eventIds.put(e.id(), id);
                Place place = e.place() == null ? null : places.get(e.place());
                LocalDate[] when = e.date() == null ? null : EventDates.interval(e.date());
                boolean precise = when != null && when[0].equals(when[1]);
                LocalDate day = precise ? when[0] : item.seen;
                Span t = e.trigger();
                Span s = e.sentence();
                eventRows.add(new Object[] {id, articleId, e.id(), e.event().strip().toUpperCase(Locale.ROOT), e.mode(),
                    e.place(), place == null ? null : place.name(), place == null ? null : place.lat(),
                    place == null ? null : place.lon(), place == null ? null : place.country(),
                    place == null ? null : place.admin1(), place == null ? null : place.feature(), e.date(),
                    when == null ? null : when[0], when == null ? null : when[1], day, item.seen,
                    item.group, e.negated(), e.modality() == null ? null : e.modality().value(), e.quad() == null ? null : e.quad().shortValue(), e.intensity(),
                    t == null ? null : t.start(), t == null ? null : t.end(), s == null ? null : s.start(),
                    s == null ? null : s.end(), t == null ? null : t.of(text), s == null ? null : s.of(text),
                    incidentOf.get(id)});
                for (String role : List.of("actor", "recipient")) {
                    for (String actorKey : role.equals("actor") ? e.actors() : e.recipients()) {
                        participants.add(ClaimAndParticipantColumns.row(new Object[] {id, articleId},
                                ClaimAndParticipantColumns.participant(text, e, role, actorKey, actors.get(actorKey)),
                                new Object[] {day}));
                    }
                }
            }
            for (Claim claim : a.claims()) {
                claimRows.add(ClaimAndParticipantColumns.row(new Object[] {articleId, claim.id(), claim.event(),
                    claim.event() == null ? null : eventIds.get(claim.event())},
                        ClaimAndParticipantColumns.claim(text, claim, actors)));
            }
        }
        sql.insert("articles", "id, doc_key, content_hash, text_hash, source_id, url, outlet, title, byline, published, seen, "
                + "language, body, analysis, shingles, minhash, copy_of, source_group, ingested_at", 19, articles);
        sql.insert("article_bands", "bucket, article_id", 2, bands);
        sql.insert("actors", "article_id, actor_key, name, country, sector, mentions", 6, actorRows);
        sql.insert("places", "article_id, place_key, name, start_off, end_off, lat, lon, country, admin1, feature, mentions", 11,
                placeRows);
        sql.insert("events", "id, article_id, event_key, event_type, mode, place_key, place_name, lat, lon, country, "
                + "admin1, feature, date_text, date_lo, date_hi, day, seen, source_group, negated, modality, quad, intensity, "
                + "trigger_start, trigger_end, sentence_start, sentence_end, trigger_text, sentence_text, incident_id", 29, eventRows);
        sql.insert("event_actors", "event_id, article_id, role, actor_key, name, name_lc, country, sector, generic, "
                + "evidence_text, evidence_start, day", 12,
                participants);
        sql.insertNew("actor_names", "name_lc", names(participants));
        sql.insert("claims", "article_id, claim_key, event_key, event_id, claim_type, certainty, source_key, source_name, "
                + "source_country, source_sector, source_text, source_start, source_end, cue_text, cue_start, cue_end, "
                + "content_text, content_start, content_end, attributed_key, attributed_name, attributed_country, "
                + "attributed_sector", 23, claimRows);
        sql.insert("article_words", "word, article_id", 2, wordRows);
    }

    /**
     * The distinct lower-case names of the participant rows, for the actor_names dictionary, in
     * sorted order: two PostgreSQL writers inserting the same new names in different orders would
     * each wait for the other's key.
     */
    private static List<Object[]> names(List<Object[]> participants) {
        Set<String> seen = new TreeSet<>();
        for (Object[] row : participants) {
            // The row's columns are those of the event_actors insert: name_lc is the sixth.
            if (row[5] instanceof String name) {
                seen.add(name);
            }
        }
        List<Object[]> out = new ArrayList<>(seen.size());
        seen.forEach(name -> out.add(new Object[] {name}));
        return out;
    }

}
