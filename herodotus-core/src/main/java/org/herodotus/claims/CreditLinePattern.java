package org.herodotus.claims;

import static org.herodotus.claims.Phrases.sentenceAt;

import java.util.ArrayList;
import java.util.List;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;

/**
 * A quotation on a line of its own, credited after a dash: {@code “Fear. I am truly afraid.”
 * ― Edwin G. Monroy}. Listicles, reader responses and epigraphs credit quotes this way, with no
 * reporting verb for the other readings to find. The name may be followed by a short
 * description after a comma ("― Jane Doe, 34, Phoenix"). Kind "credit".
 */
final class CreditLinePattern implements LinePattern {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "(?m)^[ \\t\\u00a0]*(?<quote>[“”\"][^\\n]*[”\"])[ \\t\\u00a0]*(?<dash>―|—|–|--)[ \\t\\u00a0]*"
                    + "(?<name>" + NAME_WORD + "(?:[ \\u00a0]+(?:" + NAME_WORD + "|de|la|del|van|von|bin|al-\\p{L}+)){0,4})"
                    + "(?:,[^\\n]{0,80})?[ \\t\\u00a0.]*$");

    @Override
    public List<Attribution> find(String text, Parse parse) {
        List<Attribution> out = new ArrayList<>();
        java.util.regex.Matcher m = CREDIT.matcher(text);
        while (m.find()) {
            int sentence = sentenceAt(parse, m.start("dash"));
            if (sentence < 0) {
                continue;
            }
            int nameEnd = m.end("name");
            if (text.charAt(nameEnd - 1) == '.' && nameEnd - m.start("name") > 2 && text.charAt(nameEnd - 3) != ' ') {
                nameEnd--; // the full stop after "Carla Sanchez.", not an initial's
            }
            out.add(new Attribution(List.of(new Span(m.start("name"), nameEnd)), List.of(new Span(m.start("dash"), m.end("dash"))),
                    List.of(new Span(m.start("quote"), m.end("quote"))), null, sentence, Certainty.ASSERTED, ClaimType.STATEMENT,
                    "credit", false));
        }
        return out;
    }
}
