package org.herodotus.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Short incident descriptions taken from the reports themselves: the event's trigger and the
 * words after it up to the end of the clause ("attacks on US military bases in Iraq").
 */
final class Labels {

    private static final int MAX_WORDS = 8;
    private static final Set<String> TRAILING = Set.of("of", "the", "a", "an", "and", "or", "in", "on", "at", "by",
            "to", "for", "with", "from", "against", "that", "which", "who", "as", "its", "their", "his", "her",
            "is", "are", "was", "were", "has", "have", "had", "been", "be");

    private Labels() {
    }

    /**
     * The clause starting at the trigger, cut at punctuation and after {@value #MAX_WORDS}
     * words, without dangling function words; null when the sentence is unknown.
     */
    static String fromSentence(String sentence, Integer sentenceStart, Integer triggerStart, String trigger) {
        if (sentence == null || sentenceStart == null || triggerStart == null || trigger == null) {
            return trigger == null ? null : trigger.strip();
        }
        int at = triggerStart - sentenceStart;
        if (at < 0 || at > sentence.length()) {
            return trigger.strip();
        }
        String rest = sentence.substring(at);
        int cut = rest.length();
        for (int i = trigger.length(); i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (",.;:!?()[]\"“”«»—–".indexOf(ch) >= 0 || ch == '\n') {
                cut = i;
                break;
            }
        }
        String[] words = rest.substring(0, cut).strip().split("\\s+");
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            if (kept.size() == MAX_WORDS) {
                break;
            }
            kept.add(w);
        }
        while (kept.size() > 1 && TRAILING.contains(kept.get(kept.size() - 1).toLowerCase(Locale.ROOT))) {
            kept.remove(kept.size() - 1);
        }
        String label = String.join(" ", kept);
        if (label.length() > 1 && Character.isUpperCase(label.charAt(0)) && Character.isLowerCase(label.charAt(1))
                && at == 0) {
            // Capitalised only because it starts the sentence.
            label = Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }
}
