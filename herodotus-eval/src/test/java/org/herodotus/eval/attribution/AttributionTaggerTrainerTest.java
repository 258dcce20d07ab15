package org.herodotus.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.claims.Attribution;
import org.herodotus.claims.AttributionTagger;
import org.herodotus.claims.ClaimLexicon;
import org.herodotus.eval.attribution.AttributionScorer.Fragment;
import org.herodotus.eval.attribution.AttributionScorer.Relation;
import org.herodotus.nlp.Dependency;
import org.herodotus.nlp.Parse;
import org.herodotus.nlp.Sentence;
import org.herodotus.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * Training the attribution tagger on a small hand-made corpus ("Esper said Iran did it."), with
 * parses written out by hand so that no parser is needed: the result must not depend on the run,
 * and must find what the corpus teaches in an article it has not seen.
 */
class AttributionTaggerTrainerTest {

    private static final String[][] PEOPLE = {{"Esper", "Iran"}, {"Pence", "Clinton"}, {"Kerry", "Russia"},
            {"Ryan", "Obama"}, {"Cruz", "Rubio"}, {"Sanders", "Trump"}, {"Warren", "Wall"}, {"Biden", "China"},
            {"Kasich", "Ohio"}, {"Romney", "Congress"}, {"Carson", "Syria"}, {"Bush", "Mexico"}};

    private final Map<String, Parse> parses = new HashMap<>();

    /** "SPEAKER said SUBJECT lost it." with its gold attribution, and the parse a dependency parser gives it. */
    private PolnearGold.Document article(String id, String speaker, String subject) {
        String text = speaker + " said " + subject + " lost it.";
        String[] words = {speaker, "said", subject, "lost", "it", "."};
        String[] pos = {"NNP", "VBD", "NNP", "VBD", "PRP", "."};
        String[] lemmas = {speaker, "say", subject, "lose", "it", "."};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            int start = text.indexOf(words[i], at);
            tokens.add(new Token(i, start, start + words[i].length(), words[i], pos[i], lemmas[i], i == 0 || i == 2 ? "PERSON" : "O"));
            at = start + words[i].length();
        }
        List<Dependency> deps = List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"),
                new Dependency(1, 3, "ccomp"), new Dependency(3, 2, "nsubj"), new Dependency(3, 4, "obj"),
                new Dependency(1, 5, "punct"));
        parses.put(id, new Parse(List.of(new Sentence(0, 0, text.length(), tokens, deps, true)), List.of(), List.of()));
        int said = text.indexOf(" said") + 1;
        int content = said + 5;
        Relation gold = new Relation(List.of(new Fragment(0, speaker.length())), List.of(new Fragment(said, said + 4)),
                List.of(new Fragment(content, text.length() - 1)));
        return new PolnearGold.Document(id, text, List.of(gold));
    }

    private List<PolnearGold.Document> corpus() {
        List<PolnearGold.Document> docs = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            docs.add(article("a" + i, PEOPLE[i][0], PEOPLE[i][1]));
        }
        return docs;
    }

    private static String written(AttributionTagger tagger) throws IOException {
        StringWriter out = new StringWriter();
        tagger.write(out, "test");
        return out.toString();
    }

    @Test
    void trainingTwiceGivesTheSameModel() throws IOException {
        List<PolnearGold.Document> docs = corpus();
        AttributionTagger first = new AttributionTaggerTrainer(ClaimLexicon.defaults(), 3, 1).train(docs, d -> parses.get(d.id()));
        AttributionTagger second = new AttributionTaggerTrainer(ClaimLexicon.defaults(), 3, 1).train(docs, d -> parses.get(d.id()));
        assertThat(written(second)).isEqualTo(written(first));
    }

    @Test
    void findsSpeakerCueAndContentInAnArticleItHasNotSeen() {
        AttributionTagger tagger = new AttributionTaggerTrainer(ClaimLexicon.defaults(), 3, 1)
                .train(corpus(), d -> parses.get(d.id()));
        PolnearGold.Document unseen = article("new", "Haley", "Putin");
        List<Attribution> found = tagger.find(unseen.text(), parses.get("new"));
        assertThat(found).hasSize(1);
        Attribution a = found.get(0);
        String text = unseen.text();
        assertThat(a.source().get(0).of(text)).isEqualTo("Haley");
        assertThat(a.cue().get(0).of(text)).isEqualTo("said");
        assertThat(a.content().get(0).of(text)).isEqualTo("Putin lost it");
    }
}
