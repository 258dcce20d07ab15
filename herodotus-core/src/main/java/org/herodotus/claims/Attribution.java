package org.herodotus.claims;

import java.util.List;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;

/**
 * One attribution relation as found in the text, before it is interpreted as a claim: the words
 * naming the source, the cue and the content, each possibly in several fragments (a quotation
 * interrupted by "he said" has two content fragments). Offsets index the article text.
 *
 * <p>Not part of the library API; used by herodotus-eval's attribution evaluation and trainers,
 * which read the rule finder's and the tagger's findings ({@link ClaimStage#attributions} returns
 * them).
 *
 * @param source    fragments naming who says it; empty when the text names nobody
 * @param cue       fragments of the reporting words ("has said", "according to", ":")
 * @param content   fragments of what is said
 * @param relay     who passes the source's words on ("quoted by NPR"), null when nobody
 * @param sentence  index of the sentence holding the cue
 * @param certainty the certainty the cue itself conveys
 * @param type      the claim type the cue itself conveys
 * @param kind      how it was found: verb (clause or quotation content), verb-object (a noun
 *                  phrase or infinitive as content), noun, according-to, colon, passive
 * @param nested    whether the cue stands inside a quotation (someone quoting someone, or "I
 *                  suspect" inside a quoted speaker's words)
 */
public record Attribution(List<Span> source, List<Span> cue, List<Span> content, Span relay,
                          int sentence, Certainty certainty, ClaimType type, String kind, boolean nested) {

    public Attribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }

    /** The span from the first to the last content fragment. */
    public Span contentCover() {
        return cover(content);
    }

    /** The span from the first to the last source fragment, or null when there is no source. */
    public Span sourceCover() {
        return source.isEmpty() ? null : cover(source);
    }

    /** The span from the first to the last cue fragment, or null when there is no cue. */
    public Span cueCover() {
        return cue.isEmpty() ? null : cover(cue);
    }

    /** A copy with one more content fragment. */
    public Attribution withContent(Span more) {
        List<Span> all = new java.util.ArrayList<>(content);
        all.add(more);
        return new Attribution(source, cue, all, relay, sentence, certainty, type, kind, nested);
    }

    /** A copy marked as standing inside a quotation or not. */
    public Attribution withNested(boolean inside) {
        return new Attribution(source, cue, content, relay, sentence, certainty, type, kind, inside);
    }

    static Span cover(List<Span> spans) {
        int s = Integer.MAX_VALUE;
        int e = Integer.MIN_VALUE;
        for (Span x : spans) {
            s = Math.min(s, x.start());
            e = Math.max(e, x.end());
        }
        return new Span(s, e);
    }
}
