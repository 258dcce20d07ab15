package org.herodotus.store;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Place;

/**
 * Turns a batch of analyses into the rows of the store's tables (articles, their MinHash bands and
 * words, actors, places, events, event participants and their names, claims) and inserts them, one
 * statement per table. Each table's rows are a record ({@link ArticleRecord}, {@link BandRecord},
 * {@link WordRecord}, {@link ActorRecord}, {@link PlaceRecord}, {@link EventRecord}, {@link
 * ParticipantRecord}, {@link ActorNameRecord}, {@link ClaimRecord}) that names its columns. The rows
 * denormalise what readers filter on (an event's place and coordinates, a participant's name and
 * country, a claim's speaker and attributed party), so reading needs no join.
 */
final class ArticleRecords {

    private final StatementCache sql;

    ArticleRecords(StatementCache sql) {
        this.sql = sql;
    }

    /** Inserts every record of the batch, table by table. */
    void insert(List<PendingArticle> work, Map<Long, Long> incidentOf) throws SQLException {
        List<ArticleRecord> articles = new ArrayList<>();
        List<BandRecord> bands = new ArrayList<>();
        List<ActorRecord> actorRows = new ArrayList<>();
        List<PlaceRecord> placeRows = new ArrayList<>();
        List<EventRecord> eventRows = new ArrayList<>();
        List<ParticipantRecord> participants = new ArrayList<>();
        List<ClaimRecord> claimRows = new ArrayList<>();
        List<WordRecord> wordRows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (PendingArticle item : work) {
            Analysis a = item.a;
            String text = a.text();
            long articleId = item.id;
            articles.add(new ArticleRecord(articleId, item.key, item.contentHash, item.textHash, a.id(), a.url(),
                ArticleKeys.outlet(a.url()), a.title(), a.byline(), a.published(), item.seen, a.language(), text, item.json,
                item.signature.shingles(), item.signature.bytes(), item.copyOf, item.group, now));
            if (item.signature.shingles() > 0) {
                for (long b : item.signature.buckets()) {
                    bands.add(new BandRecord(b, articleId));
                }
            }
            wordRows.addAll(WordIndex.rows(articleId, a.title(), text));
            Map<String, Actor> actors = new HashMap<>();
            for (Actor actor : a.actors()) {
                actors.put(actor.id(), actor);
                actorRows.add(new ActorRecord(articleId, actor.id(), actor.name(), actor.country(), actor.sector(),
                    actor.mentions().size()));
            }
            Map<String, Place> places = new HashMap<>();
            for (Place place : a.places()) {
                places.put(place.id(), place);
                placeRows.add(new PlaceRecord(articleId, place.id(), place.name(), place.start(), place.end(), place.lat(),
                    place.lon(), place.country(), place.admin1(), place.feature(), place.mentions().size()));
            }
            Map<String, Long> eventIds = new HashMap<>();
            for (int k = 0; k < a.events().size(); k++) {
                Event e = a.events().get(k);
                long id = item.eventIds.get(k);
                eventIds.put(e.id(), id);
                EventColumns c = EventColumns.of(text, e, e.place() == null ? null : places.get(e.place()), item.seen);
                eventRows.add(new EventRecord(id, articleId, e.id(), c.eventType(), c.mode(), c.placeKey(), c.placeName(),
                    c.lat(), c.lon(), c.country(), c.admin1(), c.feature(), c.dateText(), c.dateLo(), c.dateHi(), c.day(),
                    item.seen, item.group, c.negated(), c.modality(), c.quad(), c.intensity(), c.triggerStart(),
                    c.triggerEnd(), c.sentenceStart(), c.sentenceEnd(), c.triggerText(), c.sentenceText(),
                    incidentOf.get(id)));
                for (String role : List.of("actor", "recipient")) {
                    for (String actorKey : role.equals("actor") ? e.actors() : e.recipients()) {
                        participants.add(new ParticipantRecord(id, articleId,
                                ClaimAndParticipantColumns.participant(text, e, role, actorKey, actors.get(actorKey)), c.day()));
                    }
                }
            }
            for (Claim claim : a.claims()) {
                claimRows.add(new ClaimRecord(articleId, claim.id(), claim.event(),
                        claim.event() == null ? null : eventIds.get(claim.event()),
                        ClaimAndParticipantColumns.claim(text, claim, actors)));
            }
        }
        sql.insert(ArticleRecord.TABLE, articles);
        sql.insert(BandRecord.TABLE, bands);
        sql.insert(ActorRecord.TABLE, actorRows);
        sql.insert(PlaceRecord.TABLE, placeRows);
        sql.insert(EventRecord.TABLE, eventRows);
        sql.insert(ParticipantRecord.TABLE, participants);
        sql.insertNew(ActorNameRecord.TABLE, names(participants));
        sql.insert(ClaimRecord.TABLE, claimRows);
        sql.insert(WordRecord.TABLE, wordRows);
    }

    /**
     * The distinct lower-case names of the participant rows, for the actor_names dictionary, in
     * sorted order: two PostgreSQL writers inserting the same new names in different orders would
     * each wait for the other's key.
     */
    private static List<ActorNameRecord> names(List<ParticipantRecord> participants) {
        Set<String> seen = new TreeSet<>();
        for (ParticipantRecord row : participants) {
            if (row.participant().nameLc() != null) {
                seen.add(row.participant().nameLc());
            }
        }
        List<ActorNameRecord> out = new ArrayList<>(seen.size());
        seen.forEach(name -> out.add(new ActorNameRecord(name)));
        return out;
    }

}
