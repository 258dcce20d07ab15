package org.herodotus.claims;

import static org.herodotus.claims.Phrases.sentenceAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.herodotus.model.Certainty;
import org.herodotus.model.ClaimType;
import org.herodotus.model.Span;
import org.herodotus.nlp.Parse;

/**
 * The lines of an interview transcript, {@code PENCE: Well, look, …}: a speaker's name in
 * capitals at the start of a line, a colon, and what the speaker says up to the end of the
 * line. Editorial labels take the same form ("CORRECTION:", "UPDATE:", "BYLINE:"), so the name
 * counts only when the article also writes it as a person's name ("Pence", "Mike Pence"). Kind
 * "transcript".
 */
final class TranscriptLinePattern implements LinePattern {

    private static final java.util.regex.Pattern SPEAKER_LINE = java.util.regex.Pattern.compile(
            "(?m)^[\"“]?(?<name>\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2})(?<colon>:)[ \\t\\u00a0]+(?<said>\\S[^\\n]*)");

    @Override
    public List<Attribution> find(String text, Parse parse) {
        List<Attribution> out = new ArrayList<>();
        java.util.regex.Matcher m = SPEAKER_LINE.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            String last = name.substring(name.lastIndexOf(' ') + 1);
            String asName = last.charAt(0) + last.substring(1).toLowerCase(java.util.Locale.ROOT);
            boolean person = false;
            for (org.herodotus.nlp.Entity e : parse.entities()) {
                person |= e.type().equals("PERSON") && java.util.Arrays.asList(e.text().split(" ")).contains(asName);
            }
            int sentence = sentenceAt(parse, m.start("colon"));
            if (!person || sentence < 0) {
                continue;
            }
            int end = m.end("said");
            while (end > m.start("said") && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new Attribution(List.of(new Span(m.start("name"), m.end("name"))), List.of(new Span(m.start("colon"), m.end("colon"))),
                    List.of(new Span(m.start("said"), end)), null, sentence, Certainty.ASSERTED, ClaimType.STATEMENT, "transcript", false));
        }
        return out;
    }
}
