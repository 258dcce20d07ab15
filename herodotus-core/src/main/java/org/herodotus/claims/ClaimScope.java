package org.herodotus.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herodotus.model.Event;
import org.herodotus.nlp.Token;

/**
 * Tells a claim from a quote. A claim, as analysts record it, says something about a deed (an
 * attack, an arrest, a threat), a wrongdoing (corruption, espionage, abuse) or who is to blame;
 * everything else that someone is reported to have said ("talks will resume next week, the
 * minister said") is a quote. A deed is an event the events stage coded in the content (material
 * conflict or a threat); wrongdoings and the outcomes of deeds ("killed", "corruption") come from
 * {@code wrongdoing.txt}. The event lexicon's trigger words were tried as well: on the news
 * development set they made three quotes claims for every claim they found ("fight", "threat",
 * "war" in talk about trade), so only coded deeds count. Immutable and thread-safe.
 */
final class ClaimScope {

    private static final String RESOURCE = "/org/herodotus/claims/wrongdoing.txt";
    private final Set<String> wrongdoing;

    private ClaimScope(Set<String> wrongdoing) {
        this.wrongdoing = Set.copyOf(wrongdoing);
    }

    /** The scope with the bundled wrongdoing words. */
    static ClaimScope bundled() {
        InputStream in = ClaimScope.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("claims lexicon wrongdoing.txt missing from the class path");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClaimScope(words);
    }

    /**
     * Whether a reported statement is a claim: it names who did (or did not do) something, it is
     * an accusation, denial or responsibility claim by its cue, it is about a deed coded as an
     * event, or its content speaks of a deed or a wrongdoing.
     */
    boolean isClaim(ClaimType type, String doer, Event about, List<Token> content) {
        if (type != ClaimType.STATEMENT || doer != null) {
            return true;
        }
        if (about != null && ClaimEvents.isDeed(about)) {
            return true;
        }
        for (Token t : content) {
            String lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
            if (wrongdoing.contains(lemma) || wrongdoing.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
