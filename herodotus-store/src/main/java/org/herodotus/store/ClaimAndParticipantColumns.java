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
 * drift apart. Each method returns the values in table order, without the keys that tie the row
 * to its article and event, which each writer adds.
 */
public final class ClaimAndParticipantColumns {

    private ClaimAndParticipantColumns() {
    }

    /**
     * claim_type, certainty, source_key, source_name, source_country, source_sector, source_text,
     * source_start, source_end, cue_text, cue_start, cue_end, content_text, content_start,
     * content_end, attributed_key, attributed_name, attributed_country, attributed_sector.
     */
    public static Object[] claim(String text, Claim claim, Map<String, Actor> actors) {
        Claim.Source src = claim.source();
        Actor speaker = src == null || src.actor() == null ? null : actors.get(src.actor());
        Actor target = claim.attributedTo() == null ? null : actors.get(claim.attributedTo());
        boolean hasSpan = src != null && src.start() != null && src.end() != null;
        Span cue = claim.cue();
        Span content = claim.content();
        return new Object[] {claim.type() == null ? null : claim.type().value(),
            claim.certainty() == null ? null : claim.certainty().value(),
            src == null ? null : src.actor(), speaker == null ? null : speaker.name(),
            speaker == null ? null : speaker.country(), speaker == null ? null : speaker.sector(),
            hasSpan ? text.substring(src.start(), src.end()) : null, hasSpan ? src.start() : null,
            hasSpan ? src.end() : null, cue == null ? null : cue.of(text), cue == null ? null : cue.start(),
            cue == null ? null : cue.end(), content == null ? null : content.of(text),
            content == null ? null : content.start(), content == null ? null : content.end(), claim.attributedTo(),
            target == null ? null : target.name(), target == null ? null : target.country(),
            target == null ? null : target.sector()};
    }

    /** role, actor_key, name, name_lc, country, sector, generic, evidence_text, evidence_start. */
    public static Object[] participant(String text, Event e, String role, String actorKey, Actor actor) {
        Span evidence = Evidence.of(text, e, actor);
        return new Object[] {role, actorKey, actor.name(),
            actor.name() == null ? null : actor.name().toLowerCase(Locale.ROOT), actor.country(), actor.sector(),
            actor.generic(), evidence == null ? null : evidence.of(text), evidence == null ? null : evidence.start()};
    }

    /** {@code parts} one after the other, as one row. */
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
