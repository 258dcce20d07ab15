package org.herodotus.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.herodotus.model.Actor;
import org.herodotus.model.Analysis;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Place;
import org.herodotus.store.ArticleKeys;
import org.herodotus.store.ClaimAndParticipantColumns;
import org.herodotus.store.EventColumns;

/**
 * The Parquet tables of a run and the rows one analysis gives them: the store's tables (see the
 * store's migrations) with the store's column names and types, less what only the store can
 * assign — its numeric ids ({@code id}, {@code article_id}, {@code event_id}, {@code
 * incident_id}), near-duplicate bands and groups, and the word index. Rows of one article are
 * linked by its {@code doc_key}, which is the store's unique article key too. Every table has the
 * article's {@code seen} day (its publication date, else the day of the run), by which the run
 * partitions its files.
 *
 * <p>The values are derived from the analysis as the store derives them when it writes one, so
 * that a table read here and the same table read from the store agree row for row.
 */
public final class ArticleTables {

    /** The tables, in the order they are written. */
    public static final List<String> NAMES = List.of("articles", "actors", "places", "events", "event_actors", "claims");

    private static final StructType ARTICLES = schema(
            "doc_key", DataTypes.StringType, "text_hash", DataTypes.StringType, "source_id", DataTypes.StringType,
            "url", DataTypes.StringType, "outlet", DataTypes.StringType, "title", DataTypes.StringType,
            "byline", DataTypes.StringType, "published", DataTypes.DateType, "language", DataTypes.StringType,
            "body", DataTypes.StringType, "analysis", DataTypes.StringType, "seen", DataTypes.DateType);
    private static final StructType ACTORS = schema(
            "doc_key", DataTypes.StringType, "actor_key", DataTypes.StringType, "name", DataTypes.StringType,
            "country", DataTypes.StringType, "sector", DataTypes.StringType, "mentions", DataTypes.IntegerType,
            "seen", DataTypes.DateType);
    private static final StructType PLACES = schema(
            "doc_key", DataTypes.StringType, "place_key", DataTypes.StringType, "name", DataTypes.StringType,
            "start_off", DataTypes.IntegerType, "end_off", DataTypes.IntegerType, "lat", DataTypes.DoubleType,
            "lon", DataTypes.DoubleType, "country", DataTypes.StringType, "admin1", DataTypes.StringType,
            "feature", DataTypes.StringType, "mentions", DataTypes.IntegerType, "seen", DataTypes.DateType);
    private static final StructType EVENTS = schema(
            "doc_key", DataTypes.StringType, "event_key", DataTypes.StringType, "event_type", DataTypes.StringType,
            "mode", DataTypes.StringType, "place_key", DataTypes.StringType, "place_name", DataTypes.StringType,
            "lat", DataTypes.DoubleType, "lon", DataTypes.DoubleType, "country", DataTypes.StringType,
            "admin1", DataTypes.StringType, "feature", DataTypes.StringType, "date_text", DataTypes.StringType,
            "date_lo", DataTypes.DateType, "date_hi", DataTypes.DateType, "day", DataTypes.DateType,
            "negated", DataTypes.BooleanType, "modality", DataTypes.StringType, "quad", DataTypes.ShortType,
            "intensity", DataTypes.DoubleType, "trigger_start", DataTypes.IntegerType, "trigger_end", DataTypes.IntegerType,
            "sentence_start", DataTypes.IntegerType, "sentence_end", DataTypes.IntegerType,
            "trigger_text", DataTypes.StringType, "sentence_text", DataTypes.StringType, "seen", DataTypes.DateType);
    private static final StructType EVENT_ACTORS = schema(
            "doc_key", DataTypes.StringType, "event_key", DataTypes.StringType, "role", DataTypes.StringType,
            "actor_key", DataTypes.StringType, "name", DataTypes.StringType, "name_lc", DataTypes.StringType,
            "country", DataTypes.StringType, "sector", DataTypes.StringType, "generic", DataTypes.BooleanType,
            "evidence_text", DataTypes.StringType, "evidence_start", DataTypes.IntegerType, "day", DataTypes.DateType,
            "seen", DataTypes.DateType);
    private static final StructType CLAIMS = schema(
            "doc_key", DataTypes.StringType, "claim_key", DataTypes.StringType, "event_key", DataTypes.StringType,
            "claim_type", DataTypes.StringType, "certainty", DataTypes.StringType, "source_key", DataTypes.StringType,
            "source_name", DataTypes.StringType, "source_country", DataTypes.StringType, "source_sector", DataTypes.StringType,
            "source_text", DataTypes.StringType, "source_start", DataTypes.IntegerType, "source_end", DataTypes.IntegerType,
            "cue_text", DataTypes.StringType, "cue_start", DataTypes.IntegerType, "cue_end", DataTypes.IntegerType,
            "content_text", DataTypes.StringType, "content_start", DataTypes.IntegerType, "content_end", DataTypes.IntegerType,
            "attributed_key", DataTypes.StringType, "attributed_name", DataTypes.StringType,
            "attributed_country", DataTypes.StringType, "attributed_sector", DataTypes.StringType, "seen", DataTypes.DateType);

