package org.herodotus.store;

import java.util.Locale;
import java.util.Map;
import org.herodotus.model.Actor;
import org.herodotus.model.Claim;
import org.herodotus.model.Event;
import org.herodotus.model.Span;

/**
 * The denormalised column values of a claim and of an event participant, as the store's tables
 * hold them and as the Spark job writes them: one derivation for both, so their columns cannot
 * drift apart. Each is a record of the columns in table order, without the keys that tie the row
 * to its article and event, which each writer adds ({@link ClaimRecord}, {@link ParticipantRecord}
 * in the store).
 */
public final class ClaimAndParticipantColumns {

    private ClaimAndParticipantColumns() {
    }

    /**
     * The columns of a claims row that come from the claim itself: its type and certainty, its
     * source (the speaking actor and the words naming it), its cue and content, and the party it
     * names as responsible.
     */
    public record ClaimColumns(String claimType, String certainty, String sourceKey, String sourceName,
                               String sourceCountry, String sourceSector, String sourceText, Integer sourceStart,
                               Integer sourceEnd, String cueText, Integer cueStart, Integer cueEnd, String contentText,
                               Integer contentStart, Integer contentEnd, String attributedKey, String attributedName,
                               String attributedCountry, String attributedSector) {

        /** The columns, in table order. */
        public static final String COLUMNS = "claim_type, certainty, source_key, source_name, source_country, "
                + "source_sector, source_text, source_start, source_end, cue_text, cue_start, cue_end, content_text, "
                + "content_start, content_end, attributed_key, attributed_name, attributed_country, attributed_sector";

        /** The values in the order of {@link #COLUMNS}. */
        public Object[] values() {
            return new Object[] {claimType, certainty, sourceKey, sourceName, sourceCountry, sourceSector, sourceText,
                sourceStart, sourceEnd, cueText, cueStart, cueEnd, contentText, contentStart, contentEnd, attributedKey,
                attributedName, attributedCountry, attributedSector};
        }
    }

    /**
     * The columns of an event_actors row that come from the participant: its role in the event
     * ("actor" or "recipient"), the actor's key, name (and lower-cased), country, sector and
     * generic flag, and the evidence sentence that shows it at work.
     */
    public record ParticipantColumns(String role, String actorKey, String name, String nameLc, String country,
                                     String sector, Boolean generic, String evidenceText, Integer evidenceStart) {

        /** The columns, in table order. */
        public static final String COLUMNS =
                "role, actor_key, name, name_lc, country, sector, generic, evidence_text, evidence_start";

        /** The values in the order of {@link #COLUMNS}. */
        public Object[] values() {
            return new Object[] {role, actorKey, name, nameLc, country, sector, generic, evidenceText, evidenceStart};
        }
    }

    /** The columns of {@code claim} of an article with text {@code text} and actors {@code actors} (by id). */
    public static ClaimColumns claim(String text, Claim claim, Map<String, Actor> actors) {
        Claim.Source src = claim.source();
        Actor speaker = src == null || src.actor() == null ? null : actors.get(src.actor());
        Actor target = claim.attributedTo() == null ? null : actors.get(claim.attributedTo());
        boolean hasSpan = src != null && src.start() != null && src.end() != null;
        Span cue = claim.cue();
        Span content = claim.content();
        return new ClaimColumns(claim.type() == null ? null : claim.type().value(),
            claim.certainty() == null ? null : claim.certainty().value(),
            src == null ? null : src.actor(), speaker == null ? null : speaker.name(),
            speaker == null ? null : speaker.country(), speaker == null ? null : speaker.sector(),
            hasSpan ? text.substring(src.start(), src.end()) : null, hasSpan ? src.start() : null,
            hasSpan ? src.end() : null, cue == null ? null : cue.of(text), cue == null ? null : cue.start(),
            cue == null ? null : cue.end(), content == null ? null : content.of(text),
            content == null ? null : content.start(), content == null ? null : content.end(), claim.attributedTo(),
            target == null ? null : target.name(), target == null ? null : target.country(),
            target == null ? null : target.sector());
    }

    /** The columns of {@code actor} (key {@code actorKey}) taking part in event {@code e} as {@code role}. */
    public static ParticipantColumns participant(String text, Event e, String role, String actorKey, Actor actor) {
        Span evidence = Evidence.of(text, e, actor);
        return new ParticipantColumns(role, actorKey, actor.name(),
            actor.name() == null ? null : actor.name().toLowerCase(Locale.ROOT), actor.country(), actor.sector(),
            actor.generic(), evidence == null ? null : evidence.of(text), evidence == null ? null : evidence.start());
    }

    /** {@code parts} one after the other, as one row's values. */
    public static Object[] row(Object[]... parts) {
        int n = 0;
        for (Object[] p : parts) {
            n += p.length;
        }
        Object[] out = new Object[n];
        int at = 0;
        for (Object[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
