package org.herodotus.claims;

import java.util.List;
import org.herodotus.nlp.Parse;

/**
 * A line of text that is an attribution as a whole (a quotation credited after a dash, a line of
 * an interview transcript). Such a line is read over the raw text, and its reading wins over any
 * other reading of its cue.
 */
interface LinePattern {

    /** Every such line of {@code text}, each with the index of the sentence it starts in. */
    List<Attribution> find(String text, Parse parse);
}
