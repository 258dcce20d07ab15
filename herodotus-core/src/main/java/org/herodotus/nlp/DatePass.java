package org.herodotus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.herodotus.lexicon.WordClasses;

/**
 * The date pass of the nlp stage: finds the time expressions of a sentence with SUTime, reading
 * only the words around the sentence's date cues ({@code words.txt} of this package).
 *
 * <p>SUTime's cost grows with every word it reads (about 0.14 ms a word), and it was a fifth of
 * the pipeline's time and two thirds of the memory it allocates when it read whole sentences. A
 * time expression is a short phrase built on a cue word, so the words from {@link #REACH} before
 * the first cue to {@code REACH} after the last give the same expressions on all but a few
 * sentences, for about 60% of the work (docs/nlp.md). One instance serves all threads.
 */
final class DatePass {

    /** Words read on either side of the cues: "the first half of the current fiscal year" needs 7. */
    static final int REACH = 8;

    private static final WordClasses WORDS = WordClasses.load(DatePass.class, "/org/herodotus/nlp/words.txt");

    private final Set<String> words = WORDS.get("date-words");
    private final Pattern forms = Pattern.compile(String.join("|", WORDS.get("date-forms")));
    private final TimeAnnotator sutime;

    DatePass() {
        Properties p = new Properties();
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("sutime.includeRange", "false");
        this.sutime = new TimeAnnotator("sutime", p);
    }

    /** Whether {@code word} can begin or make a time expression. */
    boolean isCue(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT)) || forms.matcher(word).matches();
    }

    /**
     * The time expressions of CoreNLP sentence {@code sentence} (index {@code si} in the article),
     * normalised against {@code docDate} (ISO date, or null: relative expressions stay unknown).
     */
    List<TimeExpression> times(int si, CoreMap sentence, String docDate, SUTime.TimeIndex index) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (isCue(tokens.get(i).word())) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return List.of();
        }
        List<TimeExpression> out = new ArrayList<>();
        for (CoreMap t : sutime.annotateSingleSentence(around(sentence, tokens, first, last), docDate, index)) {
            Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null) {
                out.add(new TimeExpression(si, t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                        t.get(CoreAnnotations.TextAnnotation.class), known(timex.value())));
            }
        }
        return out;
    }

    /**
     * The part of {@code sentence} from {@link #REACH} tokens before token {@code first} to
     * {@code REACH} after {@code last}, as a sentence of its own: SUTime reads a sentence's text
     * and token offsets, so those are set to the part's.
     */
    private static CoreMap around(CoreMap sentence, List<CoreLabel> tokens, int first, int last) {
        int from = Math.max(0, first - REACH);
        int to = Math.min(tokens.size(), last + REACH + 1);
        if (from == 0 && to == tokens.size()) {
            return sentence;
        }
        int sentenceStart = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int start = tokens.get(from).beginPosition();
        int end = tokens.get(to - 1).endPosition();
        CoreMap part = new ArrayCoreMap();
        part.set(CoreAnnotations.TokensAnnotation.class, tokens.subList(from, to));
        part.set(CoreAnnotations.TextAnnotation.class,
                sentence.get(CoreAnnotations.TextAnnotation.class).substring(start - sentenceStart, end - sentenceStart));
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, start);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        Integer tokenBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        if (tokenBegin != null) {
            part.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin + from);
            part.set(CoreAnnotations.TokenEndAnnotation.class, tokenBegin + to);
        }
        return part;
    }

    /** A value that pins nothing down ("XXXX-WXX-2" without a publication date) is unknown: null. */
    private static String known(String value) {
        return value == null || value.startsWith("XXXX") ? null : value;
    }
}