    private ArticleTables() {
    }

    /** The columns of table {@code name}, one of {@link #NAMES}. */
    public static StructType schema(String name) {
        return switch (name) {
            case "articles" -> ARTICLES;
            case "actors" -> ACTORS;
            case "places" -> PLACES;
            case "events" -> EVENTS;
            case "event_actors" -> EVENT_ACTORS;
            case "claims" -> CLAIMS;
            default -> throw new IllegalArgumentException("no table '" + name + "'; the tables are " + NAMES);
        };
    }

    /** The article's key in the store: its canonical URL, else a hash of its body (the text without the headline). */
    public static String docKey(Analysis a) {
        return ArticleKeys.docKey(a.url(), a.body());
    }

    /** The rows analysis {@code a} (stored as {@code json}) gives table {@code name}; {@code seen} is its day. */
    public static List<Row> rows(String name, Analysis a, String json, LocalDate seen) {
        String key = docKey(a);
        Date day = Date.valueOf(seen);
        String text = a.text();
        Map<String, Actor> actors = new HashMap<>();
        a.actors().forEach(x -> actors.put(x.id(), x));
        Map<String, Place> places = new HashMap<>();
        a.places().forEach(x -> places.put(x.id(), x));
        List<Row> out = new ArrayList<>();
        switch (name) {
            case "articles" -> out.add(RowFactory.create(key, ArticleKeys.textHash(a.body()), a.id(), a.url(),
                    ArticleKeys.outlet(a.url()), a.title(), a.byline(), date(a.published()), a.language(), text, json, day));
            case "actors" -> {
                for (Actor actor : a.actors()) {
                    out.add(RowFactory.create(key, actor.id(), actor.name(), actor.country(), actor.sector(),
                            actor.mentions().size(), day));
                }
            }
            case "places" -> {
                for (Place p : a.places()) {
                    out.add(RowFactory.create(key, p.id(), p.name(), p.start(), p.end(), p.lat(), p.lon(), p.country(),
                            p.admin1(), p.feature(), p.mentions().size(), day));
                }
            }
            case "events" -> {
                for (Event e : a.events()) {
                    EventColumns c = EventColumns.of(text, e, e.place() == null ? null : places.get(e.place()), seen);
                    out.add(RowFactory.create(key, e.id(), c.eventType(), c.mode(), c.placeKey(), c.placeName(), c.lat(),
                            c.lon(), c.country(), c.admin1(), c.feature(), c.dateText(), date(c.dateLo()),
                            date(c.dateHi()), date(c.day()), c.negated(), c.modality(), c.quad(), c.intensity(),
                            c.triggerStart(), c.triggerEnd(), c.sentenceStart(), c.sentenceEnd(), c.triggerText(),
                            c.sentenceText(), day));
                }
            }
            case "event_actors" -> {
                for (Event e : a.events()) {
                    Date eventDay = date(EventColumns.day(e, seen));
                    for (String role : List.of("actor", "recipient")) {
                        for (String actorKey : role.equals("actor") ? e.actors() : e.recipients()) {
                            Object[] participant = ClaimAndParticipantColumns.participant(text, e, role, actorKey,
                                    actors.get(actorKey)).values();
                            out.add(RowFactory.create(ClaimAndParticipantColumns.row(new Object[] {key, e.id()}, participant,
                                    new Object[] {eventDay, day})));
                        }
                    }
                }
            }
            case "claims" -> {
                for (Claim claim : a.claims()) {
                    out.add(RowFactory.create(ClaimAndParticipantColumns.row(new Object[] {key, claim.id(), claim.event()},
                            ClaimAndParticipantColumns.claim(text, claim, actors).values(), new Object[] {day})));
                }
            }
            default -> throw new IllegalArgumentException("no table '" + name + "'; the tables are " + NAMES);
        }
        return out;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static StructType schema(Object... nameAndType) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < nameAndType.length; i += 2) {
            fields.add(DataTypes.createStructField((String) nameAndType[i], (DataType) nameAndType[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }
}
